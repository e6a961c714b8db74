import type PouchDB from './pouchdb';
import { withDatabase } from '../connection';
import { onRowsChanged, SYNCED_TABLES, type RowChange, type SyncedTable } from './changed-rows';
import { closeRemote, localReplica, remoteDatabase, schoolIdKey } from './replica';
import type { SyncDoc } from './sync-docs';
import { META_PENDING, META_SEQ, META_UNREADABLE } from './sync-rows';
import { openGuardLedger } from './guard-ledger';
import { readMeta, type EngineContext, type EngineSteps } from './sync-context';
import { sending } from './sync-send';
import { receiving } from './sync-receive';
import { settling } from './sync-settle';
import { replication } from './sync-replication';
import { missingCount, witnessing } from './witness';
import { noticeSent, noticeToSend } from './renewal-notice';
import { thisTablet } from './tablet';
import type { EngineOptions, SyncConflict, SyncEngine, SyncStatus } from './sync-types';

export type { EngineOptions, SyncConflict, SyncEngine, SyncProblem, SyncStatus } from './sync-types';

/**
 * Moves sealed rows between Kring's store (Dexie) and the school's CouchDB.
 *
 * Why this shape: Dexie stays the app's store, so every screen works as before and offline. A local
 * PouchDB holds the replicated documents (ciphertext only) and speaks CouchDB's replication protocol
 * with the server: resuming after a network gap, checkpoints and conflict revisions are PouchDB's and
 * CouchDB's, not ours. Between the two, in parts of their own:
 *  - sending (sync-send.ts): every committed write to a synced table becomes the next sealed version
 *    of that row's document; a removal is a sealed removal;
 *  - receiving (sync-receive.ts): every document received is opened, judged by its sealed lineage
 *    against what is held, and written into Dexie, or refused, restored or set aside, and said;
 *  - settling (sync-settle.ts): two versions written apart are merged by Kring's rules, never one
 *    silently dropped;
 *  - the set-aside ledger (guard-ledger.ts): what the server tried and Kring undid, shown to the school;
 *  - the witness (witness.ts): this tablet's sealed checkpoint of what it holds, and the others'
 *    compared with it, so a record the server held back from one tablet is seen;
 *  - the replication (sync-replication.ts) and what the top bar says of it.
 * Every send and receive runs one after another: a row is never sent and received at once.
 */
