import { tablesWhere } from './tables';
import type { DataKey } from './crypto/cipher';
import type { Scope } from '../domain/working-set';
import type { SealedRow } from './db';
import { inChunks } from './chunks';
import { withDatabase } from './connection';
import { alertReadStore, deletionLogStore, groupStore, incidentStore, meldingStore, preventionStore, pupilStore, staffStore, zaakStore } from './stores';

/**
 * Which rows a scope opens, and opening them. The working set is chosen by readable fields and
 * indexes (status, dates, who left), so what stays sealed is never decrypted at all.
 */

type Table = 'groups' | 'pupils' | 'staff' | 'meldingen' | 'zaken' | 'incidents' | 'prevention' | 'deletionLog' | 'alertReads';
/** The tables read at unlock: the registry's scoped ones (data/tables.ts). */
export const TABLES: readonly Table[] = tablesWhere('scoped');
const storeOf = { groups: groupStore, pupils: pupilStore, staff: staffStore, meldingen: meldingStore, zaken: zaakStore, incidents: incidentStore, prevention: preventionStore, deletionLog: deletionLogStore, alertReads: alertReadStore };
type Opened = { [T in Table]: { records: Awaited<ReturnType<(typeof storeOf)[T]['open']>>[]; damaged: string[] } };

export interface PupilWhoLeft {
  id: string;
  leftOn: string;
}

export interface Unopened {
  meldingen: number;
  zaken: number;
}

/** Records opened so far, of how many. */
export type Progress = (done: number, total: number) => void;

/** Who left and when, from the readable fields of the pupil rows: nothing decrypted, no name. */
const whoLeft = (rows: readonly SealedRow[]): PupilWhoLeft[] => rows.flatMap((row) => (typeof row.leftOn === 'string' ? [{ id: row.id, leftOn: row.leftOn }] : []));

const unique = (rows: readonly SealedRow[][]): SealedRow[] => [...new Map(rows.flat().map((r) => [r.id, r])).values()];

type ScopeRecords = Opened & { unopened?: Unopened; pupilsWhoLeft: PupilWhoLeft[] };
type Open = <T extends Table>(table: T, rows: readonly SealedRow[]) => Promise<Opened[T]>;

/** The records of a scope (working-set.ts), decrypted; `renew` seals again what an older version wrote. */
export function openScope(key: DataKey, scope: Scope, renew: boolean, onProgress?: Progress): Promise<ScopeRecords> {
  const open: Open = (table, rows) => storeOf[table].readable(key, rows, renew) as Promise<Opened[typeof table]>;
  return scope === 'all' ? openEverything(open, onProgress) : openWorkingSet(open, scope.since);
}

/** Every row of every table, in chunks (chunks.ts). */
async function openEverything(open: Open, onProgress?: Progress): Promise<ScopeRecords> {
  const rows = await withDatabase((db) => Promise.all(TABLES.map((t) => db.table<SealedRow, string>(t).toArray())));
  const total = rows.reduce((n, r) => n + r.length, 0);
  let done = 0;
  const opened: Partial<Opened> = {};
  for (const [i, table] of TABLES.entries()) {
    const before = done;
    const parts: { records: unknown[]; damaged: string[] }[] = await inChunks(rows[i]!, (chunk) => open(table, chunk), (n) => onProgress?.((done = before + n), total));
    (opened as Record<Table, unknown>)[table] = { records: parts.flatMap((p) => p.records), damaged: parts.flatMap((p) => p.damaged) };
  }
  return { ...(opened as Opened), pupilsWhoLeft: whoLeft(rows[TABLES.indexOf('pupils')]!) };
}

/**
 * Only rows chosen by their readable fields are opened: what is open, and what is newer than
 * `since`; then, second, what those name that is older (the melding of an open zaak, a child who
 * has left, the reads of their alerts).
 */
