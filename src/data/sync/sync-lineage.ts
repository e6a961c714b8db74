import { toHex } from '../crypto/encoding';

/**
 * Which of two versions of one record is newer, told by what the versions themselves say, sealed,
 * never by the server. Each version carries its number and the hashes of the versions it follows
 * (newest first, the last MAX_AFTER), so a tablet that holds one version can tell of another:
 *  - the same one;
 *  - a later one, that carried it further (its own hash is in the other's list);
 *  - an earlier one, served again (a rollback or a replay: the other's hash is in its own list);
 *  - a rival, written elsewhere from a common past without seeing this one (both are kept and merged).
 * Only a tablet with the school's key can seal a version, so a server can replay or withhold
 * versions, but never make one that claims to follow what it did not.
 */

export interface Lineage {
  /** 1 for a record's first version, one more at every write; 0 for documents sealed before lineage. */
  v: number;
  /** Hashes of the versions this one follows, newest first. */
  after: string[];
  /**
   * A version sent again unchanged (over a rollback, a tombstone, or a rival) names the version whose
   * content it repeats: a version that already holds that one holds this one too.
   */
  of?: string | undefined;
  /** Who wrote this version: the tablet, and the colleague using it (shown when two versions must be chosen between). */
  by?: VersionAuthor | undefined;
}

export interface VersionAuthor {
  tablet: string;
  staffId?: string | undefined;
}

/** What this tablet holds of a record: the lineage and hash of the version it last sent or accepted. */
export interface Held {
  ver?: number | undefined;
  hash?: string | undefined;
  after?: string[] | undefined;
  of?: string | undefined;
}

/** `covered`: nothing new either, a version held here already holds what it repeats (no rollback). */
export type Relation = 'same' | 'later' | 'earlier' | 'covered' | 'rival';

/** Whether a version holds the version with hash `h`: it is that version, or follows it. */
const holds = (version: Held, h: string | undefined) => h !== undefined && (version.hash === h || (version.after ?? []).includes(h));

/** Whether `a` holds everything `b` says: b itself, or what b repeats. */
export const holdsAll = (a: Held, b: Held) => holds(a, b.hash) || holds(a, b.of);

/** How far back a version names its past: enough for weeks of edits to one record between two syncs. */
export const MAX_AFTER = 32;

export const FIRST_VERSION: Lineage = { v: 1, after: [] };

/** A version's identity: a hash of its sealed blob, as every tablet received it. */
export async function versionHash(blob: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(blob));
  return toHex(new Uint8Array(digest).subarray(0, 16));
}

/** The lineage of the version written next over what is held (and, for a merge, over the versions it joins). */
export function nextLineage(held: Held | undefined, joined: readonly (Lineage & { hash: string })[] = []): Lineage {
  // A version repeating the held one (`of`) names what it repeats in its past too.
  const v = Math.max(held?.ver ?? 0, ...joined.map((j) => j.v)) + 1;
  const heldPast = held?.hash ? [held.hash, ...(held.of ? [held.of] : []), ...(held.after ?? [])] : [];
  const after = [...new Set([...heldPast.slice(0, 1), ...joined.map((j) => j.hash), ...heldPast.slice(1), ...joined.flatMap((j) => j.after)])];
  return { v, after: after.slice(0, MAX_AFTER) };
}

/** How an arriving version stands to the one held here. */
export function relation(held: Held | undefined, incoming: Lineage & { hash: string }): Relation {
  // Nothing held with a lineage (new here, or exchanged before lineage): whatever arrives moves on.
  if (!held?.hash) return 'later';
  if (incoming.hash === held.hash) return 'same';
  if (holdsAll({ ...incoming }, held)) return 'later';
  if (holds(held, incoming.hash)) return 'earlier';
  if (holds(held, incoming.of)) return 'covered';
  // A version sealed before lineage (a tablet not yet updated) cannot say what it follows: it is set
  // beside the held one and merged, never taken over it, never dropped.
  if (incoming.v === 0) return 'rival';
  // Too far behind for the list to tell: older than anything a rival could be.
  if (incoming.v <= (held.ver ?? 0) - MAX_AFTER) return 'earlier';
  // Too far ahead for its list to reach back to ours: sealed by a tablet with the key, after many edits.
  if (incoming.v - (held.ver ?? 0) >= MAX_AFTER) return 'later';
  return 'rival';
}
