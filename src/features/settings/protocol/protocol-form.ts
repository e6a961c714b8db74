import { promptKey } from '../../../domain/protocol/customization';
import type { EsisTemplates, NetworkProvider, PreventionActivity, ProtocolDefinition } from '../../../domain/protocol';

/** The protocol settings as a flat form, so it can autosave as a draft like every other form. */
export interface ProtocolForm extends Record<string, unknown> {
  prompts: Record<string, { text: string; hint: string }>;
  roles: Record<string, { label: string; description: string }>;
  templates: EsisTemplates;
  network: NetworkProvider[];
  plan: PreventionActivity[];
}

export function toForm(protocol: ProtocolDefinition): ProtocolForm {
  const prompts: ProtocolForm['prompts'] = {};
  for (const step of protocol.steps) for (const p of step.prompts) prompts[promptKey(step.id, p.id)] = { text: p.text, hint: p.hint ?? '' };
  return {
    prompts,
    roles: Object.fromEntries(protocol.roles.map((r) => [r.id, { label: r.label, description: r.description }])),
    templates: { ...protocol.esisTemplates },
    network: protocol.socialNetwork.map((p) => ({ ...p })),
    plan: protocol.preventionPlan.map((a) => ({ ...a, months: [...a.months] })),
  };
}

export function toDefinition(base: ProtocolDefinition, form: ProtocolForm): ProtocolDefinition {
  return {
    ...base,
    steps: base.steps.map((step) => ({
      ...step,
      prompts: step.prompts.map((p) => {
        const own = form.prompts[promptKey(step.id, p.id)];
        if (!own) return p;
        const { hint: _hint, ...rest } = p;
        return { ...rest, text: own.text, ...(own.hint.trim() ? { hint: own.hint } : {}) };
      }),
    })),
    roles: base.roles.map((r) => ({ ...r, ...form.roles[r.id] })),
    esisTemplates: form.templates,
    socialNetwork: form.network,
    preventionPlan: form.plan,
  };
}
