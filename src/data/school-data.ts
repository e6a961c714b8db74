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
  /** Records that could not be read (damaged, or altered without the key), per table: said, never hidden. */
  damaged?: { table: string; id: string }[];
}

export async function loadSchoolData(key: DataKey): Promise<SchoolData> {
  const [school, ...tables] = await Promise.all([
    schoolStore.get(key, 'school'),
    // Names are cleaned at the door; names stored before that rule are cleaned here, once.
    groupStore.allReadable(key, true),
    pupilStore.allReadable(key, true),
    staffStore.allReadable(key, true),
    meldingStore.allReadable(key),
    zaakStore.allReadable(key),
    incidentStore.allReadable(key),
    preventionStore.allReadable(key),
    deletionLogStore.allReadable(key),
  ]);
  if (!school) throw new KringError(messages.noSchool);
  const [groups, pupils, staff, meldingen, zaken, incidents, prevention, deletions] = tables;
  const names = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention', 'deletionLog'];
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
    ...(damaged.length > 0 ? { damaged } : {}),
  };
}
