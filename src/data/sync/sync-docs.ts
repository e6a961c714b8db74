import { openText, sealText, type DataKey } from '../crypto/cipher';
import { fromBase64, toBase64, toHex } from '../crypto/encoding';
import type { KeySlot } from '../crypto/key-slots';
import type { SyncedTable } from './changed-rows';
import { FIRST_VERSION, versionHash, type Lineage, type VersionAuthor } from './sync-lineage';

/**
 * How a stored row becomes a replicated document, and back. The server sees a random id, a
 * revision and one AES-GCM blob per document: the table's name, the row's id, its dates, statuses
 * and group are all inside the blob, sealed with the school's data key and bound to the document's
 * id (a blob moved to another id does not open).
 *
 * Inside the blob each version also carries its lineage (see sync-lineage.ts): its number and the
 * hashes of the versions it follows, so a tablet can tell a newer version from an older one served
 * again, which the server (holding no key) cannot forge. A removal travels the same way, as a sealed
 * version that says the record was removed, and when; never as a bare CouchDB tombstone.
 *
 * Key slots are the one exception, by necessity: a tablet joining the school has no data key yet,
 * so a slot's wrapped key travels beside its blob as it is stored (salt, rounds, the wrapped key:
 * ciphertext only a passphrase or recovery key opens). Its label and whose it is stay in the blob.
 */

export interface SlotLock {
  id: string;
  kind: KeySlot['kind'];
  salt: string;
  iterations: number;
  wrapped: string;
  contextId?: string;
}

export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  /** 1: a row alone (before lineage); 2: a row or a removal with its lineage. */
  v: 1 | 2;
  blob: string;
  lock?: SlotLock;
  /** A key renewal's notice (renewal-notice.ts): left unread by a tablet whose key is past it. */
  notice?: 1;
}

/** A record removed on purpose (retention, a revoked passphrase, a pupil deleted): who can tell, when. */
export interface Removal {
  at: string;
}

/** What a document holds, opened: a row, or the removal of one, with its lineage and its version's hash. */
export interface OpenedDoc extends Lineage {
  table: SyncedTable;
  id: string;
  row: StoredRow | null;
  removed?: Removal;
  hash: string;
}

export type StoredRow = { id: string } & Record<string, unknown>;


const docContext = (docId: string) => `kring:sync:${docId}`;

/** Rows hold bytes (ciphertext, salts); JSON carries them as base64, tagged so they come back as bytes. */
function tag(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: toBase64(value) } : value;
}
function untag(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string' && Object.keys(value).length === 1) return fromBase64((value as { $bytes: string }).$bytes);
  return value;
}

/**
 * The sizes a sealed document comes in: 4 kB, 16 kB, 64 kB, then whole 64 kB steps. A pupil, a
 * colleague, a melding and most zaken all look alike to the server, which can no longer count
 * pupils or zaken by the size of what it holds.
 */
const BUCKETS = [4 * 1024, 16 * 1024, 64 * 1024];
const STEP = 64 * 1024;

/** JSON text padded with spaces (which JSON ignores) to its size bucket, counted in bytes. */
export function toBucket(text: string): string {
  const bytes = new TextEncoder().encode(text).byteLength;
  const size = BUCKETS.find((b) => bytes <= b) ?? Math.ceil(bytes / STEP) * STEP;
  return text + ' '.repeat(size - bytes);
}

export async function encodeDoc(key: DataKey, docId: string, table: SyncedTable, row: StoredRow, lineage: Lineage = FIRST_VERSION): Promise<Omit<SyncDoc, '_rev'>> {
  const blob = toBase64(await sealText(key, toBucket(JSON.stringify({ table, row, ...lineage }, tag)), docContext(docId)));
  if (table !== 'keySlots') return { _id: docId, v: 2, blob };
  const slot = row as unknown as KeySlot;
  const lock: SlotLock = {
    id: slot.id,
    kind: slot.kind,
    salt: toBase64(slot.salt),
    iterations: slot.iterations,
    wrapped: toBase64(slot.wrapped),
    ...(slot.contextId ? { contextId: slot.contextId } : {}),
  };
  return { _id: docId, v: 2, blob, lock };
}

