import { withoutCorrections } from '../melding-corrections';
import type { Records, RecordTable } from './archive';
import { recordTables } from './archive';

/**
 * Merging an import into the local store by id: new records are added, identical ones left, a newer
 * local version kept, a record that only moved on elsewhere updated, and anything else shown to the
 * user as a conflict. Pure: the plan is applied in one transaction elsewhere.
 */

export type AnyRecord = NonNullable<Records[RecordTable]>[number];

export interface Conflict {
  table: RecordTable;
  id: string;
  local: AnyRecord;
  incoming: AnyRecord;
}

export interface MergePlan {
  add: { table: RecordTable; record: AnyRecord }[];
  update: { table: RecordTable; record: AnyRecord }[];
  same: number;
  keptLocal: { table: RecordTable; id: string }[];
  conflicts: Conflict[];
}

/** Key order does not matter: records are compared as values. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether `later` is `earlier` carried further (more conversations, a higher revision), not a rival edit. */
export function continues(table: RecordTable, earlier: AnyRecord, later: AnyRecord): boolean {
  if (table === 'zaken') {
    const [e, l] = [earlier as Records['zaken'][number], later as Records['zaken'][number]];
    // Moving on adds to a zaak; it never changes whom it is about, where it came from, what was said
    // (the roles are in stap 1), or how it was reopened. A status change comes with its closing or reopening.
    const sameZaak = e.bulliedPupilId === l.bulliedPupilId && e.meldingId === l.meldingId && e.openedAt === l.openedAt;
    // The support group is composed in stap 1; once it is, moving on never changes it.
    const sameGroup = !e.conversations.some((c) => c.stepId === 'stap1') || sameRecord(e.members, l.members);
    const statusMoves =
      e.status === l.status
        ? sameRecord(e.closing, l.closing)
        : e.status === 'open'
          ? l.closing !== undefined
          : l.reopenings.length > e.reopenings.length;
    return (
      l.rev > e.rev &&
      sameZaak &&
      sameGroup &&
      statusMoves &&
      e.reopenings.every((r, i) => sameRecord(r, l.reopenings[i])) &&
      e.conversations.every((c, i) => sameRecord(c, l.conversations[i])) &&
      // Nothing added to the zaak apart is lost: a handover, a move, a reconciliation, a correction, a task done, an Esis note.
      [[e.handovers, l.handovers], [e.reschedules, l.reschedules], [e.reconciliations, l.reconciliations], [e.corrections, l.corrections], [e.closingCorrections, l.closingCorrections]].every(([a, b]) => keepsEvery(a, b)) &&
      keepsEvery(Object.entries(e.tasksDone ?? {}), Object.entries(l.tasksDone ?? {})) &&
      keepsEvery(Object.entries(e.esisEntered ?? {}), Object.entries(l.esisEntered ?? {}))
    );
  }
  if (table === 'meldingen') {
    const [e, l] = [earlier as Records['meldingen'][number], later as Records['meldingen'][number]];
    // Judged is further than waiting; and a judgement that opened a zaak holds over any other: the zaak
    // exists (and travels) whatever happens to the melding, so the melding must say "zaak geopend".
    // A correction made on one side is never dropped by the other moving on.
    const keepsCorrections = keepsEvery(e.corrections, l.corrections);
    const onlyCorrected = sameRecord({ ...withoutCorrections(e), updatedAt: '' }, { ...withoutCorrections(l), updatedAt: '' }) && (l.corrections?.length ?? 0) > (e.corrections?.length ?? 0);
    return keepsCorrections && (e.status === 'nieuw' || (l.status === 'zaak' && e.status !== 'zaak') || onlyCorrected);
  }
  return false;
}

const updatedAt = (r: AnyRecord): string | undefined => ('updatedAt' in r ? r.updatedAt : undefined);

export function planMerge(local: Records, incoming: Records): MergePlan {
  const plan: MergePlan = { add: [], update: [], same: 0, keptLocal: [], conflicts: [] };
  for (const table of recordTables) {
    const mine = new Map<string, AnyRecord>(((local[table] ?? []) as AnyRecord[]).map((r) => [r.id, r]));
    for (const record of (incoming[table] ?? []) as AnyRecord[]) {
      const current = mine.get(record.id);
      if (!current) plan.add.push({ table, record });
      else if (sameRecord(current, record)) plan.same += 1;
      else if (continues(table, record, current)) plan.keptLocal.push({ table, id: record.id });
      else if (continues(table, current, record) && (updatedAt(record) ?? '') >= (updatedAt(current) ?? '')) plan.update.push({ table, record });
      else plan.conflicts.push({ table, id: record.id, local: current, incoming: record });
    }
  }
  return plan;
}

/** The records to write once the user chose, per conflict, which version stays. */
export function resolvedWrites(plan: MergePlan, choices: Record<string, 'local' | 'incoming'>): { table: RecordTable; record: AnyRecord }[] {
  return [
    ...plan.add,
    ...plan.update,
    ...plan.conflicts.filter((c) => choices[`${c.table}:${c.id}`] === 'incoming').map((c) => ({ table: c.table, record: c.incoming })),
  ];
}

export function unresolved(plan: MergePlan, choices: Record<string, 'local' | 'incoming'>): Conflict[] {
  return plan.conflicts.filter((c) => !choices[`${c.table}:${c.id}`]);
}

/**
 * Of several versions of one record, written on tablets that edited it apart, the one that holds all
 * the others: identical versions count as one, and a version another tablet only carried further
 * (a zaak with a conversation more, a melding judged) gives way to it. Null when two are rival
 * edits: a person chooses, as with a file. Pure; sync keeps every version until then.
 */
/** Every entry of `earlier` is in `later`. */
function keepsEvery(earlier: readonly unknown[] | undefined, later: readonly unknown[] | undefined): boolean {
  return (earlier ?? []).every((item) => (later ?? []).some((other) => sameRecord(item, other)));
}

export function versionThatHoldsAll(table: RecordTable, versions: readonly AnyRecord[]): number | null {
  const holdsAll = (i: number) => versions.every((other, j) => j === i || sameRecord(other, versions[i]) || continues(table, other, versions[i]!));
  const index = versions.findIndex((_, i) => holdsAll(i));
  return index === -1 ? null : index;
}
