import * as z from 'zod/mini';
import { isoDate, nameText, optionalText, recordId } from './text-fields';

export const groupSchema = z.object({
  id: recordId,
  name: nameText('de naam van de groep', 40),
  /** Position in lists; groep 1 first. */
  order: z.number(),
});
export type Group = z.infer<typeof groupSchema>;

export const pupilSchema = z.object({
  id: recordId,
  firstName: nameText('de voornaam', 80),
  lastName: nameText('de achternaam', 120),
  groupId: recordId,
  esisNumber: z.optional(optionalText('het Esis-leerlingnummer', 20)),
  leftOn: z.optional(isoDate),
});
export type Pupil = z.infer<typeof pupilSchema>;

export function pupilName(pupil: Pick<Pupil, 'firstName' | 'lastName'>): string {
  return `${pupil.firstName} ${pupil.lastName}`;
}

/** How a pupil who is no longer in Kring (removed by the retention term) is named in what remains. */
export const UNKNOWN_PUPIL = 'Onbekende leerling';

/** The full name of the pupil with this id, or UNKNOWN_PUPIL. */
export function nameOfPupil(pupils: readonly Pupil[], id: string): string {
  const pupil = pupils.find((p) => p.id === id);
  return pupil ? pupilName(pupil) : UNKNOWN_PUPIL;
}

/** The first name, as children see it in gespreksmodus, or UNKNOWN_PUPIL. */
export function firstNameOfPupil(pupils: readonly Pupil[], id: string): string {
  return pupils.find((p) => p.id === id)?.firstName ?? UNKNOWN_PUPIL;
}

/** Whether any melding, zaak or playground incident names this pupil: such a pupil is never removed, only marked as left. */
export function pupilHasRecords(
  records: {
    meldingen: readonly { pupilIds: readonly string[] }[];
    zaken: readonly { bulliedPupilId: string; members: readonly { pupilId: string }[]; conversations: readonly { pupilId?: string | undefined; actions?: readonly { pupilId: string }[] | undefined }[] }[];
    incidents: readonly { involved: readonly { pupilId: string }[] }[];
  },
  pupilId: string,
): boolean {
  return (
    records.meldingen.some((m) => m.pupilIds.includes(pupilId)) ||
    records.zaken.some((z) => z.bulliedPupilId === pupilId || z.members.some((m) => m.pupilId === pupilId) || z.conversations.some((c) => c.pupilId === pupilId || c.actions?.some((a) => a.pupilId === pupilId))) ||
    records.incidents.some((i) => i.involved.some((p) => p.pupilId === pupilId))
  );
}

/** The surname as Dutch lists sort it: "de Vries" under V, "van der Berg" under B. */
export function sortingSurname(lastName: string): string {
  return lastName.trim().replace(/^((van|de|den|der|het|ter|ten|te|in|op|la|le|du|d'|'t)\s+)+/iu, '');
}
