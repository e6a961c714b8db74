import * as z from 'zod/mini';
import { idsOf } from './choices';
import { isoDate, nameText, recordId } from './text-fields';

export const staffRoles = [
  { id: 'leerkracht', label: 'Groepsleerkracht' },
  { id: 'ivp', label: 'Interne vertrouwenspersoon' },
  { id: 'ib', label: 'IB’er' },
  { id: 'directeur', label: 'Directeur' },
  { id: 'surveillant', label: 'Surveillant' },
] as const;
export type StaffRole = (typeof staffRoles)[number]['id'];

export const staffSchema = z.object({
  id: recordId,
  name: nameText('de naam', 120),
  roles: z.array(z.enum(idsOf(staffRoles))),
  groupIds: z.array(recordId),
  /** Left the school: kept so timelines still show who did what, but no longer chosen or given work. */
  removedOn: z.optional(isoDate),
});
export type StaffMember = z.infer<typeof staffSchema>;

export function activeStaff(staff: readonly StaffMember[]): StaffMember[] {
  return staff.filter((s) => !s.removedOn);
}

/** Who may lead a zaak (the protocol: the group's teacher or an IVP), among colleagues still at school. */
export function possibleLeads(staff: readonly StaffMember[]): StaffMember[] {
  return activeStaff(staff).filter((s) => s.roles.includes('leerkracht') || s.roles.includes('ivp'));
}

/** A member's roles as the school says them: "Groepsleerkracht, Surveillant". */
export function roleLabels(roles: readonly string[]): string {
  return roles.map((r) => staffRoles.find((s) => s.id === r)?.label ?? r).join(', ');
}
