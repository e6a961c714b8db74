import type PouchDB from './pouchdb';
import { sameRecord, versionThatHoldsAll, type AnyRecord } from '../../domain/transfer/merge';
import type { RecordTable } from '../../domain/transfer/archive';
import { recordTables } from '../../domain/transfer/archive';
import { WrongKeyError, type DataKey } from '../crypto/cipher';
import { toHex } from '../crypto/encoding';
import { database, withDatabase } from '../connection';
import type { SealedRow } from '../db';
import { recordStores } from '../stores';
import { withOtherJudgements, type Melding } from '../../domain/melding';
import { onRowsChanged, SYNCED_TABLES, type RowChange, type SyncedTable } from './changed-rows';
import { localReplica, remoteDatabase, schoolIdKey } from './replica';
import { DamagedDocError, decodeDoc, docIdFor, encodeDoc, encodeRemoval, rowMark, type OpenedDoc, type StoredRow, type SyncDoc } from './sync-docs';
import type { ServerDetails } from './server-check';
import { META_PENDING, META_SEQ, META_UNREADABLE, rowKey, type SyncRow } from './sync-rows';
import { holdsAll, nextLineage, relation, versionHash, type Held, type Lineage } from './sync-lineage';
import { DOC_LIMIT, ROW_LIMIT, openGuardLedger, type Guarded, type SetAside, type SetAsideReason } from './guard-ledger';
import { mergeZaken } from '../../domain/case/zaak-merge';
import type { Zaak } from '../../domain/case/zaak';

/**
 * The one module that moves sealed rows between Kring's store (Dexie) and the school's CouchDB.
 *
 * Why this shape: Dexie stays the app's store, so every screen works as before and offline. A local
 * PouchDB holds the replicated documents (ciphertext only) and speaks CouchDB's replication protocol
 * with the server: resuming after a network gap, checkpoints and conflict revisions are PouchDB's and
 * CouchDB's, not ours. Between the two this module does two things:
 *  - push: every committed write to a synced table (told by the middleware in changed-rows.ts, and by
 *    a full comparison at start, which catches anything missed) becomes a new revision of that row's
 *    document; a removed row becomes a tombstone, which carries no content;
 *  - ingest: every document the local PouchDB receives is opened and written into Dexie, unless
 *    Dexie already holds exactly it.
 * A row edited here while another tablet's edit was on its way becomes a second leaf of the same
 * document (a CouchDB conflict), never an overwrite. Conflicts are settled by Kring's merge rules: the
 * version that holds all others stays, held zaken merge as a union (zaak-merge.ts), and only rival
 * edits of other records wait for a person's choice; until then every version is kept.
 *
 * The server is trusted with nothing, integrity included. Which version is newer is told by the
 * sealed lineage inside each version (sync-lineage.ts), not by CouchDB's revision tree, which the
 * server controls: an older version served as new is refused and the held one sent again; a bare
 * tombstone deletes nothing (the record is restored and sent again); removals travel only as sealed
 * removals. A document that cannot be read is set aside on its own and shown (guard-ledger.ts).
 */

export type SyncProblem = 'unreachable' | 'wrong-account' | 'no-rights' | 'server-full' | 'server-error' | 'key-renewed' | 'could-not-start';

export interface SyncStatus {
  /** connecting: started, nothing heard yet; synced: nothing waits; waiting: changes wait for the server. */
  state: 'connecting' | 'synced' | 'waiting';
  lastSyncedAt: string | null;
  pending: number;
  problem: SyncProblem | null;
  conflicts: SyncConflict[];
  /** Documents from the server that could not be read, each left out on its own; never "synced" while any is. */
  setAside?: SetAside[];
  /** What the server tried and this tablet undid (a removal, an older version), newest first. */
  guarded?: Guarded[];
}

export interface SyncConflict {
  docId: string;
  table: RecordTable | 'school';
  id: string;
  /** Every version still kept, CouchDB's current winner first. */
  /** `here`: the version this tablet had (its own edit, or the last it received). */
  versions: { rev: string; record: AnyRecord; here: boolean }[];
}

