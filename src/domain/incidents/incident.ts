import * as z from 'zod/mini';
import { idsOf } from '../choices';
import { isoDateTime, optionalText, recordId } from '../text-fields';

/** A pleinincident: what a surveillant saw on the playground, logged in seconds. */

export const behaviourKinds = [
  { id: 'fysiek', label: 'Fysiek' },
  { id: 'verbaal', label: 'Verbaal' },
  { id: 'buitensluiten', label: 'Buitensluiten' },
  { id: 'spullen', label: 'Spullen afpakken of vernielen' },
  { id: 'digitaal', label: 'Digitaal' },
  { id: 'anders', label: 'Anders' },
] as const;
export type BehaviourKind = (typeof behaviourKinds)[number]['id'];

export const parts = [
  { id: 'doelwit', label: 'Doelwit' },
  { id: 'dader', label: 'Dader' },
  { id: 'getuige', label: 'Getuige' },
] as const;
export type Part = (typeof parts)[number]['id'];

export const moments = [
  { id: 'voor-schooltijd', label: 'Voor schooltijd' },
  { id: 'pauze', label: 'Pauze' },
  { id: 'na-schooltijd', label: 'Na schooltijd' },
] as const;
export type Moment = (typeof moments)[number]['id'];

export const incidentSchema = z.object({
  id: recordId,
  occurredAt: isoDateTime,
  moment: z.enum(idsOf(moments)),
  area: optionalText('de plek', 80),
  kind: z.enum(idsOf(behaviourKinds)),
  involved: z
    .array(z.object({ pupilId: recordId, part: z.enum(idsOf(parts)) }))
    .check(z.minLength(1, 'Kies minstens één leerling.'), z.maxLength(12, 'Kies hoogstens 12 leerlingen.')),
  note: optionalText('de notitie', 500),
  recordedBy: z.optional(recordId),
  createdAt: isoDateTime,
});
export type Incident = z.infer<typeof incidentSchema>;

/** The first child picked is the target; the next ones are actors until someone says otherwise. */
export function partForNext(alreadyPicked: number): Part {
  return alreadyPicked === 0 ? 'doelwit' : 'dader';
}

const cycle: Record<Part, Part> = { doelwit: 'dader', dader: 'getuige', getuige: 'doelwit' };
export function nextPart(part: Part): Part {
  return cycle[part];
}

export const defaultPlaygroundAreas = ['Schoolplein', 'Voetbalveld', 'Zandbak', 'Klimrek', 'Fietsenstalling', 'Bij het hek'] as const;

/** School hours, for telling the moment from the time (settings may change them). */
export interface SchoolHours {
  /** 'HH:MM', local time. */
  start: string;
  end: string;
}
export const defaultSchoolHours: SchoolHours = { start: '08:30', end: '14:30' };

export function momentOf(at: Date, hours: SchoolHours = defaultSchoolHours): Moment {
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  if (hhmm < hours.start) return 'voor-schooltijd';
  if (hhmm >= hours.end) return 'na-schooltijd';
  return 'pauze';
}
