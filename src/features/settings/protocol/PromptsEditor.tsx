import { conversationStepIds } from '../../../domain/case/zaak';
import { promptKey } from '../../../domain/protocol/customization';
import type { ProtocolDefinition } from '../../../domain/protocol';
import { CheckItem } from '../../../ui/CheckItem';
import { TextField } from '../../../ui/TextField';
import type { ProtocolForm } from './protocol-form';

/** The questions of each conversation, in the school's own words. */
interface Props {
  base: ProtocolDefinition;
  form: ProtocolForm;
  onChange: (prompts: ProtocolForm['prompts']) => void;
  onChildrenLook: (childrenLook: ProtocolForm['childrenLook']) => void;
}

export function PromptsEditor({ base, form, onChange, onChildrenLook }: Props) {
  const steps = base.steps.filter((s) => (conversationStepIds as readonly string[]).includes(s.id));
  const set = (key: string, change: Partial<{ text: string; hint: string }>) =>
    onChange({ ...form.prompts, [key]: { ...form.prompts[key]!, ...change } });
  return (
    <section class="card" aria-labelledby="protocol-prompts">
      <h2 id="protocol-prompts">Gespreksvragen</h2>
      {steps.map((step) => (
        <details key={step.id} class="protocol-step">
          <summary>
            {step.label}: {step.title}
          </summary>
          <CheckItem
            id={`children-look-${step.id}`}
            label="Kinderen kijken mee naar het scherm: gespreksmodus aanbieden (alleen de open vragen, geen rollen of notities)"
            checked={form.childrenLook?.[step.id] ?? Boolean(step.childrenLook)}
            onChange={(on) => onChildrenLook({ ...(form.childrenLook ?? {}), [step.id]: on })}
          />
          {step.prompts.map((p) => {
            const key = promptKey(step.id, p.id);
            const value = form.prompts[key] ?? { text: p.text, hint: p.hint ?? '' };
            return (
              <div key={key} class="protocol-prompt">
                <TextField id={`prompt-${step.id}-${p.id}`} label={`Vraag (${p.kind === 'faceScale' ? 'gezichtjesschaal' : p.kind === 'yesNo' ? 'ja of nee' : 'open vraag'})`} value={value.text} onInput={(text) => set(key, { text })} maxLength={300} />
                <TextField id={`prompt-${step.id}-${p.id}-hint`} label="Toelichting onder de vraag" optional value={value.hint} onInput={(hint) => set(key, { hint })} maxLength={300} />
              </div>
            );
          })}
        </details>
      ))}
    </section>
  );
}
