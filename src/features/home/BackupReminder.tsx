import { useEffect, useState } from 'preact/hooks';
import { readDeviceSettings } from '../../data/device-settings';
import { clock } from '../../domain/clock';
import { href } from '../../ui/routes';

const DAY_MS = 86_400_000;

/**
 * A reminder when this tablet made no encrypted copy for a while: iPadOS may clear the storage of a web
 * app that is not on the home screen and not used for seven days.
 */
export function BackupReminder() {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    void readDeviceSettings().then((s) => {
      const since = s.lastBackupAt ? Math.floor((clock.ms() - Date.parse(s.lastBackupAt)) / DAY_MS) : Infinity;
      setDays(since >= s.backupReminderDays ? since : null);
    });
  }, []);
  if (days === null) return null;
  return (
    <p class="notice" data-testid="backup-reminder">
      {days === Infinity ? 'Er is op deze tablet nog geen reservekopie gemaakt.' : `De laatste reservekopie is ${days} dagen oud.`} Een iPad kan
      de gegevens van een web-app die niet op het beginscherm staat na zeven dagen zonder gebruik wissen.{' '}
      <a href={href({ name: 'overdracht' })}>Reservekopie maken</a>
    </p>
  );
}
