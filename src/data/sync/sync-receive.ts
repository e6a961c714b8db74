import { sameRecord } from '../../domain/transfer/merge';
import { WrongKeyError } from '../crypto/cipher';
import { withDatabase } from '../connection';
import type { SealedRow } from '../db';
import type { SyncedTable } from './changed-rows';
import { DamagedDocError, decodeDoc, rowMark, type OpenedDoc, type StoredRow, type SyncDoc } from './sync-docs';
import { META_UNREADABLE, rowKey, type SyncRow } from './sync-rows';
import { relation } from './sync-lineage';
import { DOC_LIMIT, limitFor, type SetAsideReason } from './guard-ledger';
import { BULK, exchanged, hasStatus, REMOVED_MARK, rowOf, type EngineContext, type EngineSteps } from './sync-context';
import { storeOf } from './sync-settle';
import { SYNCED_TABLES } from './changed-rows';
import { announcedRenewal, noticeArrived, NOTICE_TABLE, type RenewalNotice } from './renewal-notice';

/**
 * Receiving: every document the local replica receives is opened and written into Dexie, unless
 * Dexie already holds exactly it. What is newer is told by the sealed lineage inside each version
 * (sync-lineage.ts), never by CouchDB's revision tree, which the server controls: an older version
 * served as new is refused and the held one sent again; a bare tombstone deletes nothing (the record
 * is restored and sent again); a document that cannot be read is set aside on its own and shown.
 */
