import * as z from 'zod/mini';
import { isoDateTime, optionalText, recordId, requiredText } from '../text-fields';
import type { EsisTemplates, ProtocolDefinition } from './types';

/**
 * A school's own wording of the protocol: the prompts of each step, the roles, the Esis note templates,
 * the social network (Bijlage 1) and the prevention year plan (section 3). Every save is a new version.
 * A zaak carries a copy of the changes it was opened with, so a change applies to new cases, an open
 * case reads the same from start to end, and a zaak moved to another tablet keeps its wording.
 */

export const ESIS_PLACEHOLDERS = ['naam', 'start', 'melding', 'actie', 'stand'] as const;

const templateText = (label: string) =>
  requiredText(label, 1000).check(
    z.refine((text) => [...text.matchAll(/\{(\w*)\}/g)].every((m) => (ESIS_PLACEHOLDERS as readonly string[]).includes(m[1]!)), {
      message: `${label}: gebruik alleen de invulplekken {naam}, {start}, {melding}, {actie} en {stand}.`,
    }),
    z.refine((text) => text.includes('{naam}'), { message: `${label}: zet {naam} in de tekst, zodat duidelijk is over welk kind het gaat.` }),
  );

export const esisTemplatesSchema = z.object({
  gepeste: templateText('De tekst voor de gepeste leerling'),
  pester: templateText('De tekst voor de pester'),
  dagboek: templateText('De tekst voor het dagboek'),
  // Versions saved before this template existed lack it: the default then applies.
  incident: z.optional(templateText('De tekst bij geen pesten maar een incident')),
});

export const networkProviderSchema = z.object({
  id: recordId,
  kind: requiredText('het soort hulp', 80),
  name: requiredText('de naam van de organisatie', 120),
  offers: optionalText('wat zij bieden', 200),
  contact: z.optional(optionalText('de contactgegevens', 300)),
});

export const preventionActivitySchema = z.object({
  id: recordId,
  title: requiredText('de activiteit', 200),
  months: z.array(z.int().check(z.gte(1), z.lte(12))),
  owner: optionalText('wie het doet', 120),
  note: z.optional(optionalText('de toelichting', 500)),
});

export const protocolChangesSchema = z.object({
  /** Keyed `${stepId}.${promptId}`; only prompts the school rewrote. */
  prompts: z.record(z.string(), z.object({ text: requiredText('de vraag', 300), hint: z.optional(optionalText('de toelichting', 300)) })),
  roles: z.record(
    z.string(),
    z.object({
      label: requiredText('de naam van de rol', 40),
      description: requiredText('de omschrijving van de rol', 200),
      /** Where this role's note goes in Esis: a school may file the Assistent as a pester too. */
      esis: z.optional(z.enum(['incidenten-pesten', 'dagboek'])),
    }),
  ),
  esisTemplates: z.optional(esisTemplatesSchema),
  socialNetwork: z.optional(z.array(networkProviderSchema).check(z.maxLength(40, 'Hoogstens 40 organisaties.'))),
  /** Per conversation step: whether children look at the screen, so gespreksmodus is offered. */
  childrenLook: z.optional(z.record(z.string(), z.boolean())),
  /** Section 3: the school's own year plan of prevention. */
  preventionPlan: z.optional(z.array(preventionActivitySchema).check(z.maxLength(60, 'Hoogstens 60 activiteiten.'))),
});
export type ProtocolChanges = z.infer<typeof protocolChangesSchema>;

export const protocolVersionSchema = z.extend(protocolChangesSchema, {
  version: z.int().check(z.gte(1)),
  savedAt: isoDateTime,
  savedBy: z.optional(recordId),
});
export type ProtocolVersion = z.infer<typeof protocolVersionSchema>;

export const promptKey = (stepId: string, promptId: string) => `${stepId}.${promptId}`;

