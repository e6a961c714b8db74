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
import { openScope, TABLES, type Progress, type PupilWhoLeft, type Unopened } from './school-scope';
import { KringError, messages } from './errors';
import { decodeDraftIdKey, newDraftIdKey, useDraftIdKey } from './draft-ids';
import { rekeyDrafts } from './drafts';
import { renewPhotos } from './photos';
import { schoolStore } from './stores';

export type { Progress, PupilWhoLeft, Unopened };

/**
 * What the screens read: the working set after unlocking, the whole school once a screen needed it
 * (working-set.ts); decrypted, and kept in memory until the lock.
 */
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
