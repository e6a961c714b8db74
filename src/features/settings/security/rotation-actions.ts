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

/** Starts a key rotation (see data/key-rotation.ts); the rest waits until the new recovery key is written down. */
export async function rotateDataKey(schoolPassphrase: string, newPassphrase: string | null): Promise<Rotation> {
  const { beginRotation, finishRotation, reencryptAll } = await import('../../../data/key-rotation');
  const started = await beginRotation(schoolPassphrase, newPassphrase, clock.now());
  return {
    recoveryKey: started.recoveryKey,
    finish: async () => {
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
