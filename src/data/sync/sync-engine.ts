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
import { decodeDoc, docIdFor, encodeDoc, rowMark, type StoredRow, type SyncDoc } from './sync-docs';
import type { ServerDetails } from './server-check';
import { META_PENDING, META_SEQ, META_UNREADABLE, rowKey, type SyncRow } from './sync-rows';

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
 * document (a CouchDB conflict), never an overwrite. Conflicts are settled only by removing leaves:
 * the version that holds all others stays (Kring's merge rules), or, for rival edits, the one a
 * person chose; until then every version is kept, on every tablet and on the server.
 */

export type SyncProblem = 'unreachable' | 'wrong-account' | 'no-rights' | 'server-full' | 'server-error' | 'key-renewed' | 'could-not-start';

export interface SyncStatus {
  /** connecting: started, nothing heard yet; synced: nothing waits; waiting: changes wait for the server. */
  state: 'connecting' | 'synced' | 'waiting';
  lastSyncedAt: string | null;
  pending: number;
  problem: SyncProblem | null;
  conflicts: SyncConflict[];
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
}

export interface EngineOptions {
  key: DataKey;
  details: ServerDetails;
  origin: string;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  /** Rows changed in Dexie because of another tablet, per table (null: look at the whole table): screens read them again. */
  onDataChanged: (changes: Map<SyncedTable, string[] | null>) => void;
  /** A document sealed under a key this tablet does not have: the key was renewed on another tablet. */
  onKeyRenewedElsewhere: () => void;
}

/** Rows per bulk write to the replica or to Dexie: large enough to be quick, small enough to keep the page responsive. */
const BULK = 500;

export async function startSync(options: EngineOptions): Promise<SyncEngine> {
  const { key, now } = options;
  // Read when first needed: a tablet that is joining has no school record until it has ingested one.
  let idKeyRead: Promise<CryptoKey> | null = null;
  const idKey = () => (idKeyRead ??= schoolIdKey(key));
  const local = localReplica();
  const remote = remoteDatabase(options.details, options.origin);

  let stopped = false;
  const meta = async (name: string) => (await withDatabase((db) => db.syncRows.get(name)))?.mark ?? '';
  const setMeta = (name: string, value: string) => withDatabase((db) => db.syncRows.put({ docId: name, row: name, rev: '', mark: value }));
  const pending = new Set<string>(JSON.parse((await meta(META_PENDING)) || '[]') as string[]);
  const unreadable = new Set<string>(JSON.parse((await meta(META_UNREADABLE)) || '[]') as string[]);
  const status: SyncStatus = { state: 'connecting', lastSyncedAt: null, pending: pending.size, problem: null, conflicts: [] };
  const conflicts = new Map<string, SyncConflict>();
  const report = () => {
    if (stopped) return;
    options.onStatus({ ...status, pending: pending.size, conflicts: [...conflicts.values()] });
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

  async function pushBatch(table: SyncedTable, batch: { id: string; row: StoredRow; state: SyncRow | undefined; mark: string }[]): Promise<void> {
    const hmacKey = await idKey();
    const docs = await Promise.all(
      batch.map(async (b) => {
        const docId = b.state?.docId ?? (await docIdFor(hmacKey, table, b.id));
        return { ...b, docId, doc: { ...(await encodeDoc(key, docId, table, b.row)), ...(b.state?.rev ? { _rev: b.state.rev } : {}) } };
      }),
    );
    const results = (await local.bulkDocs(docs.map((d) => d.doc as PouchDB.Doc))) as { ok?: boolean; rev?: string; status?: number; error?: unknown }[];
    const written: SyncRow[] = [];
    const rivals: typeof docs = [];
    results.forEach((result, i) => {
      const d = docs[i]!;
      if (result.ok && result.rev) written.push({ docId: d.docId, row: rowKey(table, d.id), rev: result.rev, mark: d.mark });
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

  async function pushRow(table: SyncedTable, id: string, row: StoredRow | undefined, state: SyncRow | undefined): Promise<void> {
    if (!row) {
      if (state) await removeDocument(state.docId);
      await withDatabase((db) => (state ? db.syncRows.delete(state.docId) : Promise.resolve()));
      return;
    }
    const mark = rowMark(table, row);
    if (state?.mark === mark) return;
    const docId = state?.docId ?? (await docIdFor(await idKey(), table, id));
    const doc = await encodeDoc(key, docId, table, row);
    let rev: string;
    try {
      rev = (await local.put({ ...doc, ...(state?.rev ? { _rev: state.rev } : {}) } as PouchDB.Doc)).rev;
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
      // Another tablet's version arrived since this row was last exchanged: both are kept, as two
      // leaves of one document (a conflict), and settled when the arrival is ingested.
      rev = await addSibling(doc, state?.rev);
      await withDatabase((db) => db.syncRows.put({ docId, row: rowKey(table, id), rev, mark }));
      pending.add(docId);
      return ingest(docId);
    }
    await withDatabase((db) => db.syncRows.put({ docId, row: rowKey(table, id), rev, mark }));
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

  /** A tombstone on every leaf: a removal must not let an older rival version come back. */
  async function removeDocument(docId: string): Promise<void> {
    let current;
    try {
      current = await local.get(docId, { conflicts: true });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return;
      throw error;
    }
    for (const rev of [current._rev, ...(current._conflicts ?? [])]) await local.remove(docId, rev);
    pending.add(docId);
    await savePending();
  }

  // ---- ingest: local PouchDB → Dexie -----------------------------------------------------------

  async function ingest(docId: string): Promise<void> {
    let doc: SyncDoc | null;
    try {
      doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      doc = null;
    }
    const state = await withDatabase((db) => db.syncRows.get(docId));
    if (!doc) {
      // Deleted everywhere: the row goes here too, with what was known of it.
      if (conflicts.delete(docId)) report();
      if (!state) return;
      const [table, ...rest] = state.row.split('/');
      await withDatabase((db) => db.transaction('rw', db.table(table!), db.syncRows, () => Promise.all([db.table(table!).delete(rest.join('/')), db.syncRows.delete(docId)])));
      dataChanged(table as SyncedTable, [rest.join('/')]);
      return;
    }
    if (doc._conflicts?.length) return settleConflict(doc, state);
    // Settled (here or on another tablet): no longer a choice to offer.
    if (conflicts.delete(docId)) report();
    if (state?.rev === doc._rev) return;
    let decoded;
    try {
      decoded = await decodeDoc(key, doc);
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
      return unreadableArrived(doc);
    }
    const { table, row } = decoded;
    const current = (await withDatabase((db) => db.table(table).get(row.id))) as StoredRow | undefined;
    // Edited here since it was last exchanged, or never exchanged and not the same (sync turned on
    // again after changes made while it was off): not overwritten, but pushed as a rival leaf and the
    // two settled (pushRow ingests).
    const editedHere = current && (state ? rowMark(table, current) !== state.mark : !(await sameContent(table, current, row)));
    if (current && editedHere) {
      return pushRow(table, row.id, current, state);
    }
    await withDatabase((db) => db.transaction('rw', db.table(table), db.syncRows, () => Promise.all([db.table(table).put(row), db.syncRows.put({ docId, row: rowKey(table, row.id), rev: doc._rev!, mark: rowMark(table, row) })])));
    if (unreadable.delete(docId)) await setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
    dataChanged(table, [row.id]);
  }

  /**
   * Many documents at once (a tablet joining, a batch from the server): the plain case, a document
   * with one version and no edit waiting here, is decrypted in parallel and written in one
   * transaction per table; anything else goes through ingest() one by one.
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
        if (!doc || doc._conflicts?.length || conflicts.has(r.id)) others.push(r.id);
        else if (state?.rev !== doc._rev) plain.push({ doc, state });
      });
      const decoded = await Promise.all(plain.map(async (p) => ({ ...p, opened: await decodeDoc(key, p.doc).catch((e: unknown) => (e instanceof WrongKeyError ? null : Promise.reject(e))) })));
      const byTable = new Map<SyncedTable, { row: StoredRow; state: SyncRow }[]>();
      for (const d of decoded) {
        if (!d.opened) {
          others.push(d.doc._id);
          continue;
        }
        const list = byTable.get(d.opened.table) ?? [];
        list.push({ row: d.opened.row, state: { docId: d.doc._id, row: rowKey(d.opened.table, d.opened.row.id), rev: d.doc._rev!, mark: rowMark(d.opened.table, d.opened.row) } });
        byTable.set(d.opened.table, list);
      }
      for (const [table, list] of byTable) {
        const current = (await withDatabase((db) => db.table(table).bulkGet(list.map((l) => l.row.id)))) as (StoredRow | undefined)[];
        const knownMarks = new Map(decoded.filter((d) => d.state).map((d) => [d.doc._id, d.state!.mark]));
        // A row here that was edited since it was last exchanged, or never exchanged, is not
        // overwritten: it is settled one by one (ingest).
        const safe = list.filter((l, j) => !current[j] || rowMark(table, current[j]!) === (knownMarks.get(l.state.docId) ?? l.state.mark));
        for (const l of list) if (!safe.includes(l)) others.push(l.state.docId);
        await withDatabase((db) => db.transaction('rw', db.table(table), db.syncRows, async () => {
          await db.table(table).bulkPut(safe.map((l) => l.row));
          await db.syncRows.bulkPut(safe.map((l) => l.state));
        }));
        if (safe.length > 0) dataChanged(table, safe.map((l) => l.row.id));
        if (safe.some((l) => unreadable.delete(l.state.docId))) await setMeta(META_UNREADABLE, JSON.stringify([...unreadable]));
      }
      for (const docId of others) await ingest(docId);
    }
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

  async function versionsOf(doc: SyncDoc): Promise<{ rev: string; table: SyncedTable; row: StoredRow }[]> {
    const leaves = [doc, ...(await Promise.all(doc._conflicts!.map((rev) => local.get(doc._id, { rev }) as unknown as Promise<SyncDoc>)))];
    const opened = await Promise.all(leaves.map(async (leaf) => ({ rev: leaf._rev!, ...(await decodeDoc(key, leaf)) })));
    return opened;
  }

  async function settleConflict(doc: SyncDoc, state: SyncRow | undefined): Promise<void> {
    let versions;
    try {
      versions = await versionsOf(doc);
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
      return unreadableArrived(doc);
    }
    const table = versions[0]!.table;
    const id = versions[0]!.row.id;
    const store = storeOf(table);
    if (!store) return keep(doc._id, versions[0]!.rev); // photos, slots, the deletion log: never edited, CouchDB's winner
    const records = await Promise.all(versions.map((v) => store.open(key, v.row as SealedRow) as Promise<AnyRecord>));
    // Judged apart, one judgement opening a zaak: it stands, and the others are kept inside the record.
    const judged = table === 'meldingen' ? withOtherJudgements(records as Melding[]) : null;
    if (judged) return keepMerged(doc, judged);
    const winner = table === 'school' ? (records.every((r) => sameRecord(r, records[0])) ? 0 : null) : versionThatHoldsAll(table as RecordTable, records);
    if (winner !== null) return keep(doc._id, versions[winner]!.rev);
    conflicts.set(doc._id, { docId: doc._id, table: table as RecordTable | 'school', id, versions: versions.map((v, i) => ({ rev: v.rev, record: records[i]!, here: v.rev === state?.rev })) });
    // Until someone chooses, this tablet goes on showing its own version (or the winner, if it had none).
    if (!state) await writeVersion(doc._id, versions[0]!);
    report();
  }

  async function writeVersion(docId: string, version: { rev: string; table: SyncedTable; row: StoredRow }): Promise<void> {
    const { table, row, rev } = version;
    await withDatabase((db) => db.transaction('rw', db.table(table), db.syncRows, () => Promise.all([db.table(table).put(row), db.syncRows.put({ docId, row: rowKey(table, row.id), rev, mark: rowMark(table, row) })])));
    dataChanged(table, [row.id]);
  }

  /**
   * Settles a conflict with a record that holds every version (see withOtherJudgements): written as the
   * next revision of the current winner, the other leaves removed. Tablets doing this at once write
   * the same record, whose versions then settle as identical.
   */
  async function keepMerged(doc: SyncDoc, record: Melding): Promise<void> {
    const row = (await recordStores.meldingen.seal(key, record)) as StoredRow;
    const written = await local.put({ ...(await encodeDoc(key, doc._id, 'meldingen', row)), _rev: doc._rev } as PouchDB.Doc);
    for (const other of doc._conflicts ?? []) await local.remove(doc._id, other);
    await withDatabase((db) => db.transaction('rw', db.meldingen, db.syncRows, () => Promise.all([db.meldingen.put(row as SealedRow), db.syncRows.put({ docId: doc._id, row: rowKey('meldingen', record.id), rev: written.rev, mark: rowMark('meldingen', row) })])));
    pending.add(doc._id);
    await savePending();
    conflicts.delete(doc._id);
    dataChanged('meldingen', [record.id]);
    report();
  }

  /** Removes every leaf but `rev`, and writes it into Dexie: the conflict is settled, on every tablet. */
  async function keep(docId: string, rev: string): Promise<void> {
    const doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
    const kept = (await local.get(docId, { rev })) as unknown as SyncDoc;
    for (const other of [doc._rev!, ...(doc._conflicts ?? [])].filter((r) => r !== rev)) await local.remove(docId, other);
    pending.add(docId);
    await savePending();
    conflicts.delete(docId);
    await writeVersion(docId, { rev, ...(await decodeDoc(key, kept)) });
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
      status.state = pending.size === 0 ? 'synced' : 'waiting';
      if (pending.size === 0) status.lastSyncedAt = now().toISOString();
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
    await ingestMany([...unreadable]);
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
      // The replica stays open (see localReplica); the remote's connection is only HTTP.
    },
    choose: (docId, rev) => serially(() => keep(docId, rev)),
    nudge: () => replicate(),
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