/** The base protocol with a school's changes laid over it; without changes, the base itself. */
export function applyChanges(base: ProtocolDefinition, version: ProtocolChanges | undefined): ProtocolDefinition {
  if (!version) return base;
  return {
    ...base,
    steps: base.steps.map((step) => ({
      ...step,
      ...(version.childrenLook?.[step.id] !== undefined ? { childrenLook: version.childrenLook[step.id] } : {}),
      prompts: step.prompts.map((prompt) => {
        const own = version.prompts[promptKey(step.id, prompt.id)];
        if (!own) return prompt;
        const { hint: _hint, ...rest } = prompt;
        return { ...rest, text: own.text, ...(own.hint?.trim() ? { hint: own.hint } : {}) };
      }),
    })),
    roles: base.roles.map((role) => ({ ...role, ...version.roles[role.id] })),
    esisTemplates: { ...base.esisTemplates, ...(version.esisTemplates as Partial<EsisTemplates> | undefined) },
    socialNetwork: version.socialNetwork ?? base.socialNetwork,
    preventionPlan: version.preventionPlan ?? base.preventionPlan,
  };
}

/**
 * Only what differs from the base is stored, so a later improvement of the default reaches every
 * prompt the school left alone.
 */
export function changesFrom(base: ProtocolDefinition, edited: ProtocolDefinition): ProtocolChanges {
  const prompts: ProtocolChanges['prompts'] = {};
  for (const step of edited.steps) {
    const original = base.steps.find((s) => s.id === step.id);
    for (const prompt of step.prompts) {
      const before = original?.prompts.find((p) => p.id === prompt.id);
      if (before && (before.text !== prompt.text.trim() || (before.hint ?? '') !== (prompt.hint ?? '').trim()))
        prompts[promptKey(step.id, prompt.id)] = { text: prompt.text, ...(prompt.hint ? { hint: prompt.hint } : {}) };
    }
  }
  const roles: ProtocolChanges['roles'] = {};
  for (const role of edited.roles) {
    const before = base.roles.find((r) => r.id === role.id);
    if (before && (before.label !== role.label.trim() || before.description !== role.description.trim() || before.esis !== role.esis))
      roles[role.id] = { label: role.label, description: role.description, ...(before.esis !== role.esis ? { esis: role.esis } : {}) };
  }
  const childrenLook: Record<string, boolean> = {};
  for (const step of edited.steps) if (Boolean(step.childrenLook) !== Boolean(base.steps.find((s) => s.id === step.id)?.childrenLook)) childrenLook[step.id] = Boolean(step.childrenLook);
  const sameTemplates = JSON.stringify(base.esisTemplates) === JSON.stringify(edited.esisTemplates);
  const sameNetwork = JSON.stringify(base.socialNetwork) === JSON.stringify(edited.socialNetwork);
  const samePlan = JSON.stringify(base.preventionPlan) === JSON.stringify(edited.preventionPlan);
  return {
    prompts,
    roles,
    ...(Object.keys(childrenLook).length ? { childrenLook } : {}),
    ...(sameTemplates ? {} : { esisTemplates: edited.esisTemplates }),
    ...(sameNetwork ? {} : { socialNetwork: edited.socialNetwork }),
    ...(samePlan ? {} : { preventionPlan: edited.preventionPlan }),
  };
}

export function hasChanges(changes: ProtocolChanges): boolean {
  return Object.keys(changes.prompts).length > 0 || Object.keys(changes.roles).length > 0 || Object.keys(changes.childrenLook ?? {}).length > 0 || changes.esisTemplates !== undefined || changes.socialNetwork !== undefined || changes.preventionPlan !== undefined;
}

/** The next version to store, validated: Dutch messages per field when something is wrong. */
export function nextVersion(
  versions: readonly ProtocolVersion[],
  changes: ProtocolChanges,
  at: Date,
  by?: string,
): { ok: true; version: ProtocolVersion } | { ok: false; errors: string[] } {
  const candidate = { ...changes, version: (versions.at(-1)?.version ?? 0) + 1, savedAt: at.toISOString(), ...(by ? { savedBy: by } : {}) };
  const parsed = protocolVersionSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.message))] };
  return { ok: true, version: parsed.data };
}

/** Back to the default: a new, empty version, so open cases keep theirs and the history stays. */
export function resetVersion(versions: readonly ProtocolVersion[], at: Date, by?: string): ProtocolVersion {
  return { version: (versions.at(-1)?.version ?? 0) + 1, savedAt: at.toISOString(), ...(by ? { savedBy: by } : {}), prompts: {}, roles: {} };
}
