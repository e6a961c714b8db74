import type { EsisDestination, EsisTemplates, NetworkProvider, PreventionActivity, ProtocolDefinition } from '../../../domain/protocol';
import { applyChanges, promptKey } from '../../../domain/protocol/customization';

/** The protocol settings as a flat form, so it can autosave as a draft like every other form. */
export interface ProtocolForm extends Record<string, unknown> {
  prompts: Record<string, { text: string; hint: string }>;
  roles: Record<string, { label: string; description: string; esis?: EsisDestination }>;
  templates: EsisTemplates;
  network: NetworkProvider[];
  plan: PreventionActivity[];
  /** Per conversation step: children look at the screen (gespreksmodus offered). */
  childrenLook: Record<string, boolean>;
}

export function toForm(protocol: ProtocolDefinition): ProtocolForm {
  const prompts: ProtocolForm['prompts'] = {};
  for (const step of protocol.steps) for (const p of step.prompts) prompts[promptKey(step.id, p.id)] = { text: p.text, hint: p.hint ?? '' };
  return {
    prompts,
    roles: Object.fromEntries(protocol.roles.map((r) => [r.id, { label: r.label, description: r.description, esis: r.esis }])),
    templates: { ...protocol.esisTemplates },
    network: protocol.socialNetwork.map((p) => ({ ...p })),
    plan: protocol.preventionPlan.map((a) => ({ ...a, months: [...a.months] })),
    childrenLook: Object.fromEntries(protocol.steps.map((s) => [s.id, Boolean(s.childrenLook)])),
  };
}

/** The form laid over the base by the same merge that applies a stored version (applyChanges). */
export function toDefinition(base: ProtocolDefinition, form: ProtocolForm): ProtocolDefinition {
  const prompts = Object.fromEntries(Object.entries(form.prompts).map(([key, p]) => [key, { text: p.text, ...(p.hint.trim() ? { hint: p.hint } : {}) }]));
  return applyChanges(base, { prompts, roles: form.roles, esisTemplates: form.templates, socialNetwork: form.network, preventionPlan: form.plan, childrenLook: form.childrenLook ?? {} });
}
