import * as z from 'zod/mini';
import { incidentSchema } from '../incidents/incident';
import { meldingSchema } from '../melding';
import { groupSchema, pupilSchema } from '../pupils';
import { staffSchema } from '../staff';
import { zaakSchema } from '../case/zaak';
import { preventionRecordSchema } from '../prevention/year-plan';
import { isoDateTime } from '../text-fields';
import { schoolSettingsSchema } from './school-settings';

/**
 * What moves between tablets: the school's records, each checked by its own schema on the way in.
 * The file around it is encrypted with a one-time passphrase (data/transfer/encrypted-file.ts).
 */
export const ARCHIVE_FORMAT = 'kring-archief';
export const ARCHIVE_SCHEMA_VERSION = 1;

export const recordsSchema = z.object({
  groups: z.array(groupSchema),
  pupils: z.array(pupilSchema),
  staff: z.array(staffSchema),
  meldingen: z.array(meldingSchema),
  zaken: z.array(zaakSchema),
  incidents: z.array(incidentSchema),
  /** Added after the first files were written: absent in those, so optional. */
  prevention: z.optional(z.array(preventionRecordSchema)),
});
export type Records = z.infer<typeof recordsSchema>;
export type RecordTable = keyof Records;
export const recordTables: RecordTable[] = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention'];

export const archiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  createdAt: isoDateTime,
  school: z.string().check(z.maxLength(120)),
  records: recordsSchema,
  /** A full backup also carries the school's own settings; older files and partial transfers do not. */
  settings: z.optional(schoolSettingsSchema),
});
export type Archive = z.infer<typeof archiveSchema>;

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/** Reads an archive from decrypted JSON text, with a Dutch reason for anything it cannot take. */
export function readArchive(text: string): Archive {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ArchiveError('Dit bestand is geen geldig Kring-bestand: de inhoud is beschadigd of onvolledig.');
  }
  const head = z.object({ format: z.string(), schemaVersion: z.number() }).safeParse(value);
  if (!head.success || head.data.format !== ARCHIVE_FORMAT) throw new ArchiveError('Dit bestand komt niet uit Kring.');
  if (head.data.schemaVersion > ARCHIVE_SCHEMA_VERSION)
    throw new ArchiveError('Dit bestand komt uit een nieuwere versie van Kring. Werk Kring op deze tablet eerst bij.');
  const parsed = archiveSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArchiveError(`Dit bestand bevat gegevens die niet kloppen (${issue?.path.join(' › ') ?? 'onbekend'}). Er is niets ingelezen.`);
  }
  return parsed.data;
}
