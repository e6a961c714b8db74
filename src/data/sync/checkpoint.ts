import * as z from 'zod/mini';
import { isoDateTime, recordId } from '../../domain/text-fields';
import type { SyncRow } from './sync-rows';

/**
 * A checkpoint: what one tablet held of the school when it was last in step with the server, sealed
 * and sent like a record, so that every other tablet can compare it with what it holds itself. The
 * server carries checkpoints but cannot read, forge or rewind them (they are sealed versions like any
 * record); it can only withhold them, and a tablet whose checkpoint stops advancing is named for it.
 *
 * The witness idea of Certificate Transparency (C2SP tlog-witness) and Keybase's sigchain, applied to a
 * school's tablets: a server that hands one tablet a record and hides it from another is seen.
 */
export const checkpointSchema = z.object({
  /** The tablet's own random id (sync/tablet.ts): one checkpoint per tablet, replaced as it advances. */
  id: recordId,
  label: z.string().check(z.maxLength(60)),
  /** Goes up by one with every checkpoint this tablet writes. */
  seq: z.number().check(z.int(), z.nonnegative()),
  /** When it was written (the tablet's clock): "laatst gezien". */
  at: isoDateTime,
  /** When what this tablet holds last changed: a tablet that stops advancing while others write is behind. */
  changedAt: isoDateTime,
  records: z.number().check(z.int(), z.nonnegative()),
  /** The holding code (holding-code.ts) colleagues compare in the staff room. */
  code: z.string().check(z.maxLength(40)),
  /** Every record held: "table docId version token" per line (see heldLines). */
  held: z.string().check(z.maxLength(4_000_000)),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The table whose rows are checkpoints: never part of what a checkpoint or a holding code counts. */
export const CHECKPOINT_TABLE = 'checkpoints';

/** A record's document id is 32 hex digits; twelve tell a school's records apart (a clash: one in 10^10 for 10,000). */
const ID_DIGITS = 12;

/** A version's short name: its sealed hash (or, sealed before lineage, its revision's). */
export function versionToken(row: Pick<SyncRow, 'hash' | 'rev'>): string {
  return (row.hash ?? row.rev.slice(row.rev.indexOf('-') + 1)).slice(0, 8);
}

/** The rows that are records held: not the engine's own notes (nor renewal notices), not checkpoints, and exchanged (a joining tablet's bare slots are not). */
export function heldRows(rows: readonly SyncRow[]): SyncRow[] {
  return rows
    .filter((r) => !r.docId.startsWith('~') && !r.row.startsWith('~') && !r.row.startsWith(`${CHECKPOINT_TABLE}/`) && (r.hash || r.rev))
    .sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}

/** What a checkpoint lists: one line per record held, in document order. */
export function heldLines(held: readonly SyncRow[]): string {
  return held.map((r) => `${r.row.slice(0, r.row.indexOf('/'))} ${r.docId.slice(0, ID_DIGITS)} ${r.ver ?? 0} ${versionToken(r)}`).join('\n');
}

/** What a tablet holds that this one does not, per table: records it never received, or a version of them it never received. */
export type Missing = Record<string, number>;

/**
 * Compares another tablet's checkpoint with what this tablet holds. A record counts as received when
 * this tablet holds the same version, or a later one (its own edit after, or a merge); a record whose
 * versions wait for a person's choice here is not counted. Compared only once this tablet is in step
 * with the server: whatever the other tablet held when it wrote its checkpoint had reached the server
 * before it (a tablet writes its checkpoint only once the server has all it sent), so what is still
 * missing here was held back.
 */
export function missingHere(theirs: Pick<Checkpoint, 'held'>, mine: readonly SyncRow[], choosing: ReadonlySet<string> = new Set()): Missing {
  const here = new Map(mine.map((r) => [r.docId.slice(0, ID_DIGITS), r]));
  const open = new Set([...choosing].map((id) => id.slice(0, ID_DIGITS)));
  const missing: Missing = {};
  for (const line of theirs.held.split('\n')) {
    const [table, id, v, token] = line.split(' ');
    if (!table || !id || v === undefined || !token || open.has(id)) continue;
    const held = here.get(id);
    if (held && (versionToken(held) === token || (held.ver ?? 0) > Number(v))) continue;
    missing[table] = (missing[table] ?? 0) + 1;
  }
  return missing;
}

/** A tablet is behind once what it holds has not changed for this long while another's has. */
export const BEHIND_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a tablet stopped advancing while others wrote: its holding has not changed for a day, and
 * another tablet's (this one's included) changed after it and differs from it. Switched off, lost, or
 * sent nothing by the server: the screen says which it may be (`seen`: whether it still writes checkpoints).
 */
export function isBehind(tablet: Pick<Checkpoint, 'changedAt' | 'code'>, others: readonly Pick<Checkpoint, 'changedAt' | 'code'>[], now: Date): boolean {
  const since = Date.parse(tablet.changedAt);
  if (now.getTime() - since < BEHIND_AFTER_MS) return false;
  return others.some((o) => o.code !== tablet.code && Date.parse(o.changedAt) > since);
}
