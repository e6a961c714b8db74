import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { importPupilList, removeGroup, saveGroup, saveRollover } from '../../src/data/pupil-list';
import { loadSchoolData } from '../../src/data/school-data';
import { createVault } from '../../src/data/vault';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

async function school() {
  return createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now: new Date(), iterations: TEST_ITERATIONS });
}

describe('the pupil list in the store', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('imports groups and pupils together, or nothing when one record is invalid', async () => {
    const { key } = await school();
    const groups = [{ id: 'g1', name: 'Groep 1', order: 1 }];
    await importPupilList(key, { groups, pupils: [{ id: 'p1', firstName: 'Lot', lastName: 'Importdal', groupId: 'g1', esisNumber: '1' }] });
    await expect(
      importPupilList(key, { groups: [{ id: 'g2', name: 'Groep 2', order: 2 }], pupils: [{ id: 'p2', firstName: '', lastName: 'X', groupId: 'g2' }] }),
    ).rejects.toThrow();
    const data = await loadSchoolData(key);
    expect(data.groups.map((g) => g.id)).toEqual(['g1']);
    expect(data.pupils.map((p) => p.esisNumber)).toEqual(['1']);
    expect(JSON.stringify(await database().pupils.toArray())).not.toContain('Importdal');
  });

  it('removes only an empty group', async () => {
    const { key } = await school();
    await importPupilList(key, { groups: [{ id: 'g1', name: 'Groep 1', order: 1 }], pupils: [{ id: 'p1', firstName: 'Lot', lastName: 'X', groupId: 'g1', leftOn: '2026-07-01' }] });
    await saveGroup(key, { id: 'g2', name: 'Groep 2', order: 2 });
    await expect(removeGroup('g1')).rejects.toThrow('In deze groep staan nog leerlingen.');
    await removeGroup('g2');
    expect((await loadSchoolData(key)).groups.map((g) => g.id)).toEqual(['g1']);
  });

  it('writes a rollover with the school’s note of it in one transaction', async () => {
    const { key, school: s } = await school();
    await importPupilList(key, { groups: [{ id: 'g7', name: 'Groep 7', order: 7 }], pupils: [{ id: 'p1', firstName: 'Lot', lastName: 'X', groupId: 'g7' }] });
    await saveRollover(key, { groups: [{ id: 'g8', name: 'Groep 8', order: 7.5 }], pupils: [{ id: 'p1', firstName: 'Lot', lastName: 'X', groupId: 'g8' }] }, { ...s, rolledOverFor: '2027-2028' });
    const data = await loadSchoolData(key);
    expect(data.pupils[0]?.groupId).toBe('g8');
    expect(data.school.rolledOverFor).toBe('2027-2028');
  });
});
