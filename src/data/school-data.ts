import type { AlertRead } from '../domain/alerts/new-for-you';
import type { Zaak } from '../domain/case/zaak';
import type { Incident } from '../domain/incidents/incident';
import type { PreventionRecord } from '../domain/prevention/year-plan';
import type { DeletionLogEntry } from '../domain/privacy/retention';
import type { Melding } from '../domain/melding';
import type { Group, Pupil } from '../domain/pupils';
import type { School } from '../domain/school';
import type { StaffMember } from '../domain/staff';
import type { DataKey } from './crypto/cipher';
import type { Scope } from '../domain/working-set';
import type { SealedRow } from './db';
import { withDatabase } from './connection';
import { KringError, messages } from './errors';
import { decodeDraftIdKey, newDraftIdKey, useDraftIdKey } from './draft-ids';
import { rekeyDrafts } from './drafts';
import { renewPhotos } from './photos';
import { alertReadStore, deletionLogStore, groupStore, incidentStore, meldingStore, preventionStore, pupilStore, schoolStore, staffStore, zaakStore } from './stores';

/** Everything a screen needs after unlocking, decrypted once and kept in memory until the lock. */
export interface SchoolData {
  /** The working set since a day (what unlocking opens), or every record (working-set.ts). */
  scope: Scope;
  /** With the working set: how many older records stay sealed until a screen opens them. */
  unopened?: Unopened;
  /**
   * Every pupil who left and when (readable fields, whatever the scope): the start screen tells
   * when the retention term has passed for some, without opening their records.
   */
  pupilsWhoLeft: PupilWhoLeft[];
  school: School;
  groups: Group[];
  pupils: Pupil[];
  staff: StaffMember[];
  meldingen: Melding[];
  zaken: Zaak[];
  incidents: Incident[];
  prevention: PreventionRecord[];
  deletions: DeletionLogEntry[];
  /** Who marked which alert read ("Nieuw voor u"), and when. */
  alertReads: AlertRead[];
  /** Records that could not be read (damaged, or altered without the key), per table: said, never hidden. */
  damaged?: { table: string; id: string }[];
}

type Table = 'groups' | 'pupils' | 'staff' | 'meldingen' | 'zaken' | 'incidents' | 'prevention' | 'deletionLog' | 'alertReads';
const TABLES: readonly Table[] = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention', 'deletionLog', 'alertReads'];
const storeOf = { groups: groupStore, pupils: pupilStore, staff: staffStore, meldingen: meldingStore, zaken: zaakStore, incidents: incidentStore, prevention: preventionStore, deletionLog: deletionLogStore, alertReads: alertReadStore };
type Opened = { [T in Table]: { records: Awaited<ReturnType<(typeof storeOf)[T]['open']>>[]; damaged: string[] } };

export interface PupilWhoLeft {
  id: string;
  leftOn: string;
}

export interface Unopened {
  meldingen: number;
  zaken: number;
  incidents: number;
}

/** Records opened so far, of how many. */
export type Progress = (done: number, total: number) => void;
const CHUNK = 1000;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Who left and when, from the readable fields of the pupil rows: nothing decrypted, no name. */
const whoLeft = (rows: readonly SealedRow[]): PupilWhoLeft[] => rows.flatMap((row) => (typeof row.leftOn === 'string' ? [{ id: row.id, leftOn: row.leftOn }] : []));

const unique = (rows: readonly SealedRow[][]): SealedRow[] => [...new Map(rows.flat().map((r) => [r.id, r])).values()];

/**
 * The records of a scope (working-set.ts), decrypted. For the working set only rows chosen by their
 * clear fields are opened: what is open, and what is newer than `since`; then, second, what those
 * name that is older (the melding of an open zaak, a child who has left, the read of an old alert).
 */
