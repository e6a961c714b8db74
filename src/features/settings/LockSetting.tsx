import { useEffect, useState } from 'preact/hooks';
import { LOCK_AFTER_CHOICES, readDeviceSettings, writeDeviceSettings } from '../../data/device-settings';
import { armAutoLock } from '../lock/lock-actions';

/** How long this tablet may sit untouched before it locks. */
export function LockSetting() {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readDeviceSettings().then((s) => setMinutes(s.lockAfterMinutes));
  }, []);

  async function onChange(value: number) {
    setMinutes(value);
    await writeDeviceSettings({ lockAfterMinutes: value });
    await armAutoLock();
    setSaved(true);
  }

  return (
    <section class="card" aria-labelledby="settings-lock">
      <h2 id="settings-lock">Vergrendelen</h2>
      <p>Kring vergrendelt zich als de tablet een tijd niet wordt gebruikt, en als Kring 30 seconden niet in beeld is.</p>
      <div class="field">
        <label for="lock-after">Vergrendelen na</label>
        <select
          id="lock-after"
          value={minutes ?? ''}
          disabled={minutes === null}
          onChange={(e) => void onChange(Number(e.currentTarget.value))}
        >
          {LOCK_AFTER_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m} {m === 1 ? 'minuut' : 'minuten'} zonder gebruik
            </option>
          ))}
        </select>
      </div>
      {saved && <p role="status">Opgeslagen voor deze tablet.</p>}
    </section>
  );
}
