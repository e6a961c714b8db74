import { clearCopiedText } from '../../ui/clipboard';
import { onChangeElsewhere } from '../../data/change-feed';
import type { DataKey } from '../../data/crypto/cipher';
import type { KeySlot, SlotKind } from '../../data/crypto/key-slots';
import { WrongKeyError } from '../../data/crypto/cipher';
import { readDeviceSettings, writeDeviceSettings } from '../../data/device-settings';
import { clock } from '../../domain/clock';
import { waitLeft } from '../../domain/privacy/unlock-attempts';
import type { SchoolData } from '../../data/school-data';
import { passphraseSlotOpenedBy, unlockVault } from '../../data/vault-state';
import { flushAllDrafts } from '../../ui/draft-registry';
import { useLock } from '../session/lock-store';
import { useSeal } from '../session/seal-store';
import { useSync } from '../sync/sync-store';
import { KEY_RENEWED, OPENED_WITH_RECOVERY, ROTATION_RESUMED, setNotice, useNotice } from '../session/notice-store';
import { enterLocked, enterUnlocked, readAgain } from '../session/session-actions';
import { startAutoLock } from './auto-lock';
import { TooSoonError } from './too-soon';
import { heldScope, workingSet } from '../session/whole-school';

/** The record schemas and stores come in a chunk of their own: the lock screen needs none of them. */
async function readSchoolData(key: DataKey, atUnlock = false): Promise<SchoolData> {
  const { loadSchoolData } = await import('../../data/school-data');
  // Unlocking opens the working set; a reload reads what this tab holds (everything, once a screen opened it).
  return loadSchoolData(key, { atUnlock, scope: atUnlock ? workingSet() : heldScope() });
}

/** Hidden for this long, the app locks: long enough to switch apps for a moment. */
export const HIDDEN_LOCK_MS = 30_000;

let stopAutoLock: (() => void) | null = null;


/** Milliseconds this tablet still waits before the next attempt to unlock (0: go ahead). */
export async function unlockWait(): Promise<number> {
  const { failedUnlocks, lastFailedUnlockAt } = await readDeviceSettings();
  return waitLeft(failedUnlocks, lastFailedUnlockAt, clock.now());
}

/**
 * Opens the store with a passphrase or recovery key; throws WrongKeyError and changes nothing if
 * wrong, except that wrong attempts in a row make the next one wait longer (TooSoonError).
 */
export async function unlock(secret: string, kind: SlotKind): Promise<void> {
  const wait = await unlockWait();
  if (wait > 0) throw new TooSoonError(wait);
  const opened = await unlockVault(secret, kind).catch(async (error: unknown) => {
    if (error instanceof WrongKeyError) {
      const { failedUnlocks } = await readDeviceSettings();
      await writeDeviceSettings({ failedUnlocks: failedUnlocks + 1, lastFailedUnlockAt: clock.now().toISOString() });
    }
    throw error;
  });
  // For `npm run bench`: what comes after this mark is the part of unlocking that the store's size could slow.
  performance.mark('kring:key-opened');
  if ((await readDeviceSettings()).failedUnlocks > 0) await writeDeviceSettings({ failedUnlocks: 0, lastFailedUnlockAt: null });
  await openWithKey(opened, kind);
  // A colleague's slot still named after them (made before slot ids were random) gets a random id
  // now that its passphrase is at hand; after the home is shown, and harmless if it fails.
  if (opened.staffId && opened.slotId.startsWith('passphrase-staff-'))
    void import('../../data/staff').then((staff) => staff.renameNamedSlot(opened.slotId, secret)).catch((error: unknown) => console.error('Kring could not rename a key slot:', error));
}

/**
 * Proves who is at the tablet with a passphrase (the school's, or a colleague's own), where being
 * unlocked is not enough: leaving gespreksmodus in front of the children. Wrong guesses count with
 * the lock screen's, and wait as long.
 */
export async function provePassphrase(secret: string, allowed: (slot: KeySlot) => boolean): Promise<KeySlot> {
  const wait = await unlockWait();
  if (wait > 0) throw new TooSoonError(wait);
  try {
    const slot = await passphraseSlotOpenedBy(secret, allowed);
    if ((await readDeviceSettings()).failedUnlocks > 0) await writeDeviceSettings({ failedUnlocks: 0, lastFailedUnlockAt: null });
    return slot;
  } catch (error) {
    if (error instanceof WrongKeyError) {
      const { failedUnlocks } = await readDeviceSettings();
      await writeDeviceSettings({ failedUnlocks: failedUnlocks + 1, lastFailedUnlockAt: clock.now().toISOString() });
    }
    throw error;
  }
}

