import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { sealJson, type DataKey } from '../../src/data/crypto/cipher';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { pupilStore } from '../../src/data/stores';
import { pupilSchema } from '../../src/domain/pupils';
import { staffSchema } from '../../src/domain/staff';
import { cleanName, isoDate, isoDateTime } from '../../src/domain/text-fields';
import { planImport } from '../../src/domain/pupil-list/import-plan';
import { freshDatabase } from './test-db';

const spoofed = 'Jan\u202Egnidnib';
const decomposed = 'Zoe\u0308';

describe('names cleaned at the door', () => {
  it('keeps one Unicode form and nothing invisible, in every form and import', () => {
    expect(cleanName(spoofed)).toBe('Jangnidnib');
    expect(cleanName(decomposed)).toBe('Zoë');
    expect(cleanName('An\u200Bna\uFEFF')).toBe('Anna');
    const pupil = pupilSchema.parse({ id: 'p', firstName: ` ${decomposed}\u200D `, lastName: 'de\u2066 Vries', groupId: 'g' });
    expect([pupil.firstName, pupil.lastName]).toEqual(['Zoë', 'de Vries']);
    expect(staffSchema.parse({ id: 's', name: 'Juf\u202A Merel', roles: ['leerkracht'], groupIds: [] }).name).toBe('Juf Merel');
    // Only invisible characters: as empty as an empty name.
    expect(pupilSchema.safeParse({ id: 'p', firstName: '\u200B\u200E', lastName: 'X', groupId: 'g' }).success).toBe(false);
    // An import finds the pupil already in Kring under the other Unicode form.
    const plan = planImport([[decomposed, 'Distelhoek', 'Groep 5']], { firstName: 0, lastName: 1, group: 2 }, {
      groups: [{ id: 'g5', name: 'Groep 5', order: 1 }],
      pupils: [{ id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' }],
    });
    expect(plan.add).toHaveLength(0);
  });

  it('leaves no bidi or zero-width character in any name (property)', () => {
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD');
    const accent = fc.constantFrom('e', 'o', 'u', '\u0308', '\u0301', 'ë');
    const part = fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), invisible, accent);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (parts) => {
        const name = cleanName(parts.join(''));
        expect(name).not.toMatch(/[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        expect(name).toBe(name.normalize('NFC'));
        expect(cleanName(name)).toBe(name);
      }),
    );
  });

  it('cleans names stored before the rule, once, when the school is opened', async () => {
    freshDatabase();
    const key: DataKey = (await createDataKey()).key;
    // A row as an older Kring wrote it: the name as typed.
    const sealed = await sealJson(key, { firstName: spoofed, lastName: decomposed }, 'kring:pupils:p1');
    await database().pupils.put({ id: 'p1', groupId: 'g', sealed });
    const [read] = (await pupilStore.allReadable(key, true)).records;
    expect(read!.firstName).toBe('Jangnidnib');
    const rowAfter = await database().pupils.get('p1');
    expect(rowAfter!.sealed).not.toEqual(sealed);
    // Written back: a second read changes nothing more.
    await pupilStore.allReadable(key, true);
    expect((await database().pupils.get('p1'))!.sealed).toEqual(rowAfter!.sealed);
  });
});

describe('dates and moments as Kring writes them', () => {
  it('refuses what only looks like one', () => {
    expect(isoDateTime.safeParse(new Date('2026-11-25T09:00:00Z').toISOString()).success).toBe(true);
    for (const bad of ['xxxxxxxxxxxxxxxxxxxx', '2026-13-01T00:00:00.000Z', '2026-02-30T10:00:00.000Z', '2026-11-25 09:00:00.000Z', '2026-11-25T09:00:00.000+01:00'])
      expect(isoDateTime.safeParse(bad).success, bad).toBe(false);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
  });
});

describe('clear fields bound into the ciphertext', () => {
  it('refuses a row whose readable fields were changed without the key, and leaves the others', async () => {
    freshDatabase();
    const key: DataKey = (await createDataKey()).key;
    await pupilStore.put(key, { id: 'p1', firstName: 'Kees', lastName: 'Blijft', groupId: 'g8' });
    await pupilStore.put(key, { id: 'p2', firstName: 'Anna', lastName: 'Blijft', groupId: 'g5' });
    // Marked as left, in raw IndexedDB: next in line for deletion, had it been believed.
    await database().pupils.update('p1', { leftOn: '2024-07-01' });
    await database().pupils.update('p2', { groupId: 'g6' });
    const read = await pupilStore.allReadable(key);
    expect(read.records).toEqual([]);
    expect(read.damaged.sort()).toEqual(['p1', 'p2']);
    // Put back as it was, it opens again: nothing else was harmed.
    await database().pupils.update('p2', { groupId: 'g5' });
    expect((await pupilStore.allReadable(key)).records.map((p) => p.id)).toEqual(['p2']);
  });
});
