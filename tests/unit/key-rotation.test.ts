import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { openBytes, WrongKeyError, type DataKey } from '../../src/data/crypto/cipher';
import { saveDraft } from '../../src/data/drafts';
import { beginRotation, finishRotation, reencryptAll, rotationKeys, rotationPending } from '../../src/data/key-rotation';
import { saveNewMelding } from '../../src/data/meldingen';
import { loadSchoolData } from '../../src/data/school-data';
import { changeSchoolPassphrase, prepareRecoveryKey } from '../../src/data/secrets';
import { giveOwnPassphrase } from '../../src/data/staff';
import { boundContext } from '../../src/data/row-context';
import { pupilStore, staffStore } from '../../src/data/stores';
import { createVault, unlockVault } from '../../src/data/vault';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const now = new Date('2026-11-25T08:00:00Z');
const SCHOOL = 'onze zwaluw vliegt laag';

async function school(): Promise<{ key: DataKey; recoveryKey: string }> {
  const made = await createVault({ schoolName: 'De Linde', passphrase: SCHOOL, isDemo: false, now, iterations: TEST_ITERATIONS });
  await pupilStore.put(made.key, { id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' });
  await staffStore.put(made.key, { id: 's1', name: 'Carla Beekhuis', roles: ['ib'], groupIds: [] });
  await saveNewMelding(made.key, { reporterKind: 'personeel', reporterName: '', pupilIds: ['p1'], description: 'Werd uitgescholden.', occurredOn: '2026-11-24', location: '' }, { id: 'm1', now });
  await saveDraft(made.key, 'melding:nieuw', { description: 'half getypt' }, now, 0);
  return made;
}

/** Every sealed row opens with `key`, bound to its table and id. */
async function allOpenWith(key: DataKey): Promise<boolean> {
  const db = database();
  for (const table of ['school', 'pupils', 'staff', 'meldingen', 'drafts'] as const)
    for (const row of await db.table(table).toArray())
      try {
        await openBytes(key, row.sealed, boundContext(table, row));
      } catch {
        return false;
      }
  return true;
}

describe('changing a secret', () => {
  beforeEach(() => void freshDatabase());

  it('changes the school’s passphrase: the new one opens, the old one no longer', async () => {
    await school();
    await expect(changeSchoolPassphrase('niet het wachtwoord', 'fiets onder de brug zingt', now, TEST_ITERATIONS)).rejects.toBeInstanceOf(WrongKeyError);
    await changeSchoolPassphrase(SCHOOL, 'fiets onder de brug zingt', now, TEST_ITERATIONS);
    await unlockVault('fiets onder de brug zingt', 'passphrase');
    await expect(unlockVault(SCHOOL, 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('makes a new recovery key: the new one opens, the old one no longer', async () => {
    const { recoveryKey } = await school();
    const prepared = await prepareRecoveryKey(SCHOOL, TEST_ITERATIONS);
    const fresh = prepared.recoveryKey;
    expect(fresh).not.toBe(recoveryKey);
    // Shown, not yet written down: nothing has changed.
    await unlockVault(recoveryKey, 'recovery');
    await expect(unlockVault(fresh, 'recovery')).rejects.toBeInstanceOf(WrongKeyError);
    await prepared.commit(now);
    await unlockVault(fresh, 'recovery');
    await expect(unlockVault(recoveryKey, 'recovery')).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe('rotating the data key', () => {
  beforeEach(() => void freshDatabase());

  it('re-encrypts every record and draft under a new key; old secrets and the old key open nothing', async () => {
    const { key: oldKey, recoveryKey: oldRecovery } = await school();
    await giveOwnPassphrase(SCHOOL, 's1', 'carla haar eigen zin', now, TEST_ITERATIONS);
    const before = await loadSchoolData(oldKey);
    const started = await beginRotation(SCHOOL, 'fiets onder de brug zingt', now, TEST_ITERATIONS);
    expect(started.droppedStaffIds).toEqual(['s1']);
    expect(await rotationPending()).toBe(true);
    await reencryptAll(started.oldKey, started.newKey);
    await finishRotation();
    expect(await rotationPending()).toBe(false);

    const { key: newKey } = await unlockVault('fiets onder de brug zingt', 'passphrase');
    expect(await loadSchoolData(newKey)).toEqual(before);
    await unlockVault(started.recoveryKey, 'recovery');
    expect(await allOpenWith(newKey)).toBe(true);
    expect(await allOpenWith(oldKey)).toBe(false);
    for (const [secret, kind] of [[SCHOOL, 'passphrase'], ['carla haar eigen zin', 'passphrase'], [oldRecovery, 'recovery']] as const)
      await expect(unlockVault(secret, kind), secret).rejects.toBeInstanceOf(WrongKeyError);
    expect((await database().keySlots.toArray()).map((s) => s.id).sort()).toEqual(['passphrase-school', 'recovery']);
  });

  it('resumes after an interruption, from either key, and never leaves a row readable by neither', async () => {
    const { key: oldKey } = await school();
    const before = await loadSchoolData(oldKey);
    const started = await beginRotation(SCHOOL, null, now, TEST_ITERATIONS);
    // Interrupted after the first rows: some under the new key, the rest under the old.
    await expect(
      reencryptAll(started.oldKey, started.newKey, () => {
        throw new Error('De tablet valt uit.');
      }),
    ).rejects.toThrow('valt uit');
    expect(await allOpenWith(started.newKey)).toBe(false);
    expect(await allOpenWith(started.oldKey)).toBe(false);
    // Whoever unlocks next, with the school's passphrase (both keys' slots hold it) or the old
    // recovery key (the old key only), gets both keys back from the rotation record.
    const viaOld = await rotationKeys(oldKey);
    const { key: opened } = await unlockVault(SCHOOL, 'passphrase');
    const either = await rotationKeys(opened);
    for (const keys of [viaOld, either]) {
      const db = database();
      for (const row of await db.pupils.toArray()) {
        const openable = await openBytes(keys.oldKey, row.sealed, boundContext('pupils', row)).then(
          () => true,
          () => openBytes(keys.newKey, row.sealed, boundContext('pupils', row)).then(() => true, () => false),
        );
        expect(openable).toBe(true);
      }
    }
    await reencryptAll(either.oldKey, either.newKey);
    await finishRotation();
    const { key } = await unlockVault(SCHOOL, 'passphrase');
    expect(await loadSchoolData(key)).toEqual(before);
  });

  it('refuses to start with another passphrase than the school’s, and twice at once', async () => {
    await school();
    await giveOwnPassphrase(SCHOOL, 's1', 'carla haar eigen zin', now, TEST_ITERATIONS);
    await expect(beginRotation('carla haar eigen zin', null, now, TEST_ITERATIONS)).rejects.toThrow('niet het wachtwoord van de school');
    await beginRotation(SCHOOL, null, now, TEST_ITERATIONS);
    await expect(beginRotation(SCHOOL, null, now, TEST_ITERATIONS)).rejects.toThrow('wordt al vernieuwd');
    await expect(changeSchoolPassphrase(SCHOOL, 'iets anders dan dit', now, TEST_ITERATIONS)).rejects.toThrow('wordt al vernieuwd');
  });

  it('leaves what lingers of deleted records unreadable under the current key', async () => {
    await school();
    // What the browser's files may still hold after a retention run: the rows as they were.
    const remnants = await Promise.all((['pupils', 'meldingen', 'drafts'] as const).map(async (table) => ({ table, rows: await database().table(table).toArray() })));
    await database().pupils.clear();
    await database().meldingen.clear();
    const started = await beginRotation(SCHOOL, null, now, TEST_ITERATIONS);
    await reencryptAll(started.oldKey, started.newKey);
    await finishRotation();
    const { key } = await unlockVault(SCHOOL, 'passphrase');
    for (const { table, rows } of remnants)
      for (const row of rows)
        for (const context of [boundContext(table, row), `kring:${table}:${row.id}`])
          await expect(openBytes(key, row.sealed, context), `${table} ${row.id}`).rejects.toBeInstanceOf(WrongKeyError);
  });
});
