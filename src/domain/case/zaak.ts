import * as z from 'zod/mini';
import { idsOf } from '../choices';
import { protocolChangesSchema } from '../protocol/customization';
import { isoDate, isoDateTime, optionalText, recordId, requiredText } from '../text-fields';

/**
 * A zaak (case) is opened for one bullied child when triage says "pesten". It holds the support group
 * and every conversation the protocol asks for, in the order they were held.
 */

export const conversationStepIds = ['stap1', 'stap2', 'stap3', 'stap4', 'extra'] as const;
export type ConversationStepId = (typeof conversationStepIds)[number];

export const memberRoleIds = ['pester', 'assistent', 'aanmoediger', 'leider', 'verdediger', 'buitenstaander', 'vriend'] as const;
export type MemberRole = (typeof memberRoleIds)[number];

export const memberSchema = z.object({ pupilId: recordId, role: z.enum(memberRoleIds) });
export type Member = z.infer<typeof memberSchema>;

/** A concrete action a support-group member proposed in stap 2, reviewed in stap 4. */
export const actionSchema = z.object({
  pupilId: recordId,
  text: optionalText('het actiepunt', 500),
  done: z.optional(z.boolean()),
  effect: z.optional(optionalText('het effect', 1000)),
});
export type Action = z.infer<typeof actionSchema>;

export const decisions = [
  { id: 'opheffen', label: 'De supportgroep wordt opgeheven' },
  { id: 'tweede-evaluatie', label: 'Over een week een tweede en tevens laatste evaluatie' },
  { id: 'extra-stap', label: 'Het pesten gaat door: extra stap' },
] as const;
export type Decision = (typeof decisions)[number]['id'];

/** Who can be at the extra stap's confronting conversation; the protocol requires the first three. */
export const attendeeRoles = [
  { id: 'leerkracht', label: 'Leerkracht' },
  { id: 'ivp', label: 'Interne vertrouwenspersoon' },
  { id: 'directeur', label: 'Directeur' },
  { id: 'ib', label: 'IB’er' },
  { id: 'ouders', label: 'Ouders van de leerling' },
  { id: 'leerling', label: 'De leerling' },
] as const;

/**
 * After broken agreements in the extra stap: besides the consequence, what follows for this child.
 * "Onze school beschikt evt. over een schorsings- en verwijderingsprocedure."
 */
export const extraNextSteps = [
  { id: 'zorgtraject', label: 'Individueel zorgtraject, eventueel met doorverwijzing (Bijlage 1)' },
  { id: 'schorsingsprocedure', label: 'Schorsings- en verwijderingsprocedure van de school' },
  { id: 'nieuw-gesprek', label: 'Nog een confronterend gesprek met de leerling en de ouders' },
  { id: 'geen', label: 'Alleen de consequentie' },
] as const;
export type ExtraNextStep = (typeof extraNextSteps)[number]['id'];

export type Answer = string | number | boolean;

/** A whole round, from 1; a file claiming round 1e9 or -1 is refused at the door. */
const conversationRound = z.int('Een ronde is een heel getal.').check(z.gte(1), z.lte(20));