/** A removal as a sealed version of its own: the record's document says it was removed, and when. */
export async function encodeRemoval(key: DataKey, docId: string, table: SyncedTable, id: string, removed: Removal, lineage: Lineage): Promise<Omit<SyncDoc, '_rev'>> {
  const blob = toBase64(await sealText(key, toBucket(JSON.stringify({ table, id, removed, ...lineage })), docContext(docId)));
  return { _id: docId, v: 2, blob };
}

/**
 * What a document holds. WrongKeyError when it was sealed under another key (a renewal elsewhere) or
 * does not open at all (altered, moved); DamagedDocError when it opens but is not a Kring document.
 */
export async function decodeDoc(key: DataKey, doc: SyncDoc): Promise<OpenedDoc> {
  if (typeof doc.blob !== 'string') throw new DamagedDocError('no blob');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(doc.blob);
  } catch {
    throw new DamagedDocError('blob is not base64');
  }
  const opened = JSON.parse(await openText(key, bytes, docContext(doc._id)), untag) as Partial<{ table: SyncedTable; row: StoredRow; id: string; removed: Removal; v: number; after: string[]; of: string; by: VersionAuthor }>;
  const table = opened.table;
  const row = opened.row ?? null;
  const id = row ? row.id : opened.id;
  if (typeof table !== 'string' || typeof id !== 'string' || (!row && !opened.removed)) throw new DamagedDocError('not a record');
  // Documents sealed before lineage are version 0, following nothing.
  const lineage = {
    v: typeof opened.v === 'number' ? opened.v : 0,
    after: Array.isArray(opened.after) ? opened.after : [],
    ...(typeof opened.of === 'string' ? { of: opened.of } : {}),
    ...(opened.by && typeof opened.by.tablet === 'string' ? { by: { tablet: opened.by.tablet.slice(0, 60), ...(typeof opened.by.staffId === 'string' ? { staffId: opened.by.staffId } : {}) } } : {}),
  };
  return { table, id, row, ...(opened.removed ? { removed: opened.removed } : {}), ...lineage, hash: await versionHash(doc.blob) };
}

/** A document that opens with the school's key but holds no record (only a tablet with the key could make it). */
export class DamagedDocError extends Error {
  constructor(why: string) {
    super(`damaged sync document: ${why}`);
    this.name = 'DamagedDocError';
  }
}

/** A slot from its travelling lock alone: enough to try a passphrase on a tablet that is joining. */
export function slotFromLock(lock: SlotLock, now: string): KeySlot {
  return {
    id: lock.id,
    kind: lock.kind,
    label: 'Sleutel van de school',
    salt: fromBase64(lock.salt),
    iterations: lock.iterations,
    wrapped: fromBase64(lock.wrapped),
    createdAt: now,
    ...(lock.contextId ? { contextId: lock.contextId } : {}),
  };
}

/** The row's mark: the IV its ciphertext starts with, new at every write (see sync-rows.ts). */
export function rowMark(table: SyncedTable, row: StoredRow): string {
  const bytes = (table === 'keySlots' ? row.wrapped : row.sealed) as Uint8Array | undefined;
  const iv = bytes ? toBase64(bytes.subarray(0, 12)) : '';
  // A slot's label or owner can change without a new wrap.
  return table === 'keySlots' ? `${iv}|${String(row.label)}|${String(row.staffId ?? '')}` : iv;
}

/**
 * A row's document id: a keyed hash (HMAC-SHA-256) of table and id, so every tablet of the school
 * names the same row alike (their edits meet as revisions of one document, and conflicts are
 * CouchDB's to keep) while the server learns neither.
 */
export async function docIdFor(idKey: CryptoKey, table: SyncedTable, id: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', idKey, new TextEncoder().encode(`sync\u0000${table}\u0000${id}`)));
  return toHex(mac.subarray(0, 16));
}
