import type { School } from '../domain/school';
import { writeVaultHint } from './vault-hint';
import type { DataKey } from './crypto/cipher';
import { createDataKey, createSlot, PASSPHRASE_ITERATIONS, RECOVERY_ITERATIONS } from './crypto/key-slots';
import { generateRecoveryKey, normalizeRecoveryKey } from './crypto/recovery-key';
import { closeDatabase, database, withDatabase } from './connection';
import { clearDeviceSettings } from './device-settings';
import { KringError, messages } from './errors';
import { schoolStore } from './stores';

/** Creating and wiping the encrypted store; opening it is in vault-state.ts, which the lock screen needs alone. */

export { unlockVault, vaultState, type VaultState } from './vault-state';

export interface NewVault {
  schoolName: string;
  passphrase: string;
  isDemo: boolean;
  now: Date;
  /** Only tests lower this: the real KDF takes about half a second. */
  iterations?: number;
}

/** Sets up the store: a data key, a slot for the passphrase and one for the recovery key, the school. */
export async function createVault(input: NewVault): Promise<{ key: DataKey; recoveryKey: string; school: School }> {
  const { wrappable, key } = await createDataKey();
  const recoveryKey = generateRecoveryKey();
  const createdAt = input.now.toISOString();
  const [passphraseSlot, recoverySlot] = await Promise.all([
    createSlot(wrappable, input.passphrase, {
      id: 'passphrase-school',
      kind: 'passphrase',
      label: 'Wachtwoord van de school',
      iterations: input.iterations ?? PASSPHRASE_ITERATIONS,
      createdAt,
    }),
    createSlot(wrappable, normalizeRecoveryKey(recoveryKey), {
      id: 'recovery',
      kind: 'recovery',
      label: 'Herstelsleutel',
      iterations: Math.min(input.iterations ?? RECOVERY_ITERATIONS, RECOVERY_ITERATIONS),
      createdAt,
    }),
  ]);
  const school: School = { id: 'school', name: input.schoolName, isDemo: input.isDemo, protocolId: 'jps', createdAt, ...(input.isDemo ? {} : { firstStart: 'collegas' as const }) };
  const schoolRow = await schoolStore.seal(key, school);
  await withDatabase((db) =>
    db.transaction('rw', db.keySlots, db.school, async () => {
      if ((await db.keySlots.count()) > 0) throw new KringError(messages.alreadySetUp);
      await db.keySlots.bulkPut([passphraseSlot, recoverySlot]);
      await db.school.put(schoolRow);
    }),
  );
  // A school is here from now on: a reload, even on the recovery key's screen, draws the lock screen at once.
  writeVaultHint({ kind: 'locked', isDemo: input.isDemo });
  return { key, recoveryKey, school };
}

export async function readSchool(key: DataKey): Promise<School> {
  const school = await schoolStore.get(key, 'school');
  if (!school) throw new KringError(messages.noSchool);
  return school;
}

/** Deletes every table and clears the device settings: the next start is a first start. */
export async function wipeVault(): Promise<void> {
  const name = database().name;
  closeDatabase();
  writeVaultHint(null);
  await Promise.all([deleteDatabase(name), clearDeviceSettings()]);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab holds it open; it closes on versionchange and the delete then completes.
    request.onblocked = () => undefined;
  });
}
