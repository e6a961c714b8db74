import { beforeEach, describe, expect, it } from 'vitest';
import { WrongKeyError } from '../../src/data/crypto/cipher';
import { database } from '../../src/data/connection';
import { createVault, readSchool, unlockVault, vaultState, wipeVault } from '../../src/data/vault';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const now = new Date('2026-11-25T08:00:00Z');

describe('the vault', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('starts empty, and is locked once set up', async () => {
    expect(await vaultState()).toEqual({ kind: 'empty' });
    await createVault({ schoolName: 'Basisschool De Linde', passphrase: 'een lange zin', isDemo: false, now, iterations: TEST_ITERATIONS });
    expect(await vaultState()).toEqual({ kind: 'locked', isDemo: false });
  });

  it('opens with the passphrase and with the recovery key, however it is typed', async () => {
    const { recoveryKey } = await createVault({
      schoolName: 'Basisschool De Linde',
      passphrase: 'een lange zin',
      isDemo: false,
      now,
      iterations: TEST_ITERATIONS,
    });
    const viaPassphrase = await unlockVault('een lange zin', 'passphrase');
    expect((await readSchool(viaPassphrase.key)).name).toBe('Basisschool De Linde');
    const viaRecovery = await unlockVault(recoveryKey.toLowerCase().replaceAll('-', ' '), 'recovery');
    expect((await readSchool(viaRecovery.key)).name).toBe('Basisschool De Linde');
  });

  it('refuses a wrong passphrase or recovery key and changes nothing', async () => {
    const { recoveryKey } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now, iterations: TEST_ITERATIONS });
    const before = await database().keySlots.toArray();
    await expect(unlockVault('een andere zin', 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(unlockVault(recoveryKey, 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(unlockVault('een lange zin', 'recovery')).rejects.toBeInstanceOf(WrongKeyError);
    expect(await database().keySlots.toArray()).toEqual(before);
  });

  it('keeps the school name out of IndexedDB in plain text', async () => {
    await createVault({ schoolName: 'Basisschool De Linde', passphrase: 'een lange zin', isDemo: true, now, iterations: TEST_ITERATIONS });
    const row = await database().school.get('school');
    expect(JSON.stringify(row)).not.toContain('Linde');
    expect(row?.isDemo).toBe(true);
  });

  it('cannot be set up twice over an existing store', async () => {
    await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now, iterations: TEST_ITERATIONS });
    await expect(
      createVault({ schoolName: 'Overschreven', passphrase: 'nog een zin', isDemo: false, now, iterations: TEST_ITERATIONS }),
    ).rejects.toThrow('Op dit apparaat is Kring al ingesteld');
    const { key } = await unlockVault('een lange zin', 'passphrase');
    expect((await readSchool(key)).name).toBe('De Linde');
  });

  it('is empty again after wiping', async () => {
    await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now, iterations: TEST_ITERATIONS });
    await wipeVault();
    expect(await vaultState()).toEqual({ kind: 'empty' });
  });
});
