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
import { deletionLogStore, groupStore, incidentStore, meldingStore, preventionStore, pupilStore, schoolStore, staffStore, zaakStore } from './stores';

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
}

export async function loadSchoolData(key: DataKey): Promise<SchoolData> {
  const [school, groups, pupils, staff, meldingen, zaken, incidents, prevention, deletions] = await Promise.all([
    schoolStore.get(key, 'school'),
    // Names are cleaned at the door; names stored before that rule are cleaned here, once.
    groupStore.allRenewed(key),
    pupilStore.allRenewed(key),
    staffStore.allRenewed(key),
    meldingStore.all(key),
    zaakStore.all(key),
    incidentStore.all(key),
    preventionStore.all(key),
    deletionLogStore.all(key),
  ]);
  if (!school) throw new KringError(messages.noSchool);
  groups.sort((a, b) => a.order - b.order);
  deletions.sort((a, b) => b.at.localeCompare(a.at));
  return { school, groups, pupils, staff, meldingen, zaken, incidents, prevention, deletions };
}
