import * as z from 'zod/mini';
import { isoDate, optionalText, recordId, requiredText } from './text-fields';

export const groupSchema = z.object({
  id: recordId,
  name: requiredText('de naam van de groep', 40),
  /** Position in lists; groep 1 first. */
  order: z.number(),
});
export type Group = z.infer<typeof groupSchema>;

export const pupilSchema = z.object({
  id: recordId,
  firstName: requiredText('de voornaam', 80),
  lastName: requiredText('de achternaam', 120),
  groupId: recordId,
  esisNumber: z.optional(optionalText('het Esis-leerlingnummer', 20)),
  leftOn: z.optional(isoDate),
});
export type Pupil = z.infer<typeof pupilSchema>;

export function pupilName(pupil: Pick<Pupil, 'firstName' | 'lastName'>): string {
  return `${pupil.firstName} ${pupil.lastName}`;
}
