import { useEffect, useState } from 'preact/hooks';
import { readDeviceSettings, writeDeviceSettings } from '../../data/device-settings';
import { formatMoment } from '../../domain/dates';

const CHOICES = [7, 14, 30] as const;

/** How often this tablet asks for a backup, and when the last one was made. */
export function BackupSetting() {
  const [days, setDays] = useState<number | null>(null);
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    void readDeviceSettings().then((s) => {
      setDays(s.backupReminderDays);
      setLast(s.lastBackupAt);
    });
  }, []);
  return (
    <section class="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">Reservekopie</h2>
      <p>{last ? `Laatste reservekopie: ${formatMoment(last)}.` : 'Op deze tablet is nog geen reservekopie gemaakt.'}</p>
      <div class="field field--inline">
        <label for="backup-days">Herinneren na</label>
        <select
          id="backup-days"
          value={days ?? ''}
          disabled={days === null}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            setDays(value);
            void writeDeviceSettings({ backupReminderDays: value });
          }}
        >
          {CHOICES.map((d) => (
            <option key={d} value={d}>
              {d} dagen zonder reservekopie
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
