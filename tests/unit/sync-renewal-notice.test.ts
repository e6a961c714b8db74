import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../src/data/connection';
import { createDataKey, createSlot } from '../../src/data/crypto/key-slots';
import { adoptRenewedKey } from '../../src/data/key-rotation';
import { zaakStore } from '../../src/data/stores';
import { confirmRenewedKey, sealRenewalNotice } from '../../src/data/sync/renewal-notice';
import { schoolIdKey } from '../../src/data/sync/replica';
import { encodeDoc, type StoredRow } from '../../src/data/sync/sync-docs';
import { FIRST_VERSION } from '../../src/data/sync/sync-lineage';
import { statusLine } from '../../src/features/sync/sync-texts';
import { newZaak } from './zaak-builders';
import { NOW, rowOf, schoolTablet, type Tablet } from './sync-harness';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const SCHOOL = 'onze zwaluw vliegt laag';

let tablet: Tablet;
beforeEach(async () => {
  freshDatabase();
  tablet = await schoolTablet();
});
afterEach(() => tablet.engine.stop());

/** A key that is not the school's, and a slot of it that the school's passphrase opens (as a replayed or made-up slot would be). */
async function otherKeyWithSlot(id: string) {
  const made = await createDataKey();
  const slot = await createSlot(made.wrappable, SCHOOL, { id, kind: 'passphrase', label: 'Wachtwoord van de school', iterations: TEST_ITERATIONS, createdAt: NOW.toISOString() });
  return { key: made.key, slot };
}

/** The server puts a slot under `id` as a renewal elsewhere would: sealed under its own key, over what it holds. */
async function serverPutsSlot(slotRow: StoredRow, sealedWith: Awaited<ReturnType<typeof otherKeyWithSlot>>['key']) {
  const docId = await tablet.docId('keySlots', slotRow.id);
  const doc = await encodeDoc(sealedWith, docId, 'keySlots', slotRow, { v: 9, after: [] });
  const current = await tablet.server.get(docId).catch(() => null);
  await tablet.server.put({ ...doc, ...(current ? { _rev: current._rev } : {}) } as never);
}

/** Key renewals are told by a notice under the school's key: a "renewed" slot from the server alone stops nothing. */
describe('a key renewal', () => {
  it('a slot the server made up is set aside; sync goes on and nothing asks for a passphrase', async () => {
    await tablet.settled();
    const fake = await otherKeyWithSlot('passphrase-school');
    await serverPutsSlot(fake.slot as unknown as StoredRow, fake.key);
    await vi.waitFor(() => expect(tablet.status().setAside).toEqual([expect.objectContaining({ reason: 'unreadable' })]), { timeout: 8000 });
    expect(tablet.status().problem).toBeNull();
    expect(statusLine(tablet.status())).toBe('1 gegeven van de server apart gezet');
    // The school's own passphrase slot is still the one here, and honest writes still travel.
    expect((await database().keySlots.get('passphrase-school'))?.wrapped).not.toEqual(fake.slot.wrapped);
    await tablet.peerWrites('zaken', (await zaakStore.seal(tablet.key, { ...newZaak(), id: 'z-after' })) as unknown as StoredRow, FIRST_VERSION);
    await vi.waitFor(async () => expect(await rowOf('zaken', 'z-after')).toBeTruthy(), { timeout: 8000 });
  });

  it('told by a notice sealed under the school’s key, stops and asks for the passphrase', async () => {
    await tablet.settled();
    const renewed = await otherKeyWithSlot('passphrase-school');
    const notice = await sealRenewalNotice(tablet.key, renewed.key, await schoolIdKey(tablet.key), 1, NOW);
    await tablet.server.put(notice as never);
    await serverPutsSlot(renewed.slot as unknown as StoredRow, renewed.key);
    await vi.waitFor(() => expect(tablet.status().problem).toBe('key-renewed'), { timeout: 4000 });
  });

  it('moves only to the key the notice confirms: a replayed slot the same passphrase opens is passed over', async () => {
    const renewed = await otherKeyWithSlot('passphrase-school');
    const replayed = await otherKeyWithSlot('passphrase-school');
    const doc = await sealRenewalNotice(tablet.key, renewed.key, await schoolIdKey(tablet.key), 1, NOW);
    const { decodeDoc } = await import('../../src/data/sync/sync-docs');
    const notice = (await decodeDoc(tablet.key, doc)).row as never;
    await tablet.engine.stop();
    const before = await database().keySlots.toArray();
    // Only the replayed slot: refused, and nothing on this tablet changed.
    await expect(adoptRenewedKey(tablet.key, [replayed.slot], SCHOOL, NOW, undefined, (key) => confirmRenewedKey(notice, key))).rejects.toThrow('niet de sleutel');
    expect(await database().keySlots.toArray()).toEqual(before);
    // Both: the confirmed one is taken.
    const newKey = await adoptRenewedKey(tablet.key, [replayed.slot, renewed.slot], SCHOOL, NOW, undefined, (key) => confirmRenewedKey(notice, key));
    await expect(confirmRenewedKey(notice, newKey)).resolves.toBeUndefined();
  });
});