export const conversationSchema = z.object({
  stepId: z.enum(conversationStepIds),
  /** 1, or 2 for the second evaluation (stap 3 and 4); the extra stap counts on per child. */
  round: conversationRound,
  heldOn: isoDate,
  recordedAt: isoDateTime,
  recordedBy: z.optional(recordId),
  /** The extra stap is held per child who keeps bullying: the child this conversation is about. */
  pupilId: z.optional(recordId),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Per item: true done, false still to do (an open task on the lead's agenda), absent not answered. */
  checklist: z.record(z.string(), z.boolean()),
  /** Stap 1: the outcome may still be "geen pesten maar een incident". */
  outcome: z.optional(z.enum(['pesten', 'incident'])),
  followUp: z.optional(optionalText('het vervolg', 2000)),
  /** Stap 1 composes the support group. */
  members: z.optional(z.array(memberSchema)),
  /** Stap 1: no child in the group is named as pester yet, and why; an open task until it is known. */
  bulliesUnknown: z.optional(optionalText('waarom nog niet bekend is wie pest', 500)),
  actions: z.optional(z.array(actionSchema)),
  decision: z.optional(z.enum(idsOf(decisions))),
  /** Extra stap: who was present, by role. */
  attendees: z.optional(z.array(z.enum(idsOf(attendeeRoles)))),
  /** Why someone the protocol expects was not there: the record says so rather than a false tick. */
  attendeesNote: z.optional(optionalText('de toelichting bij de aanwezigen', 500)),
  referralProviderId: z.optional(z.string()),
  /** Extra stap evaluation after broken agreements: what follows the consequence. */
  nextSteps: z.optional(z.array(z.enum(idsOf(extraNextSteps)))),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** A correction of a held conversation: added beside it, never written over it (see corrections.ts). */
export const correctionSchema = z.object({
  at: isoDateTime,
  by: z.optional(recordId),
  /** The held conversation: its step, round and child, and the moment it was recorded. */
  stepId: z.enum(conversationStepIds),
  round: z.int().check(z.gte(1), z.lte(20)),
  pupilId: z.optional(recordId),
  recordedAt: isoDateTime,
  /** What was corrected (see correctableFields): "heldOn", "followUp", "attendeesNote", "answer:<prompt>", "action:<child>". */
  field: z.string().check(z.minLength(1), z.maxLength(120)),
  from: z.string().check(z.maxLength(4000)),
  to: z.string().check(z.maxLength(4000)),
  /** A tapped answer corrected (Ja/Nee, a face): `from` and `to` are its values ("true", "3"). */
  kind: z.optional(z.enum(['yesNo', 'faceScale', 'decision'])),
  reason: requiredText('de reden', 1000),
});
export type Correction = z.infer<typeof correctionSchema>;

export const closingReasons = [
  { id: 'opgeheven', label: 'Supportgroep opgeheven na de evaluatie' },
  { id: 'opgeheven-na-tweede-evaluatie', label: 'Supportgroep opgeheven na de tweede evaluatie' },
  { id: 'na-extra-stap', label: 'Afgerond na de extra stap' },
  { id: 'geen-pesten', label: 'Geen pesten maar een incident' },
  { id: 'anders', label: 'Anders' },
] as const;
export type ClosingReason = (typeof closingReasons)[number]['id'];

export const zaakSchema = z.object({
  id: recordId,
  meldingId: recordId,
  bulliedPupilId: recordId,
  leadStaffId: recordId,
  leadRole: z.enum(['leerkracht', 'ivp']),
  status: z.enum(['open', 'gesloten']),
  openedAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Goes up with every change; a screen saves only over the revision it showed. */
  rev: z.number(),
  members: z.array(memberSchema),
  conversations: z.array(conversationSchema),
  closing: z.optional(
    z.object({
      at: isoDateTime,
      reason: z.enum(idsOf(closingReasons)),
      note: optionalText('de toelichting', 2000),
      by: z.optional(recordId),
    }),
  ),
  reopenings: z.array(
    z.object({ at: isoDateTime, reason: requiredText('de reden', 2000), by: z.optional(recordId) }),
  ),
  /** When the lead passed to someone else (a colleague left, or the IVP takes over). */
  handovers: z.optional(z.array(z.object({ at: isoDateTime, from: recordId, to: recordId, by: z.optional(recordId) }))),
  /** A planned conversation moved to another day (a sick day, a school trip), with the reason. */
  reschedules: z.optional(
    z.array(
      z.object({
        stepId: z.enum(conversationStepIds),
        round: conversationRound,
        pupilId: z.optional(recordId),
        from: isoDate,
        to: isoDate,
        reason: requiredText('de reden', 500),
        at: isoDateTime,
        by: z.optional(recordId),
      }),
    ),
  ),
  /**
   * A conversation held on two tablets apart (both kept): which one stands, decided by the lead and
   * naming both by the moment each was recorded.
   */
  reconciliations: z.optional(
    z.array(
      z.object({
        at: isoDateTime,
        stepId: z.enum(conversationStepIds),
        round: conversationRound,
        versions: z.array(isoDateTime),
        kept: isoDateTime,
        note: requiredText('de toelichting', 1000),
        by: z.optional(recordId),
      }),
    ),
  ),
  /** Corrections of held conversations, oldest first: who, when, why, what it was and what it became. */
  corrections: z.optional(z.array(correctionSchema)),
  /** Corrections of the closing's note, oldest first (the closing itself stays as recorded). */
  closingCorrections: z.optional(
    z.array(z.object({ at: isoDateTime, by: z.optional(recordId), from: z.string().check(z.maxLength(4000)), to: z.string().check(z.maxLength(4000)), reason: requiredText('de reden', 1000) })),
  ),
  /** The school's own protocol wording when the zaak opened; absent: the JPS default. */
  protocol: z.optional(protocolChangesSchema),
  /** Checklist items left "nog te doen" in a conversation and done later, by task key (see tasks.ts). */
  tasksDone: z.optional(z.record(z.string(), z.object({ at: isoDateTime, by: z.optional(recordId) }))),
  /** Per note (the child's id, or the child and the event for a follow-up): when it was entered in Esis, by whom, and the text as entered. */
  esisEntered: z.optional(
    z.record(
      z.string().check(z.minLength(1), z.maxLength(200)),
      z.object({
        at: isoDateTime,
        by: z.optional(recordId),
        text: z.optional(optionalText('de ingevoerde tekst', 4000)),
        /** Where it was entered: a child who later came into the extra stap moves to Incidenten → pesten. */
        destination: z.optional(z.enum(['incidenten-pesten', 'dagboek'])),
      }),
    ),
  ),
});
export type Zaak = z.infer<typeof zaakSchema>;

/** When a closed zaak closed (the closing's moment; a zaak closed before that was recorded, its last change). */
export function closedAt(zaak: Pick<Zaak, 'closing' | 'updatedAt'>): string {
  return zaak.closing?.at ?? zaak.updatedAt;
}
