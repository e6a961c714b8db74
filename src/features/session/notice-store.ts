import { create } from 'zustand';

/** A message from the database layer for every screen (another tab upgraded, an upgrade is blocked). */
export const useNotice = create<{ notice: string | null }>()(() => ({ notice: null }));

/** Said on the lock screen after a key rotation, until Kring is opened again. */
export const KEY_RENEWED = 'De sleutel is vernieuwd. Open Kring met het wachtwoord van de school.';

/** Said once Kring opens after finishing a key rotation that was interrupted: the recovery key shown then is the one that counts. */
export const ROTATION_RESUMED =
  'Een onderbroken vernieuwing van de sleutel is nu afgemaakt. De herstelsleutel die daarbij werd opgeschreven, is nu de geldige.';

/** Said after unlocking with the recovery key, until the next lock. */
export const OPENED_WITH_RECOVERY = 'U opende Kring met de herstelsleutel. Wachtwoord vergeten? Kies een nieuw bij Instellingen → Wachtwoorden en sleutel.';

export function setNotice(notice: string | null): void {
  useNotice.setState({ notice });
}