export async function startSync(given: EngineOptions): Promise<SyncEngine> {
  // The account lives in the remote's own fetch from here on, forgotten at stop (closeRemote): the
  // engine keeps no copy of the password for a stopped engine's leftovers to hold after the lock.
  const ownRemote = !given.remote;
  const remote = given.remote ?? remoteDatabase(given.details, given.origin);
  const options: EngineOptions = { ...given, details: { ...given.details, password: '' } };
  const { key, now } = options;
  let idKeyRead: Promise<CryptoKey> | null = null;
  let stopped = false;
  const setMeta = (name: string, value: string) => withDatabase((db) => db.syncRows.put({ docId: name, row: name, rev: '', mark: value }));
  const pending = new Set<string>(JSON.parse((await readMeta(META_PENDING)) || '[]') as string[]);
  const unreadable = new Set<string>(JSON.parse((await readMeta(META_UNREADABLE)) || '[]') as string[]);
  const status: SyncStatus = { state: 'connecting', lastSyncedAt: null, pending: pending.size, problem: null, conflicts: [] };
  const conflicts = new Map<string, SyncConflict>();
  const ledger = await openGuardLedger();
  const tablet = await thisTablet();

  const ctx: EngineContext = {
    key,
    now,
    options,
    local: options.local ?? localReplica(),
    remote,
    ledger,
    idKey: () => (idKeyRead ??= schoolIdKey(key)),
    pending,
    savePending: async () => {
      await setMeta(META_PENDING, JSON.stringify([...pending]));
    },
    unreadable,
    conflicts,
    status,
    stopped: () => stopped,
    setMeta,
    report() {
      if (stopped) return;
      // Sealed under a key this tablet does not have: expected while a renewal elsewhere waits for the
      // school's passphrase; otherwise something no tablet of the school can read.
      const sealedElsewhere = status.problem === 'key-renewed' ? [] : [...unreadable].map((docId) => ({ docId, reason: 'unreadable' as const, at: '' }));
      const setAside = [...ledger.setAside(), ...sealedElsewhere];
      // Never "synced" while something the server sent is set aside: the school must look at it.
      const state = status.state === 'synced' && (setAside.length > 0 || missingCount(status.witness) > 0) ? 'waiting' : status.state;
      options.onStatus({ ...status, state, pending: pending.size, conflicts: [...conflicts.values()], setAside, guarded: ledger.guarded() });
    },
    dataChanged: gathered((changes) => {
      if (!stopped) options.onDataChanged(changes);
    }),
    tablet,
    author: () => ({ tablet: tablet.label, ...(options.staffId?.() ? { staffId: options.staffId() } : {}) }),
    steps: {} as EngineSteps,
  };
  Object.assign(ctx.steps, sending(ctx), receiving(ctx), settling(ctx));
  const { steps, local } = ctx;

  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(() => (stopped ? (undefined as T) : work()));
    queue = next.catch((error: unknown) => console.error('Kring sync:', error));
    return next;
  };
  const witnessed = witnessing(ctx, serially);
  const replicating = replication(ctx, serially, (docIds) => void serially(() => steps.ingestMany(docIds)), witnessed.witness);

  // First what reached the replica since the last session (all of it, on a tablet that is joining),
  // then whatever was written here meanwhile (locked, another tab, a crash), found by comparing.
  // Stored as text; the replica's sequence is a number, and IndexedDB orders any text after every number.
  // Listening first: a write made while the comparison below runs (a teacher saving as sync starts)
  // is sent after it, never missed between the comparison reading its table and the listening.
  onRowsChanged((change: RowChange) => void serially(() => steps.pushRows(change.table, change.ids)));
  const savedSeq = await readMeta(META_SEQ);
  const caught = (await local.changes({ since: /^\d+$/.test(savedSeq) ? Number(savedSeq) : savedSeq || 0, return_docs: true })) as unknown as { results: PouchDB.Change[]; last_seq: number | string };
  await serially(async () => {
    await steps.ingestMany(caught.results.map((change) => change.id));
    await setMeta(META_SEQ, String(caught.last_seq));
    await steps.ingestMany([...new Set([...unreadable, ...ledger.setAside().map((a) => a.docId)])]);
    // A key renewed here: its notice, sealed under the key retired, goes before anything under the new one.
    await publishNotice(ctx);
    ctx.report();
    for (const table of SYNCED_TABLES) await steps.pushRows(table, null);
  });
  replicating.start();
  const online = () => replicating.start();
  globalThis.addEventListener?.('online', online);
  ctx.report();

  return {
    async stop() {
      stopped = true;
      onRowsChanged(null);
      globalThis.removeEventListener?.('online', online);
      replicating.cancel();
      witnessed.stop();
      await queue.catch(() => undefined);
      await steps.saveUnreadable();
      // The replica stays open (see localReplica). The remote made here is closed and its account
      // forgotten: nothing of the password stays in the page once Kring is locked.
      if (ownRemote) await closeRemote(remote);
    },
    choose: (docId, rev) =>
      serially(async () => {
        const doc = (await local.get(docId, { conflicts: true })) as unknown as SyncDoc;
        const versions = doc._conflicts?.length ? await steps.versionsOf(doc) : [];
        await steps.keep(docId, rev, versions === 'renewed' ? [] : versions);
      }),
    nudge: () => replicating.start(),
    flush: () => serially(() => Promise.resolve()),
  };
}

/** What changed, gathered for a moment: a batch of a thousand rows is one reload, not a thousand. */
function gathered(flush: (changes: Map<SyncedTable, string[] | null>) => void) {
  const changedRows = new Map<SyncedTable, Set<string> | null>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (table: SyncedTable, ids: readonly string[] | null) => {
    const known = changedRows.get(table);
    if (ids === null || known === null) changedRows.set(table, null);
    else changedRows.set(table, new Set([...(known ?? []), ...ids]));
    timer ??= setTimeout(() => {
      timer = null;
      const changes = new Map([...changedRows].map(([t, set]) => [t, set ? [...set] : null] as const));
      changedRows.clear();
      flush(changes);
    }, 30);
  };
}

/** Sends the notice of a renewal made here (renewal-notice.ts), and holds it as exchanged: it is this tablet's own. */
async function publishNotice(ctx: EngineContext): Promise<void> {
  const notice = await noticeToSend();
  if (!notice) return;
  try {
    const { rev } = await ctx.local.put(notice as unknown as PouchDB.Doc);
    await withDatabase((db) => db.syncRows.put({ docId: notice._id, row: `~notice/sent`, rev, mark: '' }));
    ctx.pending.add(notice._id);
    await ctx.savePending();
  } catch (error) {
    // Already there (sent before an interruption): nothing to send again.
    if ((error as { status?: number }).status !== 409) throw error;
  }
  await noticeSent();
}
