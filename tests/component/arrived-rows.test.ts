import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { meldingStore, pupilStore } from '../../src/data/stores';
import type { Melding } from '../../src/domain/melding';
import { useSchool } from '../../src/features/session/school-store';
import { enterUnlocked } from '../../src/features/session/session-actions';
import { applyArrivedRows } from '../../src/features/sync/arrived-rows';
import { smallSchool } from './school-fixture';
import { freshDatabase } from '../unit/test-db';

const melding = (id: string, description: string): Melding => ({
  id,
  reporterKind: 'personeel',
  reporterName: '',
  pupilIds: ['p1'],
  description,
  occurredOn: '2026-11-24',
  location: '',
  status: 'nieuw',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
});

/** Rows another tablet changed come into what this tab holds one by one, not by reading the school again. */
describe('rows that arrived from another tablet', () => {
  it('are added, replaced and removed in what this tab holds; a pupil who left is known as such', async () => {
    freshDatabase();
    const { key } = await createDataKey();
    enterUnlocked(key, { ...smallSchool(), meldingen: [melding('m1', 'Eerst zo.'), melding('m2', 'Weg op de andere tablet.')] });
    await meldingStore.put(key, melding('m1', 'Op de andere tablet aangevuld.'));
    await meldingStore.put(key, melding('m3', 'Nieuw van de andere tablet.'));
    await pupilStore.put(key, { id: 'p2', firstName: 'Daan', lastName: 'Appelgaard', groupId: 'g5', leftOn: '2026-07-10' });
    const applied = await applyArrivedRows(key, new Map([['meldingen', ['m1', 'm2', 'm3']], ['pupils', ['p2']], ['photos', ['foto']]]), () => true);
    expect(applied).toBe(true);
    const data = useSchool.getState().data!;
    expect(data.meldingen.map((m) => [m.id, m.description])).toEqual([
      ['m1', 'Op de andere tablet aangevuld.'],
      ['m3', 'Nieuw van de andere tablet.'],
    ]);
    expect(data.pupilsWhoLeft).toEqual([{ id: 'p2', leftOn: '2026-07-10' }]);
  });

  it('leave a whole table, the staff, or a row that does not open to a full read', async () => {
    freshDatabase();
    const { key } = await createDataKey();
    enterUnlocked(key, smallSchool());
    expect(await applyArrivedRows(key, new Map([['meldingen', null]]), () => true)).toBe(false);
    expect(await applyArrivedRows(key, new Map([['staff', ['s1']]]), () => true)).toBe(false);
    await meldingStore.put(key, melding('m1', 'Veranderd buiten Kring om.'));
    await database().meldingen.update('m1', { status: 'plagen' });
    expect(await applyArrivedRows(key, new Map([['meldingen', ['m1']]]), () => true)).toBe(false);
    expect(useSchool.getState().data!.meldingen).toEqual([]);
  });
});
