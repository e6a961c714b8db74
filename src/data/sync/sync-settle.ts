import type PouchDB from './pouchdb';
import { sameRecord, versionThatHoldsAll, type AnyRecord } from '../../domain/transfer/merge';
import { recordTables, type RecordTable } from '../../domain/transfer/archive';
import { withOtherJudgements, type Melding } from '../../domain/melding';
import { unionMeldingCorrections, withoutCorrections } from '../../domain/melding-corrections';
import { mergeZaken } from '../../domain/case/zaak-merge';
import type { Zaak } from '../../domain/case/zaak';
import { WrongKeyError } from '../crypto/cipher';
import { withDatabase } from '../connection';
import type { SealedRow } from '../db';
import { recordStores } from '../stores';
import type { SyncedTable } from './changed-rows';
import { DamagedDocError, decodeDoc, rowMark, type OpenedDoc, type StoredRow, type SyncDoc } from './sync-docs';
import type { SyncRow } from './sync-rows';
import { holdsAll, relation } from './sync-lineage';
import { exchanged, type EngineContext, type EngineSteps } from './sync-context';

/**
 * Settling: a document with two or more leaves (written on two tablets apart, or set side by side
 * by the server) is settled by Kring's merge rules. A leaf another leaf already carries further is
 * closed; the version that holds all others stays; held zaken merge as a union (zaak-merge.ts); a
 * melding judged apart keeps every judgement; only rival edits of other records wait for a person's
 * choice, and until then every version is kept.
 */
