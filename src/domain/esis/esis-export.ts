import * as z from 'zod/mini';
import type { EsisNote } from './esis-notes';
import { fileSlug } from '../file-names';

/**
 * The versioned JSON document a school exports to enter notes in Esis by hand (or to hand to a
 * colleague who does). Its JSON Schema, generated from this schema, is esis-export.schema.json.
 */
export const ESIS_EXPORT_FORMAT = 'kring-esis-export';
/** 2: follow-up notes, each marked with its kind. */
export const ESIS_EXPORT_SCHEMA_VERSION = 2;

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const moment = z.string().check(z.minLength(20), z.maxLength(40));

export const esisExportSchema = z.object({
  format: z.literal(ESIS_EXPORT_FORMAT),
  schemaVersion: z.literal(ESIS_EXPORT_SCHEMA_VERSION),
  school: z.string().check(z.minLength(1), z.maxLength(120)),
  exportedAt: moment,
  notes: z.array(
    z.object({
      zaakId: z.string().check(z.minLength(1), z.maxLength(64)),
      pupil: z.object({
        name: z.string().check(z.minLength(1), z.maxLength(200)),
        group: z.string().check(z.maxLength(40)),
        esisNumber: z.optional(z.string().check(z.maxLength(20))),
      }),
      destination: z.enum(['incidenten-pesten', 'dagboek']),
      /** The first note when the approach started, or a follow-up after a later step. */
      kind: z.enum(['start', 'vervolg']),
      /** Where to click in Esis, as the school's protocol names it. */
      destinationPath: z.string().check(z.maxLength(200)),
      date: day,
      text: z.string().check(z.minLength(1), z.maxLength(4000)),
      enteredAt: z.optional(moment),
    }),
  ),
});
export type EsisExport = z.infer<typeof esisExportSchema>;

export function esisJsonSchema(): unknown {
  return z.toJSONSchema(esisExportSchema);
}

export interface ExportPupil {
  name: string;
  group: string;
  esisNumber?: string | undefined;
}

export function buildEsisExport(
  school: string,
  notes: readonly EsisNote[],
  pupil: (pupilId: string) => ExportPupil,
  destinationPath: (destination: EsisNote['destination']) => string,
  now: Date,
): EsisExport {
  return esisExportSchema.parse({
    format: ESIS_EXPORT_FORMAT,
    schemaVersion: ESIS_EXPORT_SCHEMA_VERSION,
    school,
    exportedAt: now.toISOString(),
    notes: notes.map((n) => {
      const p = pupil(n.pupilId);
      return {
        zaakId: n.zaakId,
        pupil: { name: p.name, group: p.group, ...(p.esisNumber ? { esisNumber: p.esisNumber } : {}) },
        destination: n.destination,
        kind: n.kind,
        destinationPath: destinationPath(n.destination),
        date: n.date,
        text: n.text,
        ...(n.entered ? { enteredAt: n.entered.at } : {}),
      };
    }),
  });
}

/** "kring-esis-basisschool-de-linde-2026-11-25.json": the school and the day, nothing about a child. */
export function exportFileName(school: string, day: string): string {
  return `kring-esis-${fileSlug(school)}-${day}.json`;
}
