import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WrongKeyError } from '../../src/data/crypto/cipher';
import { createDataKey, createSlot } from '../../src/data/crypto/key-slots';
import { pupilStore } from '../../src/data/stores';
import { fromBase64 } from '../../src/data/crypto/encoding';
import { decodeDoc, docIdFor, encodeDoc, rowMark, slotFromLock, type StoredRow } from '../../src/data/sync/sync-docs';

/** What the server receives: a random id, and a blob that opens only with the school's key, at that id. */
describe('replicated documents', () => {
  const idKey = () => crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

  it('carry table, id, clear fields and names only inside the blob, for any pupil', async () => {
    const { key } = await createDataKey();
    const hmac = await idKey();
    await fc.assert(
      // Names of six or more characters: a shorter one may turn up in random base64 by chance.
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 30 }).filter((s) => s.trim().length >= 6 && !/[\\"]/.test(s)), fc.uuid(), async (name, id) => {
        const pupil = { id, firstName: name.trim(), lastName: 'Achternaam', groupId: 'groep-6', leftOn: '2027-07-10' };
        const row = (await pupilStore.seal(key, pupil)) as StoredRow;
        const docId = await docIdFor(hmac, 'pupils', id);
        const doc = await encodeDoc(key, docId, 'pupils', row);
        const text = JSON.stringify(doc);
        for (const clear of [pupil.firstName, 'Achternaam', 'groep-6', '2027-07-10', 'pupils', id]) expect(text).not.toContain(clear);
        expect(Object.keys(doc).sort()).toEqual(['_id', 'blob', 'v']);
        expect(docId).toMatch(/^[0-9a-f]{32}$/);
        const back = await decodeDoc(key, { ...doc, _rev: '1-x' });
        expect(back.table).toBe('pupils');
        expect(await pupilStore.open(key, back.row as never)).toEqual(pupil);
        expect(rowMark('pupils', back.row!)).toBe(rowMark('pupils', row));
      }),
      { numRuns: 25 },
    );
  });

  it('come in a few sizes only: a pupil, a melding and a zaak look alike to the server (#25)', async () => {
    const { key } = await createDataKey();
    const hmac = await idKey();
    const sizeOf = async (table: 'pupils' | 'meldingen' | 'zaken', row: StoredRow) => (await encodeDoc(key, await docIdFor(hmac, table, row.id), table, row)).blob.length;
    const pupil = (await pupilStore.seal(key, { id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' })) as StoredRow;
    const melding = { id: 'm1', sealed: crypto.getRandomValues(new Uint8Array(900)) } as StoredRow;
    const zaak = { id: 'z1', sealed: crypto.getRandomValues(new Uint8Array(2_400)), status: 'open', updatedAt: '2026-12-07T09:00:00.000Z', rev: 7 } as StoredRow;
    const sizes = await Promise.all([sizeOf('pupils', pupil), sizeOf('meldingen', melding), sizeOf('zaken', zaak)]);
    expect(new Set(sizes).size).toBe(1);
    // Larger records step up (16 kB, 64 kB, then whole 64 kB steps): alike within a step.
    const of = (bytes: number) => sizeOf('zaken', { ...zaak, sealed: new Uint8Array(bytes).fill(7) } as StoredRow);
    const [small, big, bigToo, huge, hugeToo, larger] = await Promise.all([of(100), of(6_000), of(9_000), of(50_000), of(60_000), of(120_000)]);
    expect(small).toBe(sizes[0]);
    expect(big).toBe(bigToo);
    expect(huge).toBe(hugeToo);
    expect(small < big && big < huge && huge < larger).toBe(true);
  });

  it('name the same row alike on every tablet of the school, and differently in another school', async () => {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const [a, b, other] = await Promise.all([raw, raw, crypto.getRandomValues(new Uint8Array(32))].map((bytes) => crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])));
    expect(await docIdFor(a!, 'zaken', 'z1')).toBe(await docIdFor(b!, 'zaken', 'z1'));
    expect(await docIdFor(a!, 'zaken', 'z1')).not.toBe(await docIdFor(a!, 'meldingen', 'z1'));
    expect(await docIdFor(a!, 'zaken', 'z1')).not.toBe(await docIdFor(other!, 'zaken', 'z1'));
  });

  it('do not open under another key, nor moved to another id', async () => {
    const { key } = await createDataKey();
    const { key: otherKey } = await createDataKey();
    const row = (await pupilStore.seal(key, { id: 'p1', firstName: 'Anna', lastName: 'Jansen', groupId: 'g1' })) as StoredRow;
    const doc = await encodeDoc(key, 'aaaa', 'pupils', row);
    await expect(decodeDoc(otherKey, { ...doc, _rev: '1-x' })).rejects.toBeInstanceOf(WrongKeyError);
    await expect(decodeDoc(key, { ...doc, _id: 'bbbb', _rev: '1-x' })).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('give a key slot its wrapped key beside the blob (as stored: kind, id, salt, rounds), its label and owner only inside', async () => {
    const { key, wrappable } = await createDataKey();
    const slot = await createSlot(wrappable, 'een eigen zin van carla', { id: 'passphrase-staff-s1', kind: 'passphrase', label: 'Eigen wachtwoord van Carla', iterations: 1000, createdAt: '2026-11-25T09:00:00.000Z', staffId: 's1' });
    const doc = await encodeDoc(key, 'cccc', 'keySlots', slot as unknown as StoredRow);
    expect(JSON.stringify(doc)).not.toContain('Carla');
    expect(Object.keys(doc.lock!).sort()).toEqual(['id', 'iterations', 'kind', 'salt', 'wrapped']);
    const joined = slotFromLock(doc.lock!, '2026-11-26T09:00:00.000Z');
    expect(joined.wrapped).toEqual(slot.wrapped);
    expect(joined.salt).toEqual(slot.salt);
    const back = await decodeDoc(key, { ...doc, _rev: '1-x' });
    expect(back.row).toMatchObject({ label: 'Eigen wachtwoord van Carla', staffId: 's1' });
    expect(fromBase64(doc.lock!.wrapped)).toEqual(slot.wrapped);
  });
});
