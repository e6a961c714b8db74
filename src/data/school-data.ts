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
import { KringError, messages } from './errors';
import { decodeDraftIdKey, newDraftIdKey, useDraftIdKey } from './draft-ids';
import { rekeyDrafts } from './drafts';
import { renewPhotos } from './photos';
import { alertReadStore, deletionLogStore, groupStore, incidentStore, meldingStore, preventionStore, pupilStore, schoolStore, staffStore, zaakStore } from './stores';

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
  /** Who marked which alert read ("Nieuw voor u"), and when. */
  alertReads: AlertRead[];
  /** Records that could not be read (damaged, or altered without the key), per table: said, never hidden. */
  damaged?: { table: string; id: string }[];
}

/**
 * Every record, decrypted. `atUnlock`: also bring what older versions wrote up to today's form, once
 * per unlock rather than at every read after a change elsewhere: names cleaned at the door, rows
 * sealed before their clear fields were bound, drafts under a plain name, photos bound to nothing.
 */
export async function loadSchoolData(key: DataKey, { atUnlock = false } = {}): Promise<SchoolData> {
  const [school, ...tables] = await Promise.all([
    schoolStore.allReadable(key, atUnlock).then((read) => read.records.find((s) => s.id === 'school')),
    groupStore.allReadable(key, atUnlock),
    pupilStore.allReadable(key, atUnlock),
    staffStore.allReadable(key, atUnlock),
    meldingStore.allReadable(key, atUnlock),
    zaakStore.allReadable(key, atUnlock),
    incidentStore.allReadable(key, atUnlock),
    preventionStore.allReadable(key, atUnlock),
    deletionLogStore.allReadable(key, atUnlock),
    alertReadStore.allReadable(key, atUnlock),
  ]);
  if (!school) throw new KringError(messages.noSchool);
  // Draft row ids are keyed hashes of their names: the key comes with the school (made once).
  if (!school.draftIdKey) {
    school.draftIdKey = newDraftIdKey();
    await schoolStore.put(key, school);
  }
  await useDraftIdKey(decodeDraftIdKey(school.draftIdKey));
  // A draft or photo that cannot be read says so where it is used (its form, the mailbox note).
  if (atUnlock) await Promise.all([rekeyDrafts(key), renewPhotos(key)]);
  const [groups, pupils, staff, meldingen, zaken, incidents, prevention, deletions, alertReads] = tables;
  const names = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention', 'deletionLog', 'alertReads'];
  const damaged = tables.flatMap((t, i) => t.damaged.map((id) => ({ table: names[i]!, id })));
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
    alertReads: alertReads.records,
    ...(damaged.length > 0 ? { damaged } : {}),
  };
}