/** After a secret opened the data key: finish what was interrupted, read the school, start sync. */
export async function openWithKey(opened: { key: DataKey; staffId?: string }, kind: SlotKind): Promise<void> {
  const { staffId } = opened;
  // A key rotation that was interrupted (the tablet switched off) is finished first, from either key.
  const key = await finishPendingRotation(opened.key);
  // "De sleutel is vernieuwd…" has done its job once Kring is open again.
  if (useNotice.getState().notice === KEY_RENEWED) setNotice(null);
  // Opened with the recovery key: the passphrase was probably forgotten; say where a new one is made.
  if (kind === 'recovery') setNotice(OPENED_WITH_RECOVERY);
  const data = await readSchoolData(key, true);
  // An own passphrase says who this is. The school's shared passphrase does not: Kring asks who
  // uses the tablet now (one tap), rather than carrying on as whoever used it last.
  enterUnlocked(key, data, staffId ?? null, Boolean(staffId));
  await armAutoLock();
  // Sync (when this tablet has it on) starts after the home is shown, in a chunk of its own.
  // A tablet without sync loads nothing of it: one count of the (empty) sync settings table.
  void import('../../data/sync/sync-config')
    .then(async (config) => ((await config.syncConfigured()) ? (await import('../sync/sync-actions')).startSyncIfOn(key) : undefined))
    .catch((error: unknown) => console.error('Kring sync could not start:', error));
}

async function stopSyncIfRunning(): Promise<void> {
  const { status, server } = useSync.getState();
  if (!status && !server) return;
  const sync = await import('../sync/sync-actions');
  await sync.stopSync();
}

export async function armAutoLock(): Promise<void> {
  stopAutoLock?.();
  const settings = await readDeviceSettings();
  stopAutoLock = startAutoLock({
    idleMs: settings.lockAfterMinutes * 60_000,
    hiddenMs: HIDDEN_LOCK_MS,
    onLock: () => void lockNow(),
    // In gespreksmodus a group talks for minutes without touching the tablet, and the sealed screen
    // shows nothing of the zaak: locking would only make the lead type the school's passphrase in
    // front of the children. Hidden (the lead switched apps), it still locks.
    idlePaused: () => useSeal.getState().seal !== null,
  });
}

async function finishPendingRotation(opened: DataKey): Promise<DataKey> {
  const rotation = await import('../../data/key-rotation');
  if (!(await rotation.rotationPending())) return opened;
  const { oldKey, newKey } = await rotation.rotationKeys(opened);
  await rotation.reencryptAll(oldKey, newKey);
  await rotation.finishRotation();
  setNotice(ROTATION_RESUMED);
  return newKey;
}

/**
 * Another tab saved something: read it again, so this tab never shows (or builds on) stale data.
 * A change of the key slots (a key rotation starting elsewhere) locks this tab: what it would write
 * with the old key must not come after the rotation passed by.
 */
onChangeElsewhere((table) => {
  if (table === 'keySlots') return void lockNow();
  const { key, phase } = useLock.getState();
  if (phase !== 'unlocked' || !key) return;
  void readAgain(() => readSchoolData(key), () => useLock.getState().key === key);
});

/**
 * After a key rotation: forget the old key at once. No draft is flushed now: it would be written
 * with the old key, which no longer opens anything (the rotation flushed them before it began).
 */
export function lockAfterRotation(): void {
  stopAutoLock?.();
  stopAutoLock = null;
  void clearCopiedText();
  void stopSyncIfRunning();
  enterLocked(useLock.getState().isDemo);
}

/** Writes every open draft first, then forgets the key and all decrypted data. */
export async function lockNow(): Promise<void> {
  if (useLock.getState().phase !== 'unlocked') return;
  stopAutoLock?.();
  stopAutoLock = null;
  await flushAllDrafts();
  // Names Kring copied for Esis do not stay on the clipboard for the next person.
  void clearCopiedText();
  if (useNotice.getState().notice === ROTATION_RESUMED || useNotice.getState().notice === OPENED_WITH_RECOVERY) setNotice(null);
  // Locking never waits for sync: the engine stops taking work at once (what it holds is ciphertext),
  // and what was saved but not yet sent goes at the next unlock.
  void stopSyncIfRunning();
  enterLocked(useLock.getState().isDemo);
}
