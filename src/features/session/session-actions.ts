import type { DataKey } from '../../data/crypto/cipher';
import { useDraftIdKey } from '../../data/draft-ids';
import type { SchoolData } from '../../data/school-data';
import { writeVaultHint } from '../../data/vault-hint';
import { showLocked, showUnlocked } from './lock-store';
import { setSchoolData, useSchool, withChangesSince } from './school-store';
import { useUser } from './user-store';

/** Locking drops the key and every decrypted record, so nothing of any child stays in the page. */
export function enterLocked(isDemo: boolean): void {
  setSchoolData(null);
  // The draft id key goes with the data key: a locked page can name no draft.
  void useDraftIdKey(null);
  useUser.setState({ personal: false });
  showLocked(isDemo);
}

/**
 * Unlocked with `key`: the school's data is in memory. `staffId` undefined keeps whoever was chosen
 * (if still a colleague); a staff member's own passphrase passes their id and `personal`.
 */
export function enterUnlocked(key: DataKey, data: SchoolData, staffId?: string | null, personal?: boolean): void {
  const known = colleagueIn(data);
  useUser.setState((user) => ({
    staffId: staffId === undefined ? known(user.staffId) : known(staffId),
    personal: personal ?? (user.personal && known(user.staffId) !== null),
    // A school without colleagues yet is being set up: adding the first ones does not stop the
    // person doing it to ask who they are; the next unlock asks.
    settingUp: !data.staff.some((s) => !s.removedOn),
  }));
  setSchoolData(data);
  showUnlocked(key, data.school.isDemo);
  // This tablet holds a school now: the next start draws its lock screen at once, the first start
  // after setting up or joining included.
  writeVaultHint({ kind: 'locked', isDemo: data.school.isDemo });
}

/** The data read again after a change elsewhere (another tab, an import); a removed colleague's turn ends. */
export function refreshData(data: SchoolData): void {
  const known = colleagueIn(data);
  useUser.setState((user) => (known(user.staffId) ? user : { staffId: null, personal: false }));
  setSchoolData(data);
}

/**
 * Reads the school again and shows it, keeping what this tab changed while the read was under way
 * (withChangesSince). Nothing is shown when `stillWanted` says no once the read is done (locked, or
 * the person moved on). True when it was shown.
 */
export async function readAgain(read: () => Promise<SchoolData>, stillWanted: () => boolean): Promise<boolean> {
  const before = useSchool.getState().data;
  const data = await read();
  const now = useSchool.getState().data;
  if (!stillWanted() || !now) return false;
  refreshData(before ? withChangesSince(before, now, data) : data);
  return true;
}

/** The id if it names a colleague who has not been removed, else null. */
function colleagueIn(data: SchoolData) {
  return (id: string | null | undefined) => (id && data.staff.some((s) => s.id === id && !s.removedOn) ? id : null);
}