async function openWorkingSet(open: Open, since: string): Promise<ScopeRecords> {
  const first = await withDatabase((db) =>
    Promise.all([
      db.groups.toArray(),
      db.staff.toArray(),
      db.prevention.toArray(),
      db.deletionLog.toArray(),
      // Pupils are chosen after reading: who has left is a clear field without an index.
      db.pupils.toArray(),
      Promise.all([db.meldingen.where('status').equals('nieuw').toArray(), db.meldingen.where('createdAt').aboveOrEqual(since).toArray()]).then(unique),
      Promise.all([db.zaken.where('status').equals('open').toArray(), db.zaken.where('updatedAt').aboveOrEqual(since).toArray()]).then(unique),
      db.incidents.where('occurredAt').aboveOrEqual(since).toArray(),
      Promise.all([db.alertReads.where('readAt').aboveOrEqual(since).toArray(), db.alertReads.where('unbound').equals(1).toArray()]).then(unique),
      Promise.all([db.meldingen.count(), db.zaken.count()]),
    ]),
  );
  const [groups, staff, prevention, deletionLog, allPupils, meldingRows, zaakRows, incidentRows, readRows, [meldingCount, zaakCount]] = first;
  const opening = open('incidents', incidentRows);
  const [meldingen, zaken] = await Promise.all([open('meldingen', meldingRows), open('zaken', zaakRows)]);
  // The melding of every zaak at hand, also when it is older than `since`.
  const haveMelding = new Set(meldingRows.map((row) => row.id));
  const missingMeldingen = [...new Set(zaken.records.map((z) => z.meldingId))].filter((id) => !haveMelding.has(id));
  const olderMeldingRows = await withDatabase((db) => db.meldingen.bulkGet(missingMeldingen)).then((rows) => rows.filter((r): r is SealedRow => r !== undefined));
  const olderMeldingen = await open('meldingen', olderMeldingRows);
  const allMeldingen = [...meldingen.records, ...olderMeldingen.records];
  // A zaak's history and a melding's page say who read their alerts: those reads come with them,
  // also of a zaak opened last year (a read comes after its alert).
  const oldest = [since, ...allMeldingen.map((m) => m.createdAt), ...zaken.records.map((z) => z.openedAt)].reduce((a, b) => (b < a ? b : a));
  const olderReadRows = oldest < since ? await withDatabase((db) => db.alertReads.where('readAt').between(oldest, since).toArray()) : [];
  const incidents = await opening;
  // Every child still at school, and those who left but are named in what is open.
  const named = new Set([
    ...allMeldingen.flatMap((m) => m.pupilIds),
    ...zaken.records.flatMap((z) => [z.bulliedPupilId, ...z.members.map((m) => m.pupilId)]),
    ...incidents.records.flatMap((i) => i.involved.map((p) => p.pupilId)),
  ]);
  const [g, st, pr, dl, pupils, reads] = await Promise.all([
    open('groups', groups),
    open('staff', staff),
    open('prevention', prevention),
    open('deletionLog', deletionLog),
    open('pupils', allPupils.filter((row) => !row.leftOn || named.has(row.id))),
    open('alertReads', unique([readRows, olderReadRows])),
  ]);
  return {
    groups: g,
    staff: st,
    prevention: pr,
    deletionLog: dl,
    pupils,
    meldingen: { records: allMeldingen, damaged: [...meldingen.damaged, ...olderMeldingen.damaged] },
    pupilsWhoLeft: whoLeft(allPupils),
    unopened: { meldingen: meldingCount - meldingRows.length - olderMeldingRows.length, zaken: zaakCount - zaakRows.length },
    zaken,
    incidents,
    alertReads: reads,
  };
}

/** These rows of a table as they are now: the records that open, the ids no longer there, and those that do not open. */
export async function openRows(key: DataKey, table: Table, ids: readonly string[]): Promise<{ records: unknown[]; gone: string[]; damaged: string[] }> {
  const rows = await withDatabase((db) => db.table<SealedRow, string>(table).bulkGet([...ids]));
  const { records, damaged } = await storeOf[table].readable(
    key,
    rows.filter((row): row is SealedRow => row !== undefined),
  );
  return { records, gone: ids.filter((_, i) => !rows[i]), damaged };
}
