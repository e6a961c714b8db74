import type { Zaak } from '../case/zaak';
import type { Incident } from '../incidents/incident';
import { isFromMailbox, type Melding } from '../melding';
import type { Pupil } from '../pupils';
import type { StaffMember } from '../staff';

/**
 * What each person sees, by their role ("each person sees what their role needs"):
 * - the IVP, the IB'er and the directeur: everything;
 * - a leerkracht: the meldingen, zaken and playground incidents of their own groups, and the zaken
 *   they lead, led or recorded a conversation in; not the blue mailbox, the vertrouwenspersoon's;
 * - a surveillant: the playground quick log and what they recorded themselves.
 * On a tablet unlocked with the school's shared passphrase this is a privacy aid, not a wall: the
 * data key is the same for everyone, so it keeps eyes off what is not theirs, no more.
 */
export type RoleView = 'alles' | 'leerkracht' | 'surveillant';

/** The IVP, the IB'er and the directeur see everything. */
export const seesAll = (member: Pick<StaffMember, 'roles'>) => member.roles.some((r) => r === 'ivp' || r === 'ib' || r === 'directeur');

/**
 * The view of this member. Before anyone is known, and while the school has no one yet who sees
 * everything (a school still setting up), there is no one to hide from and nobody is locked out.
 */
export function roleView(member: Pick<StaffMember, 'roles'> | undefined, staff: readonly Pick<StaffMember, 'roles' | 'removedOn'>[]): RoleView {
  if (!member || !staff.some((s) => !s.removedOn && seesAll(s))) return 'alles';
  if (seesAll(member)) return 'alles';
  return member.roles.includes('leerkracht') ? 'leerkracht' : 'surveillant';
}

export interface CaseRecords {
  pupils: readonly Pupil[];
  meldingen: readonly Melding[];
  zaken: readonly Zaak[];
  incidents: readonly Incident[];
}


function takesPart(zaak: Zaak, staffId: string): boolean {
  return (
    zaak.leadStaffId === staffId ||
    (zaak.handovers ?? []).some((h) => h.from === staffId || h.to === staffId) ||
    zaak.conversations.some((c) => c.recordedBy === staffId)
  );
}

/** The records this person's view holds; pupils stay whole, as every form needs them to choose from. */
export function recordsInView<T extends CaseRecords & { staff: readonly StaffMember[] }>(data: T, member: Pick<StaffMember, 'id' | 'roles' | 'groupIds'> | undefined): T {
  const view = roleView(member, data.staff);
  if (view === 'alles' || !member) return data;
  const mine = (recordedBy: string | undefined) => recordedBy === member.id;
  if (view === 'surveillant')
    return { ...data, zaken: [], meldingen: data.meldingen.filter((m) => mine(m.recordedBy)), incidents: data.incidents.filter((i) => mine(i.recordedBy)) };
  const ownGroups = new Set(member.groupIds);
  const inOwnGroup = new Set(data.pupils.filter((p) => ownGroups.has(p.groupId)).map((p) => p.id));
  const zaken = data.zaken.filter((z) => inOwnGroup.has(z.bulliedPupilId) || takesPart(z, member.id));
  const zaakMeldingen = new Set(zaken.map((z) => z.meldingId));
  return {
    ...data,
    zaken,
    // A note from the blue mailbox is for the vertrouwenspersoon, until it becomes a zaak this teacher is in.
    meldingen: data.meldingen.filter((m) => mine(m.recordedBy) || zaakMeldingen.has(m.id) || (!isFromMailbox(m) && m.pupilIds.some((id) => inOwnGroup.has(id)))),
    incidents: data.incidents.filter((i) => mine(i.recordedBy) || i.involved.some((p) => inOwnGroup.has(p.pupilId))),
  };
}
