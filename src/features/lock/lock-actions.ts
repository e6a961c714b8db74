import { clearCopiedText } from '../../ui/clipboard';
import { onChangeElsewhere } from '../../data/change-feed';
import type { DataKey } from '../../data/crypto/cipher';
import type { SlotKind } from '../../data/crypto/key-slots';
import { readDeviceSettings } from '../../data/device-settings';
import type { SchoolData } from '../../data/school-data';
import { unlockVault } from '../../data/vault-state';
import { flushAllDrafts } from '../../ui/draft-registry';
import { useLock } from '../session/lock-store';
import { enterLocked, enterUnlocked, refreshData } from '../session/session-actions';
import { startAutoLock } from './auto-lock';

/** The record schemas and stores come in a chunk of their own: the lock screen needs none of them. */
async function readSchoolData(key: DataKey): Promise<SchoolData> {
  const { loadSchoolData } = await import('../../data/school-data');
  return loadSchoolData(key);
}

/** Hidden for this long, the app locks: long enough to switch apps for a moment. */
export const HIDDEN_LOCK_MS = 30_000;

let stopAutoLock: (() => void) | null = null;

/** Opens the store with a passphrase or recovery key; throws WrongKeyError and changes nothing if wrong. */
export async function unlock(secret: string, kind: SlotKind): Promise<void> {
  const { key, staffId } = await unlockVault(secret, kind);
  const data = await readSchoolData(key);
  // An own passphrase says who this is. The school's shared passphrase does not: Kring asks who
  // uses the tablet now (one tap), rather than carrying on as whoever used it last.
  enterUnlocked(key, data, staffId ?? null, Boolean(staffId));
  await armAutoLock();
}

export async function armAutoLock(): Promise<void> {
  stopAutoLock?.();
  const settings = await readDeviceSettings();
  stopAutoLock = startAutoLock({
    idleMs: settings.lockAfterMinutes * 60_000,
    hiddenMs: HIDDEN_LOCK_MS,
    onLock: () => void lockNow(),
  });
}

/** Another tab saved something: read it again, so this tab never shows (or builds on) stale data. */
onChangeElsewhere(() => {
  const { key, phase } = useLock.getState();
  if (phase !== 'unlocked' || !key) return;
  void readSchoolData(key).then((data) => {
    if (useLock.getState().key === key) refreshData(data);
  });
});

/** Writes every open draft first, then forgets the key and all decrypted data. */
export async function lockNow(): Promise<void> {
  if (useLock.getState().phase !== 'unlocked') return;
  stopAutoLock?.();
  stopAutoLock = null;
  await flushAllDrafts();
  // Names Kring copied for Esis do not stay on the clipboard for the next person.
  void clearCopiedText();
  enterLocked(useLock.getState().isDemo);
}
