import type { Zaak } from '../domain/case/zaak';
import type { Incident } from '../domain/incidents/incident';
import type { PreventionRecord } from '../domain/prevention/year-plan';
import type { DeletionLogEntry } from '../domain/privacy/retention';
import type { Melding } from '../domain/melding';
import type { Group, Pupil } from '../domain/pupils';
import type { School } from '../domain/school';
import type { StaffMember } from '../domain/staff';
import type { DataKey } from './crypto/cipher';
import { KringError, messages } from './errors';
import { decodeDraftIdKey, newDraftIdKey, useDraftIdKey } from './draft-ids';
import { rekeyDrafts } from './drafts';
import { renewPhotos } from './photos';
import { deletionLogStore, draftStore, groupStore, incidentStore, meldingStore, preventionStore, pupilStore, schoolStore, staffStore, zaakStore } from './stores';

/** Everything a screen needs after unlocking, decrypted once and kept in memory until the lock. */
export interface SchoolData {
  school: School;
  groups: Group[];
  pupils: Pupil[];
  staff: StaffMember[];
  meldingen: Melding[];
  zaken: Zaak[];
  incidents: Incident[];
  prevention: PreventionRecord[];
  deletions: DeletionLogEntry[];
  /** Records that could not be read (damaged, or altered without the key), per table: said, never hidden. */
  damaged?: { table: string; id: string }[];
}

export async function loadSchoolData(key: DataKey): Promise<SchoolData> {
  const [school, ...tables] = await Promise.all([
    schoolStore.allReadable(key, true).then((read) => read.records.find((s) => s.id === 'school')),
    // Read with `renew`: names stored before they were cleaned at the door, and rows sealed before
    // their clear fields were bound, are written again in today's form, once.
    groupStore.allReadable(key, true),
    pupilStore.allReadable(key, true),
    staffStore.allReadable(key, true),
    meldingStore.allReadable(key, true),
    zaakStore.allReadable(key, true),
    incidentStore.allReadable(key, true),
    preventionStore.allReadable(key, true),
    deletionLogStore.allReadable(key, true),
    // Drafts are read when their form opens; here only so that older ones are sealed again with their fields bound.
    draftStore.allReadable(key, true),
  ]);
  const damagedPhotos = await renewPhotos(key);
  if (!school) throw new KringError(messages.noSchool);
  // Draft row ids are keyed hashes of their names: the key comes with the school (made once), and
  // drafts still under a plain name are moved to theirs.
  if (!school.draftIdKey) {
    school.draftIdKey = newDraftIdKey();
    await schoolStore.put(key, school);
  }
  await useDraftIdKey(decodeDraftIdKey(school.draftIdKey));
  await rekeyDrafts(key);
  const [groups, pupils, staff, meldingen, zaken, incidents, prevention, deletions] = tables;
  const names = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention', 'deletionLog', 'drafts'];
  const damaged = [...tables.flatMap((t, i) => t.damaged.map((id) => ({ table: names[i]!, id }))), ...damagedPhotos.map((id) => ({ table: 'photos', id }))];
  groups.records.sort((a, b) => a.order - b.order);
  deletions.records.sort((a, b) => b.at.localeCompare(a.at));
  return {
    school,
    groups: groups.records,
    pupils: pupils.records,
    staff: staff.records,
    meldingen: meldingen.records,
    zaken: zaken.records,
    incidents: incidents.records,
    prevention: prevention.records,
    deletions: deletions.records,
    ...(damaged.length > 0 ? { damaged } : {}),
  };
}
