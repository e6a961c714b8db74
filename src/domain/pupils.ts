import * as z from 'zod/mini';
import { isoDate, isoDateTime, nameText, optionalText, recordId } from './text-fields';

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
  /** Names the pupil had in Kring before, oldest first, each with the moment it stopped being used. */
  formerNames: z.optional(
    z.array(z.object({ firstName: nameText('de voornaam', 80), lastName: nameText('de achternaam', 120), until: isoDateTime, by: z.optional(recordId) })),
  ),
});
export type Pupil = z.infer<typeof pupilSchema>;

/**
 * A pupil saved with another name: the name they had is kept (a rename is an event, not a rewrite),
 * so what was recorded about them reads as it was, and says what they are called now.
 */
export function withRename(before: Pupil, after: Pupil, at: Date, by?: string): Pupil {
  if (before.firstName === after.firstName && before.lastName === after.lastName) return after;
  const former = { firstName: before.firstName, lastName: before.lastName, until: at.toISOString(), ...(by ? { by } : {}) };
  return { ...after, formerNames: [...(before.formerNames ?? []), former] };
}

/** The pupil's name at a moment: the name they had then, as Kring knew it. */
export function nameAt(pupil: Pick<Pupil, 'firstName' | 'lastName' | 'formerNames'>, at: string): string {
  const then = (pupil.formerNames ?? []).find((f) => f.until > at);
  return pupilName(then ?? pupil);
}

/** Renames of the pupil after a moment, oldest first: "Daan Visser heet nu Daan Vissers". */
export function renamesSince(pupil: Pick<Pupil, 'firstName' | 'lastName' | 'formerNames'>, since: string): { at: string; by?: string | undefined; from: string; to: string }[] {
  const names = [...(pupil.formerNames ?? []), { firstName: pupil.firstName, lastName: pupil.lastName, until: '' }];
  return names.slice(0, -1).flatMap((f, i) => (f.until > since ? [{ at: f.until, by: (f as { by?: string }).by, from: pupilName(f), to: pupilName(names[i + 1]!) }] : []));
}

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
