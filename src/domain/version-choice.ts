import * as z from 'zod/mini';
import { isoDateTime, recordId } from './text-fields';

/**
 * A choice between two versions of one record, written on two tablets apart where no rule settles
 * them (a name, a setting): who chose, when, the version kept, and the versions not kept, each with
 * the tablet and colleague that wrote it and what it said where they differed. Kept in the school's
 * history (sync screen), so what was not chosen stays readable instead of vanishing.
 */

const version = z.object({
  /** "Tablet 3F2A", and the colleague who wrote it, when known. */
  tablet: z.optional(z.string().check(z.maxLength(60))),
  staffId: z.optional(recordId),
  /** What this version said where the versions differed, in words. */
  lines: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(60)),
});

export const versionChoiceSchema = z.object({
  id: recordId,
  at: isoDateTime,
  by: z.optional(recordId),
  /** "table/id" of the record: a retention run that deletes the record deletes its choices too. */
  subject: z.string().check(z.minLength(3), z.maxLength(200)),
  /** What the record is, as the chooser saw it ("de leerling Ties Oeverzegge"). */
  what: z.string().check(z.maxLength(200)),
  kept: version,
  notKept: z.array(version).check(z.minLength(1), z.maxLength(10)),
});
export type VersionChoice = z.infer<typeof versionChoiceSchema>;
export type ChoiceVersion = z.infer<typeof version>;

export const choiceSubject = (table: string, id: string) => `${table}/${id}`;
