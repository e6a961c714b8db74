import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../src/data/connection';
import { zaakStore } from '../../src/data/stores';
import { saveZaak } from '../../src/data/zaken';
import type { StoredRow, SyncDoc } from '../../src/data/sync/sync-docs';
import { heldTwice } from '../../src/domain/case/zaak-merge';
import type { Zaak } from '../../src/domain/case/zaak';
import { newZaak, validStap1, validStap2 } from './zaak-builders';
import { rowOf, schoolTablet, type Tablet } from './sync-harness';
import { freshDatabase } from './test-db';

// Each test: a fresh school on one tablet, syncing with a server of its own.
let tablet: Tablet;
beforeEach(async () => {
  freshDatabase();
  tablet = await schoolTablet();
});
afterEach(() => tablet.engine.stop());

/** The server is trusted with nothing: it cannot remove, rewind or replay a record, and what it tries is seen. */
describe('a tablet against a server that misbehaves', () => {

  const zaakHere = async (id = 'z1') => {
    const row = await rowOf('zaken', id);
    return row ? ((await zaakStore.open(tablet.key, row as never)) as Zaak) : undefined;
  };
  async function zaakWithStap2(): Promise<Zaak> {
    const opened = newZaak();
    await database().zaken.put((await zaakStore.seal(tablet.key, opened)) as never);
    await tablet.settled();
    const withStap1 = { ...opened, rev: 2, members: validStap1().members!, conversations: [validStap1()] };
    await saveZaak(tablet.key, withStap1);
    await tablet.settled();
    const withStap2 = { ...withStap1, rev: 3, conversations: [...withStap1.conversations, validStap2(withStap1)] };
    await saveZaak(tablet.key, withStap2);
    await tablet.settled();
    return withStap2;
  }

  it('each version says which tablet wrote it, sealed inside it', async () => {
    await database().zaken.put((await zaakStore.seal(tablet.key, newZaak())) as never);
    await tablet.settled();
    expect((await tablet.onServer('zaken', 'z1'))?.by).toEqual({ tablet: tablet.status().witness!.me.label });
    expect(tablet.status().witness!.me.label).toMatch(/^Tablet [0-9A-F]{4}$/);
  });

  it('a bare tombstone deletes nothing: the zaak is restored on the server and the school is told', async () => {
    await zaakWithStap2();
    const docId = await tablet.docId('zaken', 'z1');
    await tablet.server.remove(docId, (await tablet.server.get(docId))._rev!);
    await vi.waitFor(async () => expect((await tablet.onServer('zaken', 'z1'))?.row).toBeTruthy(), { timeout: 8000 });
    expect((await zaakHere())?.conversations).toHaveLength(2);
    expect(tablet.status().guarded?.[0]).toMatchObject({ kind: 'restored', table: 'zaken', id: 'z1' });
  });

  it('an older version served as new is refused: a held stap 2 stays, and is sent again', async () => {
    const docId = await tablet.docId('zaken', 'z1');
    const opened = newZaak();
    await database().zaken.put((await zaakStore.seal(tablet.key, opened)) as never);
    await tablet.settled();
    const old = (await tablet.server.get(docId)) as unknown as SyncDoc;
    const withStap1 = { ...opened, rev: 2, members: validStap1().members!, conversations: [validStap1()] };
    await saveZaak(tablet.key, withStap1);
    await tablet.settled();
    const withStap2 = { ...withStap1, rev: 3, conversations: [...withStap1.conversations, validStap2(withStap1)] };
    await saveZaak(tablet.key, withStap2);
    await tablet.settled();
    // The server serves the zaak as it was before stap 1, as a new revision.
    const current = await tablet.server.get(docId);
    await tablet.server.put({ ...old, _rev: current._rev } as never);
    await vi.waitFor(() => expect(tablet.status().guarded?.[0]).toMatchObject({ kind: 'rolled-back', table: 'zaken', id: 'z1' }), { timeout: 8000 });
    await tablet.settled();
    expect((await zaakHere())?.conversations.map((c) => c.stepId)).toEqual(['stap1', 'stap2']);
    const served = await tablet.onServer('zaken', 'z1');
    expect(((await zaakStore.open(tablet.key, served!.row as never)) as Zaak).conversations).toHaveLength(2);
  });

  it('a revoked passphrase replayed by the server never comes back', async () => {
    const slot = { ...(await database().keySlots.get('passphrase-school'))!, id: 'passphrase-staff-x', label: 'Eigen wachtwoord' };
    await database().keySlots.put(slot);
    await tablet.settled();
    const docId = await tablet.docId('keySlots', slot.id);
    const before = (await tablet.server.get(docId)) as unknown as SyncDoc;
    await database().keySlots.delete(slot.id);
    await tablet.settled();
    expect((await tablet.onServer('keySlots', slot.id))?.removed).toBeTruthy();
    // Replayed: as a new revision over the removal, and as a tombstone followed by the old body.
    const current = await tablet.server.get(docId);
    await tablet.server.put({ ...before, _rev: current._rev } as never);
    await vi.waitFor(() => expect(tablet.status().guarded?.[0]).toMatchObject({ kind: 'rolled-back', table: 'keySlots' }), { timeout: 8000 });
    await tablet.settled();
    expect(await database().keySlots.get(slot.id)).toBeUndefined();
    expect((await tablet.onServer('keySlots', slot.id))?.removed).toBeTruthy();
  });

  it('a document that cannot be read is set aside on its own; the batch it came in arrives; it leaves the list once the server drops it', async () => {
    await tablet.settled();
    const junk: { _id: string; v: number; blob?: string }[] = [
      { _id: 'aa'.repeat(16), v: 2, blob: 'dit is geen base64!' },
      { _id: 'bb'.repeat(16), v: 2, blob: 'A'.repeat(9 * 1024 * 1024) },
      { _id: 'cc'.repeat(16), v: 2 },
    ];
    const melding = { id: 'm9', status: 'nieuw', createdAt: '2026-12-07T08:00:00.000Z', updatedAt: '2026-12-07T08:00:00.000Z' };
    const row = (await (await import('../../src/data/stores')).meldingStore.seal(tablet.key, {
      ...melding,
      reporterKind: 'personeel',
      reporterName: '',
      location: '',
      pupilIds: ['p1'],
      description: 'Aangekomen in dezelfde batch.',
      occurredOn: '2026-12-07',
    } as never)) as StoredRow;
    // Sealed under a key that is not the school's (no renewal announced): unreadable, set aside too.
    const { createDataKey } = await import('../../src/data/crypto/key-slots');
    const { encodeDoc } = await import('../../src/data/sync/sync-docs');
    junk.push((await encodeDoc((await createDataKey()).key, 'dd'.repeat(16), 'meldingen', row)) as never);
    await tablet.server.bulkDocs(junk as never);
    await tablet.peerWrites('meldingen', row, { v: 1, after: [] });
    await vi.waitFor(async () => expect(await rowOf('meldingen', 'm9')).toBeTruthy(), { timeout: 8000 });
    await vi.waitFor(() => expect(tablet.status().setAside?.map((a) => a.reason).sort()).toEqual(['damaged', 'damaged', 'too-large', 'unreadable']), { timeout: 8000 });
    // Never "synced" while anything is set aside.
    await tablet.settled();
    expect({ state: tablet.status().state, aside: tablet.status().setAside?.length }).toEqual({ state: 'waiting', aside: 4 });
    for (const doc of junk) await tablet.server.remove(doc._id, (await tablet.server.get(doc._id))._rev!);
    await vi.waitFor(() => expect(tablet.status().setAside).toEqual([]), { timeout: 8000 });
    await tablet.settled();
    await vi.waitFor(() => expect(tablet.status().state).toBe('synced'), { timeout: 8000 });
  }, 20_000);

  it('two tablets that each held stap 1 apart keep both conversations, and the lead is asked which group stands', async () => {
    const opened = newZaak();
    await database().zaken.put((await zaakStore.seal(tablet.key, opened)) as never);
    await tablet.settled();
    const base = await tablet.onServer('zaken', 'z1');
    // The other tablet, offline, held stap 1 with another group; it reaches the server first.
    const theirs = { ...opened, rev: 2, members: validStap1().members!.slice(0, 5), conversations: [{ ...validStap1(), recordedAt: '2026-11-02T11:05:00.000Z', recordedBy: 'ivp', members: validStap1().members!.slice(0, 5) }] };
    await tablet.peerWrites('zaken', (await zaakStore.seal(tablet.key, theirs)) as StoredRow, { v: 2, after: [base!.hash] }, base!.rev);
    const mine = { ...opened, rev: 2, members: validStap1().members!, conversations: [{ ...validStap1(), recordedBy: 'juf' }] };
    await saveZaak(tablet.key, mine);
    await vi.waitFor(async () => expect((await zaakHere())?.conversations).toHaveLength(2), { timeout: 8000 });
    await tablet.settled();
    const merged = (await zaakHere())!;
    expect(merged.conversations.map((c) => c.recordedBy).sort()).toEqual(['ivp', 'juf']);
    expect(heldTwice(merged)).toHaveLength(1);
    // The server holds the union too, and no choice waits.
    const served = await tablet.onServer('zaken', 'z1');
    expect(((await zaakStore.open(tablet.key, served!.row as never)) as Zaak).conversations).toHaveLength(2);
    expect(tablet.status().conflicts).toEqual([]);
  });

  it('a pupil removed on another tablet while a record here names them is kept, sent again, and the removal undone everywhere', async () => {
    const { pupilStore } = await import('../../src/data/stores');
    const { encodeRemoval } = await import('../../src/data/sync/sync-docs');
    await pupilStore.put(tablet.key, { id: 'p-named', firstName: 'Mehmet', lastName: 'Yılmaz', groupId: 'g5' });
    await pupilStore.put(tablet.key, { id: 'p-free', firstName: 'Anna', lastName: 'Jansen', groupId: 'g5' });
    await tablet.settled();
    for (const id of ['p-named', 'p-free']) {
      const held = await tablet.onServer('pupils', id);
      const removal = await encodeRemoval(tablet.key, await tablet.docId('pupils', id), 'pupils', id, { at: '2026-12-07T08:00:00.000Z' }, { v: held!.v + 1, after: [held!.hash] });
      await tablet.server.put({ ...removal, _rev: held!.rev } as never);
    }
    await vi.waitFor(async () => expect(await rowOf('pupils', 'p-free')).toBeUndefined(), { timeout: 8000 });
    await tablet.settled();
    expect(await pupilStore.get(tablet.key, 'p-named')).toMatchObject({ lastName: 'Yılmaz' });
    expect(tablet.status().guarded?.[0]).toMatchObject({ kind: 'deletion-undone', table: 'pupils', id: 'p-named' });
    const served = await tablet.onServer('pupils', 'p-named');
    expect(served?.row).toBeTruthy();
  });

  it('a rival version the server put over the held one as if it followed it is merged, not taken', async () => {
    const opened = newZaak();
    await database().zaken.put((await zaakStore.seal(tablet.key, opened)) as never);
    await tablet.settled();
    const base = await tablet.onServer('zaken', 'z1');
    const mine = { ...opened, rev: 2, members: validStap1().members!, conversations: [{ ...validStap1(), recordedBy: 'juf' }] };
    await saveZaak(tablet.key, mine);
    await tablet.settled();
    // A version sealed elsewhere from the zaak as first opened, placed by the server as the next revision.
    const theirs = { ...opened, rev: 2, members: [], conversations: [], reopenings: [], closing: undefined, updatedAt: '2026-11-02T12:00:00.000Z' };
    const current = await tablet.server.get(await tablet.docId('zaken', 'z1'));
    const { encodeDoc } = await import('../../src/data/sync/sync-docs');
    const doc = await encodeDoc(tablet.key, current._id, 'zaken', (await zaakStore.seal(tablet.key, theirs)) as StoredRow, { v: 2, after: [base!.hash] });
    await tablet.server.put({ ...doc, _rev: current._rev } as never);
    await vi.waitFor(async () => expect(((await zaakStore.open(tablet.key, (await tablet.onServer('zaken', 'z1'))!.row as never)) as Zaak).conversations).toHaveLength(1), { timeout: 8000 });
    await tablet.settled();
    expect((await zaakHere())?.conversations).toHaveLength(1);
  });
});

