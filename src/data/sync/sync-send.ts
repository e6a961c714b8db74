import type PouchDB from './pouchdb';
import { toHex } from '../crypto/encoding';
import { database, withDatabase } from '../connection';
import type { SyncedTable } from './changed-rows';
import { docIdFor, encodeDoc, encodeRemoval, rowMark, type OpenedDoc, type StoredRow, type SyncDoc } from './sync-docs';
import { rowKey, type SyncRow } from './sync-rows';
import { nextLineage, versionHash, type Held } from './sync-lineage';
import { BULK, exchanged, hasStatus, REMOVED_MARK, rowOf, type EngineContext, type EngineSteps } from './sync-context';

/**
 * Sending: every committed write to a synced table becomes the next sealed version of that row's
 * document in the local replica (PouchDB then carries it to the server). A removal is a sealed
 * removal, never a tombstone. A row edited here while another tablet's version was on its way
 * becomes a second leaf of the same document (a conflict), settled when the arrival is received.
 */
export function sending(ctx: EngineContext): Pick<EngineSteps, 'pushRows' | 'pushRow' | 'sealNext' | 'sendHeldAgain'> {
  const { key, local, pending, now } = ctx;
  const versionHashOf = (doc: Pick<SyncDoc, 'blob'>) => versionHash(doc.blob);

  async function pushRows(table: SyncedTable, ids: readonly string[] | null): Promise<void> {
    const db = database();
    const rows: (StoredRow | undefined)[] = ids ? await db.table(table).bulkGet([...ids]) : await db.table(table).toArray();
    const idList = ids ? [...ids] : rows.map((r) => r!.id);
    const states = new Map((await db.syncRows.where('row').anyOf(idList.map((id) => rowKey(table, id))).toArray()).map((s) => [s.row, s]));
    if (!ids) {
      // A whole table looked at: rows that are gone since their last exchange are removals too.
      const present = new Set(idList);
      for (const s of await db.syncRows.where('row').startsWith(`${table}/`).toArray()) {
        const id = s.row.slice(table.length + 1);
        if (!present.has(id)) {
          idList.push(id);
          rows.push(undefined);
          states.set(s.row, s);
        }
      }
    }
    // Removals and rows written here are few; new and changed rows go to the replica in bulk.
    const changed: { id: string; row: StoredRow; state: SyncRow | undefined; mark: string }[] = [];
    for (let i = 0; i < idList.length; i++) {
      const [id, row, state] = [idList[i]!, rows[i], states.get(rowKey(table, idList[i]!))];
      if (table === 'keySlots' && isLocalToRenewal(id)) continue;
      if (!row) await pushRow(table, id, undefined, state);
      else if (state?.mark !== rowMark(table, row)) changed.push({ id, row, state, mark: rowMark(table, row) });
    }
    for (let i = 0; i < changed.length; i += BULK) await pushBatch(table, changed.slice(i, i + BULK));
  }

  /** A row sealed as the next version of what is held (its lineage following the held one). */
  async function sealNext(docId: string, table: SyncedTable, row: StoredRow, state: Held | undefined, joined: readonly OpenedDoc[] = [], repeats?: string) {
    const lineage = { ...nextLineage(state, joined), ...(repeats ? { of: repeats } : {}), by: ctx.author() };
    const doc = await encodeDoc(key, docId, table, row, lineage);
    return { doc, version: { ...lineage, hash: await versionHashOf(doc) } };
  }

  async function pushBatch(table: SyncedTable, batch: { id: string; row: StoredRow; state: SyncRow | undefined; mark: string }[]): Promise<void> {
    const hmacKey = await ctx.idKey();
    const docs = await Promise.all(
      batch.map(async (b) => {
        const docId = b.state?.docId ?? (await docIdFor(hmacKey, table, b.id));
        const sealed = await sealNext(docId, table, b.row, b.state);
        return { ...b, docId, version: sealed.version, doc: { ...sealed.doc, ...(b.state?.rev ? { _rev: b.state.rev } : {}) } };
      }),
    );
    const results = (await local.bulkDocs(docs.map((d) => d.doc as PouchDB.Doc))) as { ok?: boolean; rev?: string; status?: number; error?: unknown }[];
    const written: SyncRow[] = [];
    const rivals: typeof docs = [];
    results.forEach((result, i) => {
      const d = docs[i]!;
      if (result.ok && result.rev) written.push(exchanged(d.docId, table, d.id, result.rev, d.mark, d.version));
      else if (result.status === 409) rivals.push(d);
      else throw Object.assign(new Error('replica write failed'), result);
    });
    await withDatabase((db) => db.syncRows.bulkPut(written));
    for (const w of written) pending.add(w.docId);
    // Another tablet's version arrived meanwhile: these become rival leaves, settled one by one.
    for (const r of rivals) await pushRow(table, r.id, r.row, r.state);
    await ctx.savePending();
    ctx.report();
  }

  /**
   * Sends this tablet's version of a row (or its removal) as the next version of what it holds.
   * `force`: also when the row is unchanged here, to set it against a rival that arrived.
   */
  async function pushRow(table: SyncedTable, id: string, row: StoredRow | undefined, state: SyncRow | undefined, force = false): Promise<void> {
    if (!row) {
      if (state && !state.removed) await sendRemoval(table, id, state);
      return;
    }
    const mark = rowMark(table, row);
    if (state?.mark === mark && !state.removed && !force) return;
    const docId = state?.docId ?? (await docIdFor(await ctx.idKey(), table, id));
    // Unchanged here and set against a rival: the held version sent again, saying so.
    const repeats = state?.mark === mark && !state.removed && state.hash ? (state.of ?? state.hash) : undefined;
    const { doc, version } = await sealNext(docId, table, row, state, [], repeats);
    let rev: string;
    try {
      rev = (await local.put({ ...doc, ...(state?.rev ? { _rev: state.rev } : {}) } as PouchDB.Doc)).rev;
    } catch (error) {
      if (!hasStatus(error, 409)) throw error;
      // Another tablet's version arrived since this row was last exchanged: both are kept, as two
      // leaves of one document (a conflict), and settled when the arrival is received.
      rev = await addSibling(doc, state?.rev);
      await withDatabase((db) => db.syncRows.put(exchanged(docId, table, id, rev, mark, version)));
      pending.add(docId);
      return ctx.steps.ingest(docId);
    }
    await withDatabase((db) => db.syncRows.put(exchanged(docId, table, id, rev, mark, version)));
    pending.add(docId);
    await ctx.savePending();
    ctx.report();
  }

  /** Writes `doc` as a new leaf beside whatever the replica holds, as a child of `parentRev`. */
  async function addSibling(doc: Omit<SyncDoc, '_rev'>, parentRev: string | undefined): Promise<string> {
    const hash = toHex(crypto.getRandomValues(new Uint8Array(16)));
    const [start, parent] = parentRev ? [Number(parentRev.split('-')[0]) + 1, parentRev.split('-')[1]!] : [1, null];
    const rev = `${start}-${hash}`;
    await local.bulkDocs([{ ...doc, _rev: rev, _revisions: { start, ids: parent ? [hash, parent] : [hash] } } as never], { new_edits: false });
    return rev;
  }

  /**
   * A removal travels as a sealed version of its own over the current one (other leaves are closed):
   * every tablet removes the row, and an older version served again later is refused (it is earlier).
   */
  async function sendRemoval(table: SyncedTable, id: string, state: SyncRow): Promise<void> {
    let current: SyncDoc | null = null;
    try {
      current = (await local.get(state.docId, { conflicts: true })) as unknown as SyncDoc;
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
    const lineage = nextLineage(state);
    const doc = await encodeRemoval(key, state.docId, table, id, { at: now().toISOString() }, lineage);
    const version = { ...lineage, hash: await versionHashOf(doc) };
    const rev = (await local.put({ ...doc, ...(current?._rev ? { _rev: current._rev } : {}) } as PouchDB.Doc)).rev;
    for (const other of current?._conflicts ?? []) await local.remove(state.docId, other);
    await withDatabase((db) => db.syncRows.put(exchanged(state.docId, table, id, rev, REMOVED_MARK, version, true)));
    pending.add(state.docId);
    await ctx.savePending();
  }

  /**
   * Sends the version this tablet holds again, as the next version over `overRev` (what the server
   * made current): the row as it is here, or its removal. Nothing to send when the row is not here.
   */
  async function sendHeldAgain(overRev: string | undefined, state: SyncRow, arrived: OpenedDoc | null, overrule = false): Promise<void> {
    const { table, id } = rowOf(state);
    const row = (await withDatabase((db) => db.table(table).get(id))) as StoredRow | undefined;
    if (!row && !state.removed) return;
    // Overruling what arrived (a removal undone): it is named in the past, so every tablet takes this as later.
    const lineage = { ...nextLineage(state, overrule && arrived ? [arrived] : []), ...(state.hash ? { of: state.of ?? state.hash } : {}) };
    // Numbered past whatever arrived, so it is the newest on every tablet whatever the server serves.
    const v = Math.max(lineage.v, (arrived?.v ?? 0) + 1);
    const doc = row ? await encodeDoc(key, state.docId, table, row, { ...lineage, v }) : await encodeRemoval(key, state.docId, table, id, { at: now().toISOString() }, { ...lineage, v });
    const version = { ...lineage, v, hash: await versionHashOf(doc) };
    let rev: string;
    try {
      rev = (await local.put({ ...doc, ...(overRev ? { _rev: overRev } : {}) } as PouchDB.Doc)).rev;
    } catch (error) {
      // Something else arrived meanwhile: it is received in its turn, and judged against what is held.
      if (hasStatus(error, 409)) return;
      throw error;
    }
    await withDatabase((db) => db.syncRows.put(exchanged(state.docId, table, id, rev, row ? rowMark(table, row) : REMOVED_MARK, version, !row)));
    pending.add(state.docId);
    await ctx.savePending();
  }

  return { pushRows, pushRow, sealNext, sendHeldAgain };
}

/**
 * A key renewal in progress is this tablet's own business (key-rotation.ts): its record and the new
 * slots beside the old never travel. The other tablets see the renewal when it is finished and this
 * tablet, opened with the new key, sends everything again under it; they then lock (their key is old)
 * and open with the school's passphrase, whose new slot has arrived.
 */
function isLocalToRenewal(slotId: string): boolean {
  return slotId === 'rotation' || slotId.startsWith('next:');
}
