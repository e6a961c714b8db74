import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../src/data/connection';
import { zaakStore } from '../../src/data/stores';
import { heldLines } from '../../src/data/sync/checkpoint';
import { encodeDoc, type StoredRow } from '../../src/data/sync/sync-docs';
import { versionHash } from '../../src/data/sync/sync-lineage';
import { checkpointStore } from '../../src/data/sync/witness';
import { statusLine } from '../../src/features/sync/sync-texts';
import { newZaak } from './zaak-builders';
import { NOW, schoolTablet, type Tablet } from './sync-harness';
import { freshDatabase } from './test-db';

let tablet: Tablet;
beforeEach(async () => {
  freshDatabase();
  tablet = await schoolTablet();
});
afterEach(() => tablet.engine.stop());

/**
 * Withholding and forks: the server gives one tablet a record and hides it from another. Each tablet's
 * sealed checkpoint says what it holds; the others compare, and say what never reached them.
 */
describe('the witness', () => {
  /** The school's other tablet, as its checkpoint tells: holding `extra` besides what this tablet holds. */
  async function otherTabletSays(extra: { docId: string; row: string; ver: number; hash: string }[], at = NOW.toISOString(), changedAt = at) {
    const mine = (await database().syncRows.toArray()).filter((r) => !r.docId.startsWith('~') && !r.row.startsWith('checkpoints/'));
    const held = [...mine, ...extra.map((e) => ({ ...e, rev: `${e.ver}-x`, mark: '', after: [] }))].sort((a, b) => (a.docId < b.docId ? -1 : 1));
    const checkpoint = { id: 'tablet-b', label: 'Tablet B7', seq: 1, at, changedAt, records: held.length, code: '00000 00000 00000 00001', held: heldLines(held) };
    await tablet.peerWrites('checkpoints', (await checkpointStore.seal(tablet.key, checkpoint)) as unknown as StoredRow, { v: 1, after: [] });
  }

  it('writes this tablet’s own checkpoint once it is in step: sealed, with what it holds', async () => {
    await database().zaken.put((await zaakStore.seal(tablet.key, newZaak())) as never);
    await tablet.settled();
    const mine = tablet.status().witness!.me;
    const onServer = await tablet.onServer('checkpoints', mine.id);
    const checkpoint = await checkpointStore.open(tablet.key, onServer!.row as never);
    expect(checkpoint).toMatchObject({ id: mine.id, records: mine.records, code: mine.code, seq: 1 });
    expect(checkpoint.held).toContain(`zaken ${(await tablet.docId('zaken', 'z1')).slice(0, 12)} `);
  });

  it('a zaak another tablet holds and the server never sent here is counted, and the tablet is not "gesynchroniseerd"', async () => {
    await tablet.settled();
    // Tablet B holds a zaak: sealed, on B, and the server kept it from this tablet.
    const docId = await tablet.docId('zaken', 'z-hidden');
    const hidden = await encodeDoc(tablet.key, docId, 'zaken', (await zaakStore.seal(tablet.key, { ...newZaak(), id: 'z-hidden' })) as unknown as StoredRow, { v: 1, after: [] });
    await otherTabletSays([{ docId, row: 'zaken/z-hidden', ver: 1, hash: await versionHash(hidden.blob) }]);
    await tablet.settled();
    const seen = tablet.status().witness!.tablets;
    expect(seen).toEqual([expect.objectContaining({ id: 'tablet-b', label: 'Tablet B7', same: false, missing: { zaken: 1 }, behind: false })]);
    expect(tablet.status().state).toBe('waiting');
    expect(statusLine(tablet.status())).toBe('Niet alles van de server ontvangen');
    // The server lets it through at last: nothing is missing any more.
    await tablet.server.put(hidden as never);
    await tablet.settled();
    await vi.waitFor(() => expect(tablet.status().witness!.tablets[0]!.missing).toEqual({}));
    expect(tablet.status().state).toBe('synced');
  });

  it('names a tablet that stopped advancing while this one wrote', async () => {
    await otherTabletSays([], '2026-12-05T08:00:00Z', '2026-12-04T08:00:00Z');
    await database().zaken.put((await zaakStore.seal(tablet.key, newZaak())) as never);
    await tablet.settled();
    expect(tablet.status().witness!.tablets[0]).toMatchObject({ id: 'tablet-b', behind: true, changedAt: '2026-12-04T08:00:00Z' });
  });
});
