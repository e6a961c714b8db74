import { withDatabase } from '../connection';
import type { SyncedTable } from './changed-rows';
import { META_GUARDED, META_SET_ASIDE } from './sync-rows';

/**
 * What the server sent that Kring did not take, kept on the tablet and shown to the school:
 *  - set aside: documents that cannot be read (damaged, too large; those sealed under no key of this
 *    tablet are counted with them by the engine, unless a key renewal elsewhere explains them);
 *    each is left out on its own, never with its batch, and leaves the list once a readable version
 *    arrives or the server stops offering it;
 *  - guarded: what the server tried and Kring undid: a record removed without a sealed removal
 *    (restored and sent again), an older version served as new (refused, the held one sent again), a
 *    damaged or oversized version of a held record (set aside, the held one sent again).
 */

export type SetAsideReason = 'damaged' | 'too-large' | 'unreadable';

export interface SetAside {
  docId: string;
  reason: SetAsideReason;
  at: string;
}

export type GuardKind = 'restored' | 'rolled-back' | 'deletion-undone' | 'closed-unreadable' | 'repaired';

export interface Guarded {
  kind: GuardKind;
  table: SyncedTable;
  id: string;
  at: string;
}

/** The newest guarded events kept: enough to show a pattern, never a growing store. */
const KEPT = 100;

/** Documents larger than this are set aside unread; a row (not a photo) larger than ROW_LIMIT once opened. */
export const DOC_LIMIT = 8 * 1024 * 1024;
export const ROW_LIMIT = 512 * 1024;

/** The limit per kind once a document is opened: a photo is large, a checkpoint lists every record, a record is text. */
export const limitFor = (table: SyncedTable) => (table === 'photos' ? DOC_LIMIT : table === 'checkpoints' ? 4 * ROW_LIMIT : ROW_LIMIT);

export interface GuardLedger {
  setAside(): SetAside[];
  guarded(): Guarded[];
  putAside(docId: string, reason: SetAsideReason, at: Date): Promise<void>;
  /** A document that reads again (or is gone from the server): no longer set aside. */
  clear(docId: string): Promise<void>;
  isAside(docId: string): boolean;
  record(kind: GuardKind, table: SyncedTable, id: string, at: Date): Promise<void>;
}

const readMeta = async <T>(name: string, fallback: T): Promise<T> => {
  const text = (await withDatabase((db) => db.syncRows.get(name)))?.mark;
  return text ? (JSON.parse(text) as T) : fallback;
};
const writeMeta = (name: string, value: unknown) => withDatabase((db) => db.syncRows.put({ docId: name, row: name, rev: '', mark: JSON.stringify(value) }));

export async function openGuardLedger(): Promise<GuardLedger> {
  const aside = new Map((await readMeta<SetAside[]>(META_SET_ASIDE, [])).map((s) => [s.docId, s]));
  let guarded = await readMeta<Guarded[]>(META_GUARDED, []);
  return {
    setAside: () => [...aside.values()],
    guarded: () => guarded,
    isAside: (docId) => aside.has(docId),
    async putAside(docId, reason, at) {
      if (aside.get(docId)?.reason === reason) return;
      aside.set(docId, { docId, reason, at: at.toISOString() });
      await writeMeta(META_SET_ASIDE, [...aside.values()]);
    },
    async clear(docId) {
      if (!aside.delete(docId)) return;
      await writeMeta(META_SET_ASIDE, [...aside.values()]);
    },
    async record(kind, table, id, at) {
      guarded = [{ kind, table, id, at: at.toISOString() }, ...guarded].slice(0, KEPT);
      await writeMeta(META_GUARDED, guarded);
    },
  };
}
