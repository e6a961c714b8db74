import { generateRecoveryKey } from '../../../data/crypto/recovery-key';
import { KringError, messages } from '../../../data/errors';
import { clock } from '../../../domain/clock';
import { flushAllDrafts } from '../../../ui/draft-registry';
import { lockAfterRotation } from '../../lock/lock-actions';
import { KEY_RENEWED, setNotice } from '../../session/notice-store';

export interface Rotation {
  /** The new recovery key, shown before anything is re-encrypted. */
  recoveryKey: string;
  /** Re-encrypts everything, retires the old key and locks; the next unlock uses the new slots. */
  finish: () => Promise<void>;
}

/**
 * Prepares a key renewal (see data/key-rotation.ts): checks the school's passphrase and makes the
 * new recovery key to show. Nothing changes until `finish`, called once that key is written down.
 */
export async function rotateDataKey(schoolPassphrase: string, newPassphrase: string | null): Promise<Rotation> {
  const { beginRotation, finishRotation, isSchoolPassphrase, reencryptAll } = await import('../../../data/key-rotation');
  if (!(await isSchoolPassphrase(schoolPassphrase))) throw new KringError(messages.notSchoolPassphrase);
  const recoveryKey = generateRecoveryKey();
  return {
    recoveryKey,
    finish: async () => {
      // Sync stops first: what it would send now would be sealed under the key being retired.
      await (await import('../../sync/sync-actions')).stopSync();
      const started = await beginRotation(schoolPassphrase, newPassphrase, clock.now(), undefined, recoveryKey);
      // The other tablets are told under the old key, so that no server can fake a renewal (sent at the next sync).
      await (await import('../../../data/sync/renewal-notice')).prepareRenewalNotice(started.oldKey, started.newKey, clock.now());
      // Every draft on its way is written first, under the old key, so the rotation takes it along.
      await flushAllDrafts();
      await reencryptAll(started.oldKey, started.newKey);
      await finishRotation();
      // The key in memory is the old one: Kring locks, and opens again with the new slots.
      lockAfterRotation();
      setNotice(KEY_RENEWED);
    },
  };
}
