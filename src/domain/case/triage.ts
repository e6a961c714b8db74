import * as z from 'zod/mini';
import { idsOf } from '../choices';
import { fieldErrors, type FieldErrors } from '../validation';
import { optionalText, recordId, requiredText } from '../text-fields';

/** Section 2 of the protocol as a decision: plagen, pesten, or an incident that is not bullying. */

export const triageOutcomes = [
  { id: 'pesten', label: 'Pesten', explanation: 'Er wordt een zaak geopend en de supportgroepaanpak gaat in werking.' },
  { id: 'plagen', label: 'Plagen', explanation: 'Geen zaak; u legt vast welk vervolg u kiest.' },
  { id: 'incident', label: 'Incident, geen pesten', explanation: 'Geen zaak; u legt vast welk passend vervolg u kiest.' },
] as const;
export type TriageOutcome = (typeof triageOutcomes)[number]['id'];

const yesNo = z.optional(z.boolean());

export const triageSchema = z.object({
  opzet: yesNo,
  herhaling: yesNo,
  macht: yesNo,
  outcome: z.enum(idsOf(triageOutcomes), 'Kies de uitkomst: pesten, plagen of incident.'),
  reason: requiredText('waarom u tot deze conclusie komt', 2000),
  followUp: optionalText('het vervolg', 2000),
  /** For pesten: the bullied child or children among the melding's pupils; a zaak opens for each. */
  bulliedPupilIds: z.array(recordId),
  leadStaffId: z.optional(recordId),
  decidedAt: z.optional(z.string()),
  decidedBy: z.optional(recordId),
});
export type Triage = z.infer<typeof triageSchema>;

/** What the three questions point to; the person deciding may still choose otherwise, with a reason. */
export function suggestedOutcome(answers: Pick<Triage, 'opzet' | 'herhaling' | 'macht'>): TriageOutcome | null {
  const { opzet, herhaling, macht } = answers;
  if (opzet === undefined || herhaling === undefined || macht === undefined) return null;
  if (opzet && herhaling && macht) return 'pesten';
  return opzet || herhaling || macht ? 'incident' : 'plagen';
}

export type TriageCheck = { ok: true; value: Triage } | { ok: false; errors: FieldErrors };

export function checkTriage(input: unknown, meldingPupilIds: readonly string[]): TriageCheck {
  const parsed = triageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const triage = parsed.data;
  const errors: FieldErrors = {};
  if (triage.outcome === 'pesten') {
    if (triage.bulliedPupilIds.length === 0) errors.bulliedPupilIds = 'Kies de leerling die gepest wordt.';
    if (triage.bulliedPupilIds.some((id) => !meldingPupilIds.includes(id)))
      errors.bulliedPupilIds = 'Kies alleen leerlingen uit de melding.';
    if (!triage.leadStaffId) errors.leadStaffId = 'Kies wie de zaak leidt.';
  } else if (!triage.followUp) errors.followUp = 'Beschrijf het vervolg dat u kiest.';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: triage };
}