async function openScope(key: DataKey, scope: Scope, renew: boolean, onProgress?: Progress): Promise<Opened & { unopened?: Unopened; pupilsWhoLeft: PupilWhoLeft[] }> {
  const open = <T extends Table>(table: T, rows: readonly SealedRow[]) => storeOf[table].readable(key, rows, renew) as Promise<Opened[T]>;
  if (scope === 'all') {
    const rows = await withDatabase((db) => Promise.all(TABLES.map((t) => db.table<SealedRow, string>(t).toArray())));
    const total = rows.reduce((n, r) => n + r.length, 0);
    let done = 0;
    const opened: Partial<Opened> = {};
    // In chunks, with a turn for the page between them: a tap or a keystroke is never held up for long.
    for (const [i, table] of TABLES.entries()) {
      const all = rows[i]!;
      const parts: { records: unknown[]; damaged: string[] }[] = [];
      for (let at = 0; at === 0 || at < all.length; at += CHUNK) {
        parts.push(await open(table, all.slice(at, at + CHUNK)));
        done += Math.min(CHUNK, all.length - at);
        onProgress?.(done, total);
        if (all.length > CHUNK) await nextTurn();
      }
      (opened as Record<Table, unknown>)[table] = { records: parts.flatMap((p) => p.records), damaged: parts.flatMap((p) => p.damaged) };
    }
    return { ...(opened as Opened), pupilsWhoLeft: whoLeft(rows[TABLES.indexOf('pupils')]!) };
  }
  const { since } = scope;
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
      Promise.all([db.meldingen.count(), db.zaken.count(), db.incidents.count()]),
    ]),
  );
  const [groups, staff, prevention, deletionLog, allPupils, meldingRows, zaakRows, incidentRows, readRows, [meldingCount, zaakCount, incidentCount]] = first;
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
    unopened: { meldingen: meldingCount - meldingRows.length - olderMeldingRows.length, zaken: zaakCount - zaakRows.length, incidents: incidentCount - incidentRows.length },
    zaken,
    incidents,
    alertReads: reads,
  };
}

/**
 * The school's records of a scope, decrypted: the working set at unlock, everything when a screen
 * needs it. `atUnlock`: also bring what older versions wrote up to today's form, once per unlock
 * rather than at every read after a change elsewhere: names cleaned at the door, rows sealed before
 * their clear fields were bound, drafts under a plain name, photos bound to nothing.
 */
export async function loadSchoolData(key: DataKey, { atUnlock = false, renew = atUnlock, scope = 'all' as Scope, onProgress }: { atUnlock?: boolean; renew?: boolean; scope?: Scope; onProgress?: Progress } = {}): Promise<SchoolData> {
  const [school, tables] = await Promise.all([schoolStore.allReadable(key, renew).then((read) => read.records.find((s) => s.id === 'school')), openScope(key, scope, renew, onProgress)]);
  if (!school) throw new KringError(messages.noSchool);
  // Draft row ids are keyed hashes of their names: the key comes with the school (made once).
  if (!school.draftIdKey) {
    school.draftIdKey = newDraftIdKey();
    await schoolStore.put(key, school);
  }
  await useDraftIdKey(decodeDraftIdKey(school.draftIdKey));
  // A draft or photo that cannot be read says so where it is used (its form, the mailbox note).
  if (atUnlock) await Promise.all([rekeyDrafts(key), renewPhotos(key)]);
  const damaged = TABLES.flatMap((table) => tables[table].damaged.map((id) => ({ table, id })));
  const groups = tables.groups.records.sort((a, b) => a.order - b.order);
  const deletions = tables.deletionLog.records.sort((a, b) => b.at.localeCompare(a.at));
  return {
    scope,
    ...(tables.unopened ? { unopened: tables.unopened } : {}),
    pupilsWhoLeft: tables.pupilsWhoLeft,
    school,
    groups,
    pupils: tables.pupils.records,
    staff: tables.staff.records,
    meldingen: tables.meldingen.records,
    zaken: tables.zaken.records,
    incidents: tables.incidents.records,
    prevention: tables.prevention.records,
    deletions,
    alertReads: tables.alertReads.records,
    ...(damaged.length > 0 ? { damaged } : {}),
  };
}
