import { announceChange } from './change-feed';
import { createSlot, PASSPHRASE_ITERATIONS, RECOVERY_ITERATIONS, wrappableFromAny } from './crypto/key-slots';
import { generateRecoveryKey, normalizeRecoveryKey } from './crypto/recovery-key';
import { withDatabase } from './connection';
import { KringError, messages } from './errors';
import { rotationPending } from './key-rotation';

/**
 * Changing a secret without changing the data key: the school's passphrase, or the recovery key.
 * The slot is replaced in place; `current` is any passphrase that opens Kring now (the school's or
 * the person's own). The old slot's bytes may linger on disk: a key rotation is what retires them.
 */

async function wrappableFor(current: string) {
  if (await rotationPending()) throw new KringError(messages.rotationRunning);
  const slots = await withDatabase((db) => db.keySlots.where('kind').equals('passphrase').toArray());
  return wrappableFromAny(slots, current);
}

/** WrongKeyError when `current` opens nothing. */
export async function changeSchoolPassphrase(current: string, next: string, now: Date, iterations = PASSPHRASE_ITERATIONS): Promise<void> {
  const wrappable = await wrappableFor(current);
  const slot = { ...(await createSlot(wrappable, next, { id: 'passphrase-school', kind: 'passphrase', label: 'Wachtwoord van de school', iterations, createdAt: now.toISOString() })), publicDemo: false };
  await withDatabase((db) => db.keySlots.put(slot));
  announceChange('keySlots');
}

/**
 * A new recovery key, to be shown first: only `commit`, called once it is written down, makes it
 * the one that works (and the old one stop). Walking away before that changes nothing.
 */
export async function prepareRecoveryKey(current: string, iterations = RECOVERY_ITERATIONS): Promise<{ recoveryKey: string; commit: (now: Date) => Promise<void> }> {
  const wrappable = await wrappableFor(current);
  const recoveryKey = generateRecoveryKey();
  return {
    recoveryKey,
    commit: async (now) => {
      const slot = await createSlot(wrappable, normalizeRecoveryKey(recoveryKey), { id: 'recovery', kind: 'recovery', label: 'Herstelsleutel', iterations: Math.min(iterations, RECOVERY_ITERATIONS), createdAt: now.toISOString() });
      await withDatabase((db) => db.keySlots.put(slot));
      announceChange('keySlots');
    },
  };
}
