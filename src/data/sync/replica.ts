import { WrongKeyError, type DataKey } from '../crypto/cipher';
import { database, withDatabase } from '../connection';
import PouchDB, { LOCAL_ADAPTER } from './pouchdb';
import { basic, databaseUrl, type ServerDetails } from './server-check';
import { decodeDoc, docIdFor, rowMark, slotFromLock, type StoredRow, type SyncDoc } from './sync-docs';
import { META_KEY_GENERATION, META_TABLET, rowKey } from './sync-rows';
import { schoolIdKey } from './school-id-key';

export { schoolIdKey };

/**
 * The two databases sync speaks to: this tablet's replica (ciphertext documents in IndexedDB, PouchDB)
 * and the school's CouchDB. Opening them, filling an empty tablet from the server, forgetting the
 * replica, and asking whether a server's database is this school's.
 */

export type Local = PouchDB.Database;

export const localDatabaseName = () => `${database().name}-sync`;

/**
 * One PouchDB instance for the replica, for the page's life: PouchDB shares the IndexedDB connection
 * and the live change listeners between instances of one name, and closing one instance silently
 * ends the others' change feeds. It is only ever destroyed (sync turned off, a join undone).
 */
let replica: { name: string; db: Local } | null = null;
export function localReplica(): Local {
  const name = localDatabaseName();
  if (replica?.name !== name) replica = { name, db: new PouchDB(name, { adapter: LOCAL_ADAPTER, auto_compaction: true }) };
  return replica.db;
}
async function destroyReplica(): Promise<void> {
  const db = localReplica();
  replica = null;
  await db.destroy();
}

/** How to forget each remote's account, at the lock (closeRemote). */
const forgetAccount = new WeakMap<Local, () => void>();

/**
 * The school's CouchDB. The account travels as a header added by our own fetch, from a variable that
 * closeRemote clears: handed to PouchDB as `auth`, the password stays in the database object's options,
 * and the browser keeps that object (and the password) reachable long after the lock.
 */
export function remoteDatabase(details: ServerDetails, origin: string): Local {
  const url = databaseUrl(details, origin);
  if (!url) throw new Error('bad server address');
  let authorization: string | null = basic(details);
  const db = new PouchDB(url, {
    skip_setup: true,
    fetch: (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (authorization === null) return Promise.reject(new Error('Kring sync: connection closed at the lock'));
      const headers = new Headers(init.headers);
      headers.set('Authorization', authorization);
      return fetch(input, { ...init, headers });
    },
  }) as Local;
  forgetAccount.set(db, () => (authorization = null));
  return db;
}

/** Done with a remote: its account is forgotten and PouchDB lets go of it. */
export async function closeRemote(db: Local): Promise<void> {
  forgetAccount.get(db)?.();
  forgetAccount.delete(db);
  await db.close().catch(() => undefined);
}

/**
 * Everything on the server into the local replica (no key needed, it is ciphertext), and, on a tablet
 * that is joining (no slots yet), the key slots into Dexie, so the school's passphrase (or one's own)
 * opens it; a tablet turning sync on again keeps its own. Returns how many documents came. Nothing of
 * the school is readable until a passphrase is given.
 */
export async function pullFromServer(details: ServerDetails, origin: string, onProgress: (documents: number) => void): Promise<number> {
  const local = localReplica();
  const remote = remoteDatabase(details, origin);
  let count = 0;
  try {
    await local.replicate.from(remote, { batch_size: 1000, batches_limit: 4 }).on('change', (info) => onProgress((count += info.docs_written)));
  } finally {
    await closeRemote(remote);
  }
  const docs = await local.allDocs({ include_docs: true });
  const now = new Date().toISOString();
  const slots = docs.rows.flatMap((r) => {
    const doc = r.doc as unknown as SyncDoc | undefined;
    return doc?.lock && doc.lock.kind !== 'rotation' ? [{ docId: doc._id, slot: slotFromLock(doc.lock, now) }] : [];
  });
  // Recorded as exchanged (revision unknown), so the full slots replace them once the key opens them.
  await withDatabase((db) =>
    db.transaction('rw', db.keySlots, db.syncRows, async () => {
      if ((await db.keySlots.count()) > 0) return;
      await db.keySlots.bulkPut(slots.map((s) => s.slot));
      await db.syncRows.bulkPut(slots.map((s) => ({ docId: s.docId, row: rowKey('keySlots', s.slot.id), rev: '', mark: rowMark('keySlots', s.slot as unknown as StoredRow) })));
    }),
  );
  return docs.rows.length;
}

/** A tablet that joined and was not opened: its slots and replica go, so it is a new tablet again. */
export async function forgetJoining(): Promise<void> {
  await withDatabase((db) => db.transaction('rw', db.keySlots, db.syncRows, () => Promise.all([db.keySlots.clear(), db.syncRows.clear()])));
  await destroyReplica();
}

/** Turning sync off forgets the replica and what was exchanged; the records stay, and the tablet stays itself (tablet.ts), with the number of its key (renewal-notice.ts). */
export async function forgetReplica(): Promise<void> {
  await withDatabase((db) => db.syncRows.where('docId').noneOf([META_TABLET, META_KEY_GENERATION]).delete());
  await destroyReplica();
}


/**
 * Whether the server's database is this school's: empty (this tablet will fill it), this school's
 * (its school record is there and opens with this key), or another's, which sync must not mix in.
 */
export async function schoolOnServer(key: DataKey, details: ServerDetails, origin: string): Promise<'empty' | 'ours' | 'other'> {
  const remote = remoteDatabase(details, origin);
  try {
    const docId = await docIdFor(await schoolIdKey(key), 'school', 'school');
    try {
      await decodeDoc(key, (await remote.get(docId)) as unknown as SyncDoc);
      return 'ours';
    } catch (error) {
      if (error instanceof WrongKeyError) return 'other';
      if ((error as { status?: number }).status !== 404) throw error;
      return (await remote.info()).doc_count === 0 ? 'empty' : 'other';
    }
  } finally {
    await closeRemote(remote);
  }
}