export function settling(ctx: EngineContext): Pick<EngineSteps, 'settleConflict' | 'keep' | 'versionsOf'> {
  const { key, local, ledger, conflicts, pending, now } = ctx;
  const steps = ctx.steps;

  /** Every leaf of a conflicted document, opened; a leaf that cannot be read is closed and set aside. */
  async function versionsOf(doc: SyncDoc): Promise<(OpenedDoc & { rev: string })[] | 'renewed'> {
    const leaves = [doc, ...(await Promise.all(doc._conflicts!.map((rev) => local.get(doc._id, { rev }) as unknown as Promise<SyncDoc>)))];
    const opened: (OpenedDoc & { rev: string })[] = [];
    let closed = 0;
    for (const leaf of leaves) {
      try {
        opened.push({ rev: leaf._rev!, ...(await decodeDoc(key, leaf)) });
      } catch (error) {
        if (error instanceof WrongKeyError && leaf.lock && leaf.lock.kind !== 'rotation') return 'renewed';
        if (!(error instanceof WrongKeyError || error instanceof DamagedDocError || error instanceof SyntaxError)) throw error;
        // A leaf beside readable ones that does not open is no version of this record: it is closed, and said.
        await local.remove(doc._id, leaf._rev!);
        closed += 1;
      }
    }
    if (closed > 0 && opened[0]) await ledger.record('closed-unreadable', opened[0].table, opened[0].id, now());
    return opened;
  }

  async function settleConflict(doc: SyncDoc, state: SyncRow | undefined): Promise<void> {
    const found = await versionsOf(doc);
    if (found === 'renewed') return steps.unreadableArrived(doc);
    // A leaf that another leaf (or the version held here) already carries further is no rival: it
    // is closed. One that is older than what is held was served again: that is said.
    const earlier = found.filter((v) => ['earlier', 'covered'].includes(relation(state, v)) || found.some((o) => o !== v && holdsAll(o, v)));
    const rivals = found.filter((v) => !earlier.includes(v));
    if (earlier.some((v) => relation(state, v) === 'earlier' && v.hash !== state?.hash)) await ledger.record('rolled-back', found[0]!.table, found[0]!.id, now());
    for (const v of earlier) await local.remove(doc._id, v.rev);
    if (rivals.length === 0) return state ? steps.sendHeldAgain(undefined, state, null) : undefined;
    if (rivals.length === 1) return keep(doc._id, rivals[0]!.rev);
    const { table, id } = rivals[0]!;
    // A removal against an edit: a revoked passphrase stays revoked; any other record stays, with the edit.
    const removals = rivals.filter((v) => !v.row);
    if (removals.length > 0) {
      const survivors = table === 'keySlots' ? removals : rivals.filter((v) => v.row);
      if (table !== 'keySlots') await ledger.record('deletion-undone', table, id, now());
      for (const v of rivals.filter((r) => !survivors.includes(r))) await local.remove(doc._id, v.rev);
      return survivors.length === 1 ? keep(doc._id, survivors[0]!.rev) : steps.ingest(doc._id);
    }
    const versions = rivals as (OpenedDoc & { rev: string; row: StoredRow })[];
    const store = storeOf(table);
    if (!store) return keep(doc._id, versions[0]!.rev); // photos, slots, the deletion log: never edited, CouchDB's winner
    const records = await Promise.all(versions.map((v) => store.open(key, v.row as SealedRow) as Promise<AnyRecord>));
    // Judged apart, one judgement opening a zaak: it stands, and the others are kept inside the record.
    const judged = table === 'meldingen' ? withOtherJudgements(records as Melding[]) : null;
    if (judged) return keepMerged(doc, 'meldingen', judged, versions, state);
    // A melding corrected apart: decided without the corrections, and every correction kept.
    if (table === 'meldingen') {
      const corrections = unionMeldingCorrections(records as Melding[]);
      const bare = (records as Melding[]).map((r) => ({ ...withoutCorrections(r), updatedAt: '' }));
      const base = corrections.length ? (bare.every((b) => sameRecord(b, bare[0])) ? 0 : versionThatHoldsAll('meldingen', bare)) : null;
      if (base !== null) return keepMerged(doc, 'meldingen', { ...(records as Melding[])[base]!, corrections, updatedAt: [...(records as Melding[])].map((r) => r.updatedAt).sort().at(-1)! }, versions, state);
    }
    const winner = table === 'school' ? (records.every((r) => sameRecord(r, records[0])) ? 0 : null) : versionThatHoldsAll(table as RecordTable, records);
    if (winner !== null) return keep(doc._id, versions[winner]!.rev, versions);
    // Held things merge as a union: a zaak holds every conversation held on either tablet.
    const merged = table === 'zaken' ? mergeZaken(records as Zaak[]) : null;
    if (merged) return keepMerged(doc, 'zaken', merged, versions, state);
    conflicts.set(doc._id, { docId: doc._id, table: table as RecordTable | 'school', id, versions: versions.map((v, i) => ({ rev: v.rev, record: records[i]!, here: v.rev === state?.rev, ...(v.by ? { by: v.by } : {}) })) });
    // Until someone chooses, this tablet goes on showing its own version (or the winner, if it had none).
    if (!state) await steps.writeOpened(doc._id, versions[0]!.rev, versions[0]!);
    ctx.report();
  }

  /**
   * Settles a conflict with a record that holds every version (withOtherJudgements, mergeZaken):
   * sealed as the next version after all of them, written over the current winner, the other leaves
   * closed. Tablets doing this at once write the same record, whose versions then settle as identical.
   */
  async function keepMerged(doc: SyncDoc, table: 'meldingen' | 'zaken', record: AnyRecord, versions: readonly OpenedDoc[], state: SyncRow | undefined): Promise<void> {
    const row = (await recordStores[table].seal(key, record as never)) as StoredRow;
    const { doc: sealed, version } = await steps.sealNext(doc._id, table, row, state, versions);
    const written = await local.put({ ...sealed, _rev: doc._rev } as PouchDB.Doc);
    for (const other of doc._conflicts ?? []) await local.remove(doc._id, other);
    await withDatabase((db) =>
      db.transaction('rw', db.table(table), db.syncRows, () => Promise.all([db.table(table).put(row), db.syncRows.put(exchanged(doc._id, table, record.id, written.rev, rowMark(table, row), version))])),
    );
    pending.add(doc._id);
    await ctx.savePending();
    conflicts.delete(doc._id);
    ctx.dataChanged(table, [record.id]);
    ctx.report();
  }

  /**
   * Keeps the leaf `rev` and closes every other, and writes it into Dexie. When the others are not
   * all in its past, it is sent again as the next version after all of them, so no tablet can later
   * take one of the closed versions for newer.
   */
  async function keep(docId: string, rev: string, joined: readonly OpenedDoc[] = []): Promise<void> {
    const doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
    const kept = (await local.get(docId, { rev })) as unknown as SyncDoc;
    const opened = await decodeDoc(key, kept);
    const others = [doc._rev!, ...(doc._conflicts ?? [])].filter((r) => r !== rev);
    const past = joined.filter((j) => !holdsAll(opened, j));
    // The settled version first, the other leaves closed after: a tablet that receives only part of
    // this never sees its own leaf closed without the version that holds it.
    if (past.length > 0 && opened.row) {
      const { doc: sealed, version } = await steps.sealNext(docId, opened.table, opened.row, { ver: opened.v, hash: opened.hash, after: opened.after, of: opened.of }, past);
      const written = await local.put({ ...sealed, _rev: rev } as PouchDB.Doc);
      await steps.writeOpened(docId, written.rev, { ...opened, ...version });
    } else await steps.writeOpened(docId, rev, opened);
    for (const other of others) await local.remove(docId, other);
    conflicts.delete(docId);
    pending.add(docId);
    await ctx.savePending();
    ctx.report();
  }

  return { settleConflict, keep, versionsOf };
}

/** The store that opens a table's records, for the tables people edit; photos, slots and the log have none. */
export function storeOf(table: SyncedTable) {
  return (recordTables as string[]).includes(table) || table === 'school' ? recordStores[table as RecordTable | 'school'] : null;
}