export interface SyncEngine {
  stop(): Promise<void>;
  /** Keeps `rev` of a conflicted document and removes every other version. */
  choose(docId: string, rev: string): Promise<void>;
  /** Pushes and ingests once more now (the network came back, or a test asks). */
  nudge(): void;
  /** Resolves once every push and ingest asked for so far is done. */
  flush(): Promise<void>;
}

export interface EngineOptions {
  key: DataKey;
  details: ServerDetails;
  origin: string;
  /** The replica and the server; by default this tablet's replica and the school's CouchDB (tests pass their own). */
  local?: PouchDB.Database;
  remote?: PouchDB.Database;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  /** Rows changed in Dexie because of another tablet, per table (null: look at the whole table): screens read them again. */
  onDataChanged: (changes: Map<SyncedTable, string[] | null>) => void;
  /** A document sealed under a key this tablet does not have: the key was renewed on another tablet. */
  onKeyRenewedElsewhere: () => void;
  /**
   * Whether a record this tablet has not yet sent names this one (an incident logged here about a
   * pupil another tablet removed meanwhile, not knowing of it): its removal is then undone, so
   * nothing reads "Onbekende leerling". `unsent` tells whether a row is one of those.
   */
  stillNamed?: (table: SyncedTable, id: string, unsent: (table: SyncedTable, id: string) => Promise<boolean>) => Promise<boolean>;
}

/** The mark of a row that was removed: matches no row, so a row written again is sent. */
const REMOVED_MARK = '~removed';

const versionHashOf = (doc: Pick<SyncDoc, 'blob'>) => versionHash(doc.blob);

/** Rows per bulk write to the replica or to Dexie: large enough to be quick, small enough to keep the page responsive. */
const BULK = 500;