export function receiving(ctx: EngineContext): Pick<EngineSteps, 'ingest' | 'ingestMany' | 'writeOpened' | 'unreadableArrived' | 'saveUnreadable'> {
  const { key, local, ledger, unreadable, conflicts, now, options } = ctx;
  const steps = ctx.steps;

  /** Documents found sealed under another key since the list was last saved (see saveUnreadable). */
  let unreadableChanged = false;

  async function ingest(docId: string): Promise<void> {
    let doc: SyncDoc | null;
    try {
      doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
      doc = null;
    }
    const state = await withDatabase((db) => db.syncRows.get(docId));
    if (!doc) return removedWithoutRecord(docId, state);
    if (doc._conflicts?.length) return steps.settleConflict(doc, state);
    // Settled (here or on another tablet): no longer a choice to offer.
    if (conflicts.delete(docId)) ctx.report();
    if (state?.rev === doc._rev) {
      if (ledger.isAside(docId)) await ledger.clear(docId).then(ctx.report);
      // Listed as sealed under another key, but held here already (read before, or sent from here).
      if (unreadable.delete(docId)) unreadableChanged = true;
      return;
    }
    const opened = await openArrived(doc, state);
    if (opened) await takeArrived(doc, opened, state);
  }

  /**
   * Opens what arrived, or sets it aside on its own (too large, damaged, sealed under no key of this
   * school) and, where this tablet holds a version of that record, sends the held one again.
   */
  async function openArrived(doc: SyncDoc, state: SyncRow | undefined): Promise<OpenedDoc | null> {
    const aside = async (reason: SetAsideReason) => {
      await ledger.putAside(doc._id, reason, now());
      // What no tablet of the school could have written (damaged, oversized) is replaced by the held version.
      if (state) {
        await steps.sendHeldAgain(doc._rev, state, null);
        const { table, id } = rowOf(state);
        await ledger.record('repaired', table, id, now());
      }
      ctx.report();
      return null;
    };
    if (typeof doc.blob === 'string' && doc.blob.length > DOC_LIMIT) return aside('too-large');
    let opened: OpenedDoc;
    try {
      opened = await decodeDoc(key, doc);
    } catch (error) {
      if (error instanceof WrongKeyError) {
        // A renewal notice under a key this tablet has left behind: read when it was new, or never needed.
        // (A server that marks another document so only hides it, as withholding would: the witness sees that.)
        if (doc.notice) return null;
        // A slot of a renewed key is the renewal's business (unreadableArrived); anything else is set aside.
        if (doc.lock && doc.lock.kind !== 'rotation') return unreadableArrived(doc).then(() => null);
        // Kept to try again at the next start (a key renewed elsewhere opens it then); counted as set
        // aside unless a renewal is under way (see report). Saved once per batch: a renewal elsewhere
        // sends the whole school at once.
        if (!unreadable.has(doc._id)) {
          unreadable.add(doc._id);
          unreadableChanged = true;
        }
        return null;
      }
      if (error instanceof DamagedDocError || error instanceof SyntaxError) return aside('damaged');
      throw error;
    }
    if ((opened.table as string) === NOTICE_TABLE && opened.row) return noticeHere(doc, opened.row as unknown as RenewalNotice).then(() => null);
    // Only a tablet with the key could seal a record of a table Kring does not have: damaged, set aside.
    if (!(SYNCED_TABLES as readonly string[]).includes(opened.table)) return aside('damaged');
    if (doc.blob.length > limitFor(opened.table)) return aside('too-large');
    // It opens: whatever is done with it, it is no longer sealed under a key this tablet lacks.
    if (unreadable.delete(doc._id)) unreadableChanged = true;
    if (ledger.isAside(doc._id)) {
      await ledger.clear(doc._id);
      ctx.report();
    }
    return opened;
  }

  /** A single version arrived: taken if it carries what is held further; refused if it is older; merged if a rival. */
  async function takeArrived(doc: SyncDoc, opened: OpenedDoc, state: SyncRow | undefined): Promise<void> {
    const { table, id } = opened;
    const seen = relation(state, opened);
    if (seen === 'same') {
      await withDatabase((db) => db.syncRows.put({ ...state!, rev: doc._rev! }));
      return;
    }
    if (seen === 'earlier' || seen === 'covered') {
      // A version this tablet already had before the one it holds, served again: a rollback or a
      // replay. The held version stays and is sent again over it; the school is told. (Covered: a
      // tablet repeated a version this one already holds more of: no harm, only sent again.)
      await steps.sendHeldAgain(doc._rev, state!, opened);
      if (seen === 'earlier') await ledger.record('rolled-back', table, id, now());
      ctx.report();
      return;
    }
    const current = (await withDatabase((db) => db.table(table).get(id))) as StoredRow | undefined;
    if (seen === 'rival') {
      // Written elsewhere without seeing the version held here (a fork, or two tablets apart): both
      // versions are set side by side as two leaves and settled by the merge rules.
      if (state?.removed && !current) return removedMeetsEdit(doc, opened, state);
      return steps.pushRow(table, id, current, state, true);
    }
    // Edited here since it was last exchanged, or never exchanged and not the same (sync turned on
    // again after changes made while it was off): not overwritten, but pushed as a rival leaf and the
    // two settled (pushRow receives).
    const editedHere = current && opened.row && (state ? rowMark(table, current) !== state.mark : !(await sameContent(table, current, opened.row)));
    if (current && editedHere) return steps.pushRow(table, id, current, state);
    if (opened.removed && current && state && (await options.stillNamed?.(table, id, unsent))) {
      // Removed elsewhere while a record here named it: kept, and sent again after the removal.
      await steps.sendHeldAgain(doc._rev, state, opened, true);
      await ledger.record('deletion-undone', table, id, now());
      ctx.report();
      return;
    }
    await writeOpened(doc._id, doc._rev!, opened);
  }

  /** Whether a row was written here and not yet confirmed by the server (never sent, changed since, or waiting). */
  async function unsent(table: SyncedTable, id: string): Promise<boolean> {
    const [row, state] = await withDatabase((db) => Promise.all([db.table(table).get(id) as Promise<StoredRow | undefined>, db.syncRows.where('row').equals(rowKey(table, id)).first()]));
    if (!row) return false;
    return !state || state.mark !== rowMark(table, row) || ctx.pending.has(state.docId);
  }

  /** Writes an accepted version into Dexie (a row, or the removal of one) with what was exchanged. */
  async function writeOpened(docId: string, rev: string, opened: OpenedDoc): Promise<void> {
    const { table, id, row } = opened;
    await withDatabase((db) =>
      db.transaction('rw', db.table(table), db.syncRows, () =>
        Promise.all([
          row ? db.table(table).put(row) : db.table(table).delete(id),
          db.syncRows.put(exchanged(docId, table, id, rev, row ? rowMark(table, row) : REMOVED_MARK, opened, !row)),
        ]),
      ),
    );
    ctx.dataChanged(table, [id]);
  }

  /**
   * The document is gone from the server without a sealed removal (a bare tombstone: the server, or
   * an account, deleted it). Nothing is removed here: the held record is sent again, and the school told.
   */
  async function removedWithoutRecord(docId: string, state: SyncRow | undefined): Promise<void> {
    if (conflicts.delete(docId)) ctx.report();
    if (ledger.isAside(docId) || unreadable.has(docId)) {
      // Something unreadable that the server no longer offers: it leaves the list.
      await ledger.clear(docId);
      if (unreadable.delete(docId)) await ctx.setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
      ctx.report();
    }
    if (!state || state.rev === '') return;
    await steps.sendHeldAgain(undefined, state, null);
    if (!state.removed) await ledger.record('restored', rowOf(state).table, rowOf(state).id, now());
    ctx.report();
  }

  /**
   * A record removed here meets a rival edit from another tablet. A revoked passphrase stays revoked
   * (the removal is sent again); any other record comes back with the edit, so nothing someone wrote
   * is lost, and the school is told.
   */
  async function removedMeetsEdit(doc: SyncDoc, opened: OpenedDoc, state: SyncRow): Promise<void> {
    if (opened.table === 'keySlots' || !opened.row) {
      await steps.sendHeldAgain(doc._rev, state, opened);
      return;
    }
    await writeOpened(doc._id, doc._rev!, { ...opened, after: [...new Set([state.hash ?? '', ...opened.after])].filter(Boolean) });
    await ledger.record('deletion-undone', opened.table, opened.id, now());
    ctx.report();
  }

  /** Saves the list of documents sealed under another key, once a batch is through, and says so. */
  async function saveUnreadable(): Promise<void> {
    if (!unreadableChanged) return;
    unreadableChanged = false;
    await ctx.setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
    ctx.report();
  }

  /**
   * Many documents at once (a tablet joining, a batch from the server): the plain case, a document
   * with one version that carries what is held further and no edit waiting here, is decrypted in
   * parallel and written in one transaction per table; anything else goes through ingest() one by one,
   * and a document that cannot be read is set aside on its own, never with its batch.
   */
  async function ingestMany(docIds: readonly string[]): Promise<void> {
    for (let i = 0; i < docIds.length; i += BULK) {
      const ids = docIds.slice(i, i + BULK);
      const [found, states] = await Promise.all([local.allDocs({ keys: [...ids], include_docs: true, conflicts: true }), withDatabase((db) => db.syncRows.bulkGet([...ids]))]);
      const plain: { doc: SyncDoc; state: SyncRow | undefined }[] = [];
      const others: string[] = [];
      found.rows.forEach((r, j) => {
        const doc = r.doc as unknown as SyncDoc | undefined;
        const state = states[j];
        if (!doc || doc._conflicts?.length || conflicts.has(r.id) || ledger.isAside(r.id)) others.push(r.id);
        else if (state?.rev !== doc._rev) plain.push({ doc, state });
      });
      const decoded = await Promise.all(plain.map(async (p) => ({ ...p, opened: await decodeDoc(key, p.doc).catch(() => null) })));
      const byTable = new Map<SyncedTable, { opened: OpenedDoc; state: SyncRow }[]>();
      for (const d of decoded) {
        // Unreadable, too large, a removal, or not plainly later than what is held: one by one.
        const plainlyLater = d.opened?.row && (SYNCED_TABLES as readonly string[]).includes(d.opened.table) && d.doc.blob.length <= limitFor(d.opened.table) && relation(d.state, d.opened) === 'later';
        if (!d.opened || !plainlyLater) {
          others.push(d.doc._id);
          continue;
        }
        const { table, id, row } = d.opened;
        const list = byTable.get(table) ?? [];
        list.push({ opened: d.opened, state: exchanged(d.doc._id, table, id, d.doc._rev!, rowMark(table, row!), d.opened) });
        byTable.set(table, list);
      }
      for (const [table, list] of byTable) {
        const current = (await withDatabase((db) => db.table(table).bulkGet(list.map((l) => l.opened.id)))) as (StoredRow | undefined)[];
        const knownMarks = new Map(decoded.filter((d) => d.state).map((d) => [d.doc._id, d.state!.mark]));
        // A row here that was edited since it was last exchanged, or never exchanged, is not
        // overwritten: it is settled one by one (ingest).
        const safe = list.filter((l, j) => !current[j] || rowMark(table, current[j]!) === (knownMarks.get(l.state.docId) ?? l.state.mark));
        for (const l of list) if (!safe.includes(l)) others.push(l.state.docId);
        await withDatabase((db) =>
          db.transaction('rw', db.table(table), db.syncRows, async () => {
            await db.table(table).bulkPut(safe.map((l) => l.opened.row!));
            await db.syncRows.bulkPut(safe.map((l) => l.state));
          }),
        );
        if (safe.length > 0) ctx.dataChanged(table, safe.map((l) => l.opened.id));
        for (const l of safe) if (unreadable.delete(l.state.docId)) unreadableChanged = true;
      }
      for (const docId of others) {
        try {
          await ingest(docId);
        } catch (error) {
          // One document never stops the others: it is set aside and shown; the rest goes on.
          console.error('Kring sync: set aside', docId, error);
          await ledger.putAside(docId, 'damaged', now());
          ctx.report();
        }
      }
    }
    await saveUnreadable();
  }

  /**
   * Whether two rows hold the same record, whatever their ciphertext (sealed at different moments):
   * a tablet that turns sync on again finds its rows already on the server, and takes them as they are.
   */
  async function sameContent(table: SyncedTable, a: StoredRow, b: StoredRow): Promise<boolean> {
    if (rowMark(table, a) === rowMark(table, b)) return true;
    const store = storeOf(table);
    if (!store) return table === 'keySlots' && JSON.stringify({ ...a, createdAt: 0 }, bytesAsText) === JSON.stringify({ ...b, createdAt: 0 }, bytesAsText);
    try {
      return sameRecord(await store.open(key, a as SealedRow), await store.open(key, b as SealedRow));
    } catch {
      return false;
    }
  }

  /** A slot under a key this tablet lacks arrived before the notice that tells of it (renewal-notice.ts). */
  let slotWaitsForNotice = false;

  async function unreadableArrived(doc: SyncDoc): Promise<void> {
    // Only a slot can be of a renewed key; anything else that does not open is set aside.
    unreadable.add(doc._id);
    await ctx.setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
    if (!doc.lock || doc.lock.kind === 'rotation' || ctx.status.problem === 'key-renewed') return;
    // A slot of a renewed key, told of by a notice sealed under this tablet's key: this tablet moves
    // over once someone gives the school's passphrase (moveToRenewedKey). Without a notice it is
    // nobody's renewal (a slot the server made up or replays): set aside, and sync goes on.
    if (await announcedRenewal()) keyRenewed();
    else {
      slotWaitsForNotice = true;
      ctx.report();
    }
  }

  function keyRenewed() {
    ctx.status.problem = 'key-renewed';
    ctx.report();
    options.onKeyRenewedElsewhere();
  }

  /** A notice of a renewal on another tablet: kept (renewal-notice.ts), and acted on once its slots are here. */
  async function noticeHere(doc: SyncDoc, notice: RenewalNotice): Promise<void> {
    const told = await noticeArrived(notice);
    await withDatabase((db) => db.syncRows.put({ docId: doc._id, row: `~notice/${notice.id}`, rev: doc._rev!, mark: '' }));
    if (told && slotWaitsForNotice && ctx.status.problem !== 'key-renewed') keyRenewed();
  }

  return { ingest, ingestMany, writeOpened, unreadableArrived, saveUnreadable };
}

const bytesAsText = (_key: string, value: unknown) => (value instanceof Uint8Array ? Array.from(value).join(',') : value);
