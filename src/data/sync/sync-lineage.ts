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
}

/** What this tablet holds of a record: the lineage and hash of the version it last sent or accepted. */
export interface Held {
  ver?: number | undefined;
  hash?: string | undefined;
  after?: string[] | undefined;
}

export type Relation = 'same' | 'later' | 'earlier' | 'rival';

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
  const v = Math.max(held?.ver ?? 0, ...joined.map((j) => j.v)) + 1;
  const heldPast = held?.hash ? [held.hash, ...(held.after ?? [])] : [];
  const after = [...new Set([...heldPast.slice(0, 1), ...joined.map((j) => j.hash), ...heldPast.slice(1), ...joined.flatMap((j) => j.after)])];
  return { v, after: after.slice(0, MAX_AFTER) };
}

/** How an arriving version stands to the one held here. */
export function relation(held: Held | undefined, incoming: Lineage & { hash: string }): Relation {
  // Nothing held with a lineage (new here, or exchanged before lineage): whatever arrives moves on.
  if (!held?.hash) return 'later';
  if (incoming.hash === held.hash) return 'same';
  if (incoming.after.includes(held.hash)) return 'later';
  if ((held.after ?? []).includes(incoming.hash)) return 'earlier';
  // A version sealed before lineage never follows one that has it.
  if (incoming.v === 0) return 'earlier';
  // Too far behind for the list to tell: older than anything a rival could be.
  if (incoming.v <= (held.ver ?? 0) - MAX_AFTER) return 'earlier';
  // Too far ahead for its list to reach back to ours: sealed by a tablet with the key, after many edits.
  if (incoming.v - (held.ver ?? 0) >= MAX_AFTER) return 'later';
  return 'rival';
}