describe('a choice between rival versions', () => {

  it('made on another tablet, is taken here, and the version not chosen is in its past', async () => {
    const { schoolStore } = await import('../../src/data/stores');
    await tablet.settled();
    const base = await tablet.onServer('school', 'school');
    const school = (await schoolStore.get(tablet.key, 'school'))!;
    // The other tablet renamed the school apart: a rival leaf on the server.
    const theirs = (await schoolStore.seal(tablet.key, { ...school, name: 'De Linde (A)' })) as StoredRow;
    const theirRev = await tablet.peerWrites('school', theirs, { v: base!.v + 1, after: [base!.hash] }, base!.rev);
    await schoolStore.put(tablet.key, { ...school, name: 'De Linde (B)' });
    await vi.waitFor(() => expect(tablet.status().conflicts).toHaveLength(1), { timeout: 8000 });
    const mine = tablet.status().conflicts[0]!.versions.find((v) => v.rev !== theirRev)!;
    const docId = await tablet.docId('school', 'school');
    const { decodeDoc, encodeDoc } = await import('../../src/data/sync/sync-docs');
    const mineOpened = await decodeDoc(tablet.key, (await tablet.server.get(docId, { rev: mine.rev })) as never);
    const theirsOpened = await decodeDoc(tablet.key, (await tablet.server.get(docId, { rev: theirRev })) as never);
    // The other tablet chooses its own: this tablet's leaf closed, the choice sealed after both.
    await tablet.server.remove(docId, mine.rev);
    const chosen = await encodeDoc(tablet.key, docId, 'school', theirs, { v: theirsOpened.v + 1, after: [theirsOpened.hash, mineOpened.hash, base!.hash] });
    await tablet.server.put({ ...chosen, _rev: theirRev } as never);
    await vi.waitFor(async () => expect((await schoolStore.get(tablet.key, 'school'))?.name).toBe('De Linde (A)'), { timeout: 8000 });
    await tablet.settled();
    expect(tablet.status().conflicts).toEqual([]);
    expect(tablet.status().guarded ?? []).toEqual([]);
  });
});
