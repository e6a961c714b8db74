import type { SchoolData } from '../../data/school-data';
import { roleView, type RoleView } from '../../domain/privacy/role-view';
import type { KnownRoute } from '../../ui/routes';
import { useUser } from './user-store';

/**
 * Which screens each view opens. The data a screen shows is already narrowed by recordsInView; this
 * keeps people out of the screens that are not theirs at all: the surveillant has the quick log and
 * their own meldingen, a leerkracht everything about cases but not the school's administration, the
 * parents' copy or the export of all data.
 */
const surveillant = new Set<KnownRoute['name']>(['home', 'plein', 'hotspots', 'meldingen', 'nieuwe-melding', 'melding', 'instellingen']);
// The blue mailbox is emptied by the vertrouwenspersoon; the administration is the IB'er's and directeur's.
const notForLeerkracht = new Set<KnownRoute['name']>(['overdracht', 'inzage', 'instelling', 'jaaroverzicht', 'brievenbus']);

export function mayOpen(view: RoleView, route: KnownRoute['name']): boolean {
  if (view === 'alles') return true;
  if (view === 'surveillant') return surveillant.has(route);
  return !notForLeerkracht.has(route);
}

/** The view of whoever uses the tablet now. */
export function useRoleView(data: Pick<SchoolData, 'staff'>): RoleView {
  const staffId = useUser((s) => s.staffId);
  return roleView(data.staff.find((s) => s.id === staffId), data.staff);
}