export async function startSync(options: EngineOptions): Promise<SyncEngine> {
  const { key, now } = options;
  // Read when first needed: a tablet that is joining has no school record until it has ingested one.
  let idKeyRead: Promise<CryptoKey> | null = null;
  const idKey = () => (idKeyRead ??= schoolIdKey(key));
  const local = options.local ?? localReplica();
  const remote = options.remote ?? remoteDatabase(options.details, options.origin);
  const ledger = await openGuardLedger();

  let stopped = false;
  const meta = async (name: string) => (await withDatabase((db) => db.syncRows.get(name)))?.mark ?? '';
  const setMeta = (name: string, value: string) => withDatabase((db) => db.syncRows.put({ docId: name, row: name, rev: '', mark: value }));
  const pending = new Set<string>(JSON.parse((await meta(META_PENDING)) || '[]') as string[]);
  const unreadable = new Set<string>(JSON.parse((await meta(META_UNREADABLE)) || '[]') as string[]);
  const status: SyncStatus = { state: 'connecting', lastSyncedAt: null, pending: pending.size, problem: null, conflicts: [] };
  const conflicts = new Map<string, SyncConflict>();
  const report = () => {
    if (stopped) return;
    // Sealed under a key this tablet does not have: expected while a renewal elsewhere waits for the
    // school's passphrase; otherwise something no tablet of the school can read.
    const sealedElsewhere = status.problem === 'key-renewed' ? [] : [...unreadable].map((docId) => ({ docId, reason: 'unreadable' as const, at: '' }));
    const setAside = [...ledger.setAside(), ...sealedElsewhere];
    // Never "synced" while something the server sent is set aside: the school must look at it.
    const state = status.state === 'synced' && setAside.length > 0 ? 'waiting' : status.state;
    options.onStatus({ ...status, state, pending: pending.size, conflicts: [...conflicts.values()], setAside, guarded: ledger.guarded() });
  };
  const savePending = () => setMeta(META_PENDING, JSON.stringify([...pending]));

  // Every push and ingest runs one after another: a row is never pushed and ingested at once.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(() => (stopped ? (undefined as T) : work()));
    queue = next.catch((error: unknown) => console.error('Kring sync:', error));
    return next;
  };

  // What changed, gathered for a moment: a batch of a thousand rows is one reload, not a thousand.
  const changedRows = new Map<SyncedTable, Set<string> | null>();
  let changedTimer: ReturnType<typeof setTimeout> | null = null;
  const dataChanged = (table: SyncedTable, ids: readonly string[] | null) => {
    const known = changedRows.get(table);
    if (ids === null || known === null) changedRows.set(table, null);
    else changedRows.set(table, new Set([...(known ?? []), ...ids]));
    changedTimer ??= setTimeout(() => {
      changedTimer = null;
      const changes = new Map([...changedRows].map(([t, set]) => [t, set ? [...set] : null] as const));
      changedRows.clear();
      if (!stopped) options.onDataChanged(changes);
    }, 30);
  };

  // ---- push: Dexie → local PouchDB ------------------------------------------------------------

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

  /** What is recorded of a version once it is exchanged: its revision, the row's mark and its lineage. */
  const exchanged = (docId: string, table: SyncedTable, id: string, rev: string, mark: string, version: Lineage & { hash: string }, removed = false): SyncRow => ({
    docId,
    row: rowKey(table, id),
    rev,
    mark,
    ver: version.v,
    hash: version.hash,
    after: version.after,
    ...(version.of ? { of: version.of } : {}),
    ...(removed ? { removed: true } : {}),
  });

  /** A row sealed as the next version of what is held (its lineage following the held one). */
  async function sealNext(docId: string, table: SyncedTable, row: StoredRow, state: Held | undefined, joined: readonly OpenedDoc[] = [], repeats?: string) {
    const lineage = { ...nextLineage(state, joined), ...(repeats ? { of: repeats } : {}) };
    const doc = await encodeDoc(key, docId, table, row, lineage);
    return { doc, version: { ...lineage, hash: await versionHashOf(doc) } };
  }

  async function pushBatch(table: SyncedTable, batch: { id: string; row: StoredRow; state: SyncRow | undefined; mark: string }[]): Promise<void> {
    const hmacKey = await idKey();
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
    await savePending();
    report();
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
    const docId = state?.docId ?? (await docIdFor(await idKey(), table, id));
    // Unchanged here and set against a rival: the held version sent again, saying so.
    const repeats = state?.mark === mark && !state.removed && state.hash ? (state.of ?? state.hash) : undefined;
    const { doc, version } = await sealNext(docId, table, row, state, [], repeats);
    let rev: string;
    try {
      rev = (await local.put({ ...doc, ...(state?.rev ? { _rev: state.rev } : {}) } as PouchDB.Doc)).rev;
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
      // Another tablet's version arrived since this row was last exchanged: both are kept, as two
      // leaves of one document (a conflict), and settled when the arrival is ingested.
      rev = await addSibling(doc, state?.rev);
      await withDatabase((db) => db.syncRows.put(exchanged(docId, table, id, rev, mark, version)));
      pending.add(docId);
      return ingest(docId);
    }
    await withDatabase((db) => db.syncRows.put(exchanged(docId, table, id, rev, mark, version)));
    pending.add(docId);
    await savePending();
    report();
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
      if ((error as { status?: number }).status !== 404) throw error;
    }
    const lineage = nextLineage(state);
    const doc = await encodeRemoval(key, state.docId, table, id, { at: now().toISOString() }, lineage);
    const version = { ...lineage, hash: await versionHashOf(doc) };
    const rev = (await local.put({ ...doc, ...(current?._rev ? { _rev: current._rev } : {}) } as PouchDB.Doc)).rev;
    for (const other of current?._conflicts ?? []) await local.remove(state.docId, other);
    await withDatabase((db) => db.syncRows.put(exchanged(state.docId, table, id, rev, REMOVED_MARK, version, true)));
    pending.add(state.docId);
    await savePending();
  }

  // ---- ingest: local PouchDB → Dexie -----------------------------------------------------------

  /** Documents found sealed under another key since the list was last saved (see saveUnreadable). */
  let unreadableChanged = false;

  async function ingest(docId: string): Promise<void> {
    let doc: SyncDoc | null;
    try {
      doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      doc = null;
    }
    const state = await withDatabase((db) => db.syncRows.get(docId));
    if (!doc) return removedWithoutRecord(docId, state);
    if (doc._conflicts?.length) return settleConflict(doc, state);
    // Settled (here or on another tablet): no longer a choice to offer.
    if (conflicts.delete(docId)) report();
    if (state?.rev === doc._rev) {
      if (ledger.isAside(docId)) await ledger.clear(docId).then(report);
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
        await sendHeldAgain(doc._rev, state, null);
        const [table, ...rest] = state.row.split('/') as [SyncedTable, ...string[]];
        await ledger.record('repaired', table, rest.join('/'), now());
      }
      report();
      return null;
    };
    if (typeof doc.blob === 'string' && doc.blob.length > DOC_LIMIT) return aside('too-large');
    let opened: OpenedDoc;
    try {
      opened = await decodeDoc(key, doc);
    } catch (error) {
      if (error instanceof WrongKeyError) {
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
    if (opened.table !== 'photos' && doc.blob.length > ROW_LIMIT) return aside('too-large');
    // It opens: whatever is done with it, it is no longer sealed under a key this tablet lacks.
    if (unreadable.delete(doc._id)) unreadableChanged = true;
    if (ledger.isAside(doc._id)) {
      await ledger.clear(doc._id);
      report();
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
      await sendHeldAgain(doc._rev, state!, opened);
      if (seen === 'earlier') await ledger.record('rolled-back', table, id, now());
      report();
      return;
    }
    const current = (await withDatabase((db) => db.table(table).get(id))) as StoredRow | undefined;
    if (seen === 'rival') {
      // Written elsewhere without seeing the version held here (a fork, or two tablets apart): both
      // versions are set side by side as two leaves and settled by the merge rules.
      if (state?.removed && !current) return removedMeetsEdit(doc, opened, state);
      return pushRow(table, id, current, state, true);
    }
    // Edited here since it was last exchanged, or never exchanged and not the same (sync turned on
    // again after changes made while it was off): not overwritten, but pushed as a rival leaf and the
    // two settled (pushRow ingests).
    const editedHere = current && opened.row && (state ? rowMark(table, current) !== state.mark : !(await sameContent(table, current, opened.row)));
    if (current && editedHere) return pushRow(table, id, current, state);
    if (opened.removed && current && state && (await options.stillNamed?.(table, id, unsent))) {
      // Removed elsewhere while a record here named it: kept, and sent again after the removal.
      await sendHeldAgain(doc._rev, state, opened, true);
      await ledger.record('deletion-undone', table, id, now());
      report();
      return;
    }
    await writeOpened(doc._id, doc._rev!, opened);
  }

  /** Whether a row was written here and not yet confirmed by the server (never sent, changed since, or waiting). */
  async function unsent(table: SyncedTable, id: string): Promise<boolean> {
    const [row, state] = await withDatabase((db) => Promise.all([db.table(table).get(id) as Promise<StoredRow | undefined>, db.syncRows.where('row').equals(rowKey(table, id)).first()]));
    if (!row) return false;
    return !state || state.mark !== rowMark(table, row) || pending.has(state.docId);
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
    dataChanged(table, [id]);
  }

  /**
   * Sends the version this tablet holds again, as the next version over `overRev` (what the server
   * made current): the row as it is here, or its removal. Nothing to send when the row is not here.
   */
  async function sendHeldAgain(overRev: string | undefined, state: SyncRow, arrived: OpenedDoc | null, overrule = false): Promise<void> {
    const [table, ...rest] = state.row.split('/') as [SyncedTable, ...string[]];
    const id = rest.join('/');
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
      // Something else arrived meanwhile: it is ingested in its turn, and judged against what is held.
      if ((error as { status?: number }).status === 409) return;
      throw error;
    }
    await withDatabase((db) => db.syncRows.put(exchanged(state.docId, table, id, rev, row ? rowMark(table, row) : REMOVED_MARK, version, !row)));
    pending.add(state.docId);
    await savePending();
  }

  /**
   * The document is gone from the server without a sealed removal (a bare tombstone: the server, or
   * an account, deleted it). Nothing is removed here: the held record is sent again, and the school told.
   */
  async function removedWithoutRecord(docId: string, state: SyncRow | undefined): Promise<void> {
    if (conflicts.delete(docId)) report();
    if (ledger.isAside(docId) || unreadable.has(docId)) {
      // Something unreadable that the server no longer offers: it leaves the list.
      await ledger.clear(docId);
      if (unreadable.delete(docId)) await setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
      report();
    }
    if (!state || state.rev === '') return;
    const [table, ...rest] = state.row.split('/') as [SyncedTable, ...string[]];
    await sendHeldAgain(undefined, state, null);
    if (!state.removed) await ledger.record('restored', table, rest.join('/'), now());
    report();
  }

  /**
   * A record removed here meets a rival edit from another tablet. A revoked passphrase stays revoked
   * (the removal is sent again); any other record comes back with the edit, so nothing someone wrote
   * is lost, and the school is told.
   */
  async function removedMeetsEdit(doc: SyncDoc, opened: OpenedDoc, state: SyncRow): Promise<void> {
    if (opened.table === 'keySlots' || !opened.row) {
      await sendHeldAgain(doc._rev, state, opened);
      return;
    }
    await writeOpened(doc._id, doc._rev!, { ...opened, after: [...new Set([state.hash ?? '', ...opened.after])].filter(Boolean) });
    await ledger.record('deletion-undone', opened.table, opened.id, now());
    report();
  }

  /** Saves the list of documents sealed under another key, once a batch is through, and says so. */
  async function saveUnreadable(): Promise<void> {
    if (!unreadableChanged) return;
    unreadableChanged = false;
    await setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
    report();
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
        const plainlyLater = d.opened?.row && d.doc.blob.length <= (d.opened.table === 'photos' ? DOC_LIMIT : ROW_LIMIT) && relation(d.state, d.opened) === 'later';
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
        if (safe.length > 0) dataChanged(table, safe.map((l) => l.opened.id));
        for (const l of safe) if (unreadable.delete(l.state.docId)) unreadableChanged = true;
      }
      for (const docId of others) {
        try {
          await ingest(docId);
        } catch (error) {
          // One document never stops the others: it is set aside and shown; the rest goes on.
          console.error('Kring sync: set aside', docId, error);
          await ledger.putAside(docId, 'damaged', now());
          report();
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

  async function unreadableArrived(doc: SyncDoc): Promise<void> {
    // Only a slot can announce a renewed key; anything else that does not open is set aside.
    unreadable.add(doc._id);
    await setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
    if (doc.lock && doc.lock.kind !== 'rotation' && status.problem !== 'key-renewed') {
      // A slot of a renewed key: this tablet moves over once someone gives the school's passphrase
      // (moveToRenewedKey); until then it works on under the old key and sends nothing.
      status.problem = 'key-renewed';
      report();
      options.onKeyRenewedElsewhere();
    }
  }

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
    if (found === 'renewed') return unreadableArrived(doc);
    // A leaf that another leaf (or the version held here) already carries further is no rival: it
    // is closed. One that is older than what is held was served again: that is said.
    const earlier = found.filter((v) => ['earlier', 'covered'].includes(relation(state, v)) || found.some((o) => o !== v && holdsAll(o, v)));
    const rivals = found.filter((v) => !earlier.includes(v));
    if (earlier.some((v) => relation(state, v) === 'earlier' && v.hash !== state?.hash)) await ledger.record('rolled-back', found[0]!.table, found[0]!.id, now());
    for (const v of earlier) await local.remove(doc._id, v.rev);
    if (rivals.length === 0) return state ? sendHeldAgain(undefined, state, null) : undefined;
    if (rivals.length === 1) return keep(doc._id, rivals[0]!.rev);
    const { table, id } = rivals[0]!;
    // A removal against an edit: a revoked passphrase stays revoked; any other record stays, with the edit.
    const removals = rivals.filter((v) => !v.row);
    if (removals.length > 0) {
      const survivors = table === 'keySlots' ? removals : rivals.filter((v) => v.row);
      if (table !== 'keySlots') await ledger.record('deletion-undone', table, id, now());
      for (const v of rivals.filter((r) => !survivors.includes(r))) await local.remove(doc._id, v.rev);
      return survivors.length === 1 ? keep(doc._id, survivors[0]!.rev) : ingest(doc._id);
    }
    const versions = rivals as (OpenedDoc & { rev: string; row: StoredRow })[];
    const store = storeOf(table);
    if (!store) return keep(doc._id, versions[0]!.rev); // photos, slots, the deletion log: never edited, CouchDB's winner
    const records = await Promise.all(versions.map((v) => store.open(key, v.row as SealedRow) as Promise<AnyRecord>));
    // Judged apart, one judgement opening a zaak: it stands, and the others are kept inside the record.
    const judged = table === 'meldingen' ? withOtherJudgements(records as Melding[]) : null;
    if (judged) return keepMerged(doc, 'meldingen', judged, versions, state);
    const winner = table === 'school' ? (records.every((r) => sameRecord(r, records[0])) ? 0 : null) : versionThatHoldsAll(table as RecordTable, records);
    if (winner !== null) return keep(doc._id, versions[winner]!.rev, versions);
    // Held things merge as a union: a zaak holds every conversation held on either tablet.
    const merged = table === 'zaken' ? mergeZaken(records as Zaak[]) : null;
    if (merged) return keepMerged(doc, 'zaken', merged, versions, state);
    conflicts.set(doc._id, { docId: doc._id, table: table as RecordTable | 'school', id, versions: versions.map((v, i) => ({ rev: v.rev, record: records[i]!, here: v.rev === state?.rev })) });
    // Until someone chooses, this tablet goes on showing its own version (or the winner, if it had none).
    if (!state) await writeOpened(doc._id, versions[0]!.rev, versions[0]!);
    report();
  }

  /**
   * Settles a conflict with a record that holds every version (withOtherJudgements, mergeZaken):
   * sealed as the next version after all of them, written over the current winner, the other leaves
   * closed. Tablets doing this at once write the same record, whose versions then settle as identical.
   */
  async function keepMerged(doc: SyncDoc, table: 'meldingen' | 'zaken', record: AnyRecord, versions: readonly OpenedDoc[], state: SyncRow | undefined): Promise<void> {
    const row = (await recordStores[table].seal(key, record as never)) as StoredRow;
    const { doc: sealed, version } = await sealNext(doc._id, table, row, state, versions);
    const written = await local.put({ ...sealed, _rev: doc._rev } as PouchDB.Doc);
    for (const other of doc._conflicts ?? []) await local.remove(doc._id, other);
    await withDatabase((db) =>
      db.transaction('rw', db.table(table), db.syncRows, () => Promise.all([db.table(table).put(row), db.syncRows.put(exchanged(doc._id, table, record.id, written.rev, rowMark(table, row), version))])),
    );
    pending.add(doc._id);
    await savePending();
    conflicts.delete(doc._id);
    dataChanged(table, [record.id]);
    report();
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
      const { doc: sealed, version } = await sealNext(docId, opened.table, opened.row, { ver: opened.v, hash: opened.hash, after: opened.after, of: opened.of }, past);
      const written = await local.put({ ...sealed, _rev: rev } as PouchDB.Doc);
      await writeOpened(docId, written.rev, { ...opened, ...version });
    } else await writeOpened(docId, rev, opened);
    for (const other of others) await local.remove(docId, other);
    conflicts.delete(docId);
    pending.add(docId);
    await savePending();
    report();
  }

  /**
   * The replication says it is idle; "gesynchroniseerd" is said only once the server is asked and has
   * every revision this tablet wrote (an idle replication may also be one that has not noticed the
   * network is gone).
   */
  async function confirmSynced(): Promise<void> {
    try {
      const ids = [...pending];
      if (ids.length > 0) {
        const revs = await local.allDocs({ keys: ids });
        const wanted: Record<string, string[]> = {};
        for (const row of revs.rows) if (row.value) wanted[row.id] = [row.value.rev];
        const missing = await remote.revsDiff(wanted);
        for (const id of ids) if (!missing[id]?.missing?.length) pending.delete(id);
        await savePending();
      } else await remote.info();
      status.problem = null;
      // Never "synced" while something the server sent is set aside: the school must look at it.
      const clear = pending.size === 0 && ledger.setAside().length === 0;
      status.state = clear ? 'synced' : 'waiting';
      if (clear) status.lastSyncedAt = now().toISOString();
    } catch (error) {
      status.problem = problemOf(error);
      status.state = 'waiting';
    }
    report();
  }

  // ---- replication with the server ---------------------------------------------------------------

  // What the replication brought in is ingested as it arrives. (Not through a live changes feed on the
  // replica: PouchDB ends those when another instance of the same database closes, silently.)
  let onIncoming: (docIds: string[]) => void = () => undefined;
  let replication: PouchDB.Replication | null = null;
  function replicate() {
    replication?.cancel();
    replication = local
      .sync(remote, {
        live: true,
        retry: true,
        batch_size: 200,
        // Back soon after a gap: a playground without network for a minute should not wait ten.
        back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 15_000)),
      })
      .on('change', (info) => {
        if (info.direction === 'push') {
          for (const doc of info.change.docs) pending.delete(doc._id);
          void savePending();
        } else onIncoming(info.change.docs.map((doc) => doc._id));
        status.problem = null;
        report();
      })
      .on('paused', (error?: unknown) => {
        if (error) {
          status.problem = problemOf(error);
          status.state = 'waiting';
          report();
        } else void serially(confirmSynced);
      })
      .on('active', () => {
        if (status.problem === 'unreachable') status.problem = null;
        report();
      })
      .on('denied', () => {
        status.problem = 'no-rights';
        report();
      })
      .on('error', (error: unknown) => {
        status.problem = problemOf(error);
        status.state = 'waiting';
        report();
      });
  }

  // First what reached the replica since the last session (all of it, on a tablet that is joining),
  // then whatever was written here meanwhile (locked, another tab, a crash), found by comparing.
  // Stored as text; the replica's sequence is a number, and IndexedDB orders any text after every number.
  const savedSeq = await meta(META_SEQ);
  const caught = (await local.changes({ since: /^\d+$/.test(savedSeq) ? Number(savedSeq) : savedSeq || 0, return_docs: true })) as unknown as { results: PouchDB.Change[]; last_seq: number | string };
  await serially(async () => {
    await ingestMany(caught.results.map((change) => change.id));
    await setMeta(META_SEQ, String(caught.last_seq));
    await ingestMany([...new Set([...unreadable, ...ledger.setAside().map((a) => a.docId)])]);
    report();
    for (const table of SYNCED_TABLES) await pushRows(table, null);
  });
  onIncoming = (docIds) => void serially(() => ingestMany(docIds));
  onRowsChanged((change: RowChange) => void serially(() => pushRows(change.table, change.ids)));
  replicate();
  const online = () => replicate();
  globalThis.addEventListener?.('online', online);
  report();

  return {
    async stop() {
      stopped = true;
      onRowsChanged(null);
      globalThis.removeEventListener?.('online', online);
      replication?.cancel();
      await queue.catch(() => undefined);
      await saveUnreadable();
      // The replica stays open (see localReplica); the remote's connection is only HTTP.
    },
    choose: (docId, rev) =>
      serially(async () => {
        const doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
        const versions = doc._conflicts?.length ? await versionsOf(doc) : [];
        await keep(docId, rev, versions === 'renewed' ? [] : versions);
      }),
    nudge: () => replicate(),
    flush: () => serially(() => Promise.resolve()),
  };
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

/** The store that opens a table's records, for the tables people edit; photos, slots and the log have none. */
function storeOf(table: SyncedTable) {
  return (recordTables as string[]).includes(table) || table === 'school' ? recordStores[table as RecordTable | 'school'] : null;
}

const bytesAsText = (_key: string, value: unknown) => (value instanceof Uint8Array ? Array.from(value).join(',') : value);

function problemOf(error: unknown): SyncProblem {
  const status = (error as { status?: number }).status;
  if (status === 401) return 'wrong-account';
  if (status === 403) return 'no-rights';
  if (status === 413 || status === 507) return 'server-full';
  if (status !== undefined && status >= 500 && status !== 502 && status !== 503 && status !== 504) return 'server-error';
  return 'unreachable';
}
