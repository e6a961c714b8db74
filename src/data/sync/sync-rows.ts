/**
 * What this tablet last exchanged for each replicated row: the document's random id, the revision
 * it holds, and the row's "mark" (the IV that starts its ciphertext: every write seals with a fresh
 * one, so a different mark means a different row, without decrypting anything). Kept beside the
 * records in IndexedDB; never replicated.
 */
export interface SyncRow {
  /** The replicated document's id. */
  docId: string;
  /** "table/id" of the stored row. */
  row: string;
  rev: string;
  mark: string;
  /** The lineage of the version exchanged (see sync-lineage.ts); absent for rows exchanged before it. */
  ver?: number;
  hash?: string;
  after?: string[];
  of?: string;
  /** The record was removed: what is held is its sealed removal (the row is gone from its table). */
  removed?: boolean;
}

export const rowKey = (table: string, id: string) => `${table}/${id}`;

/** Rows of syncRows that are the engine's own notes, not rows: where the last session stopped, what waits, what could not be opened. */
export const META_SEQ = '~seq';
export const META_PENDING = '~pending';
export const META_UNREADABLE = '~unreadable';
export const META_SET_ASIDE = '~set-aside';
export const META_GUARDED = '~guarded';
/** This tablet's id and label among the school's tablets (tablet.ts); kept when sync is turned off. */
export const META_TABLET = '~tablet';
/** The number of this tablet's key among the school's renewals (renewal-notice.ts); kept when sync is turned off. */
export const META_KEY_GENERATION = '~key-generation';
