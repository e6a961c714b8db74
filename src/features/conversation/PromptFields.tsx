import type { ChecklistItem, Prompt } from '../../domain/protocol';
import type { Answer, Zaak } from '../../domain/case/zaak';
import type { FieldErrors } from '../../domain/validation';
import { CheckItem } from '../../ui/CheckItem';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FaceScale } from '../../ui/FaceScale';
import { TextField } from '../../ui/TextField';
import { YesNo } from '../../ui/YesNo';

/** The step's questions, each as the field its kind asks for, straight from the protocol definition. */
export function PromptFields({ prompts, answers, errors, onAnswer }: { prompts: Prompt[]; answers: Record<string, Answer>; errors: FieldErrors; onAnswer: (id: string, value: Answer) => void }) {
  return (
    <>
      {prompts.map((p) => {
        const id = `prompt-${p.id}`;
        if (p.kind === 'faceScale')
          return <FaceScale key={p.id} id={id} label={p.text} value={answers[p.id] as number | undefined} onChange={(v) => onAnswer(p.id, v)} error={errors[p.id]} />;
        if (p.kind === 'yesNo')
          return <YesNo key={p.id} id={id} label={p.text} hint={p.hint} value={answers[p.id] as boolean | undefined} onChange={(v) => onAnswer(p.id, v)} error={errors[p.id]} />;
        return (
          <TextField
            key={p.id}
            id={id}
            label={p.text}
            hint={p.hint}
            multiline
            maxLength={4000}
            value={(answers[p.id] as string | undefined) ?? ''}
            onInput={(v) => onAnswer(p.id, v)}
            error={errors[p.id]}
          />
        );
      })}
    </>
  );
}

export function Checklist({ items, zaak, checked, errors, onCheck }: { items: ChecklistItem[]; zaak: Zaak; checked: Record<string, boolean>; errors: FieldErrors; onCheck: (id: string, value: boolean) => void }) {
  if (items.length === 0) return null;
  const required = (item: ChecklistItem) => item.required || (item.requiredWhen === 'leadIsLeerkracht' && zaak.leadRole === 'leerkracht');
  const ticks = items.filter((item) => !item.mayStayOpen);
  const tasks = items.filter((item) => item.mayStayOpen);
  return (
    <>
      {ticks.length > 0 && (
        <fieldset class="field">
          <legend>Checklist</legend>
          {ticks.map((item) => (
            <CheckItem
              key={item.id}
              id={`check-${item.id}`}
              label={`${item.text}${required(item) ? '' : ' (indien van toepassing)'}`}
              checked={checked[item.id] === true}
              onChange={(v) => onCheck(item.id, v)}
              error={errors[`checklist:${item.id}`]}
            />
          ))}
        </fieldset>
      )}
      {tasks.length > 0 && (
        <section class="tasks" aria-labelledby="tasks-title">
          <h2 id="tasks-title">Taken</h2>
          <p class="field__hint">Nog niet gedaan? Kies "Nog te doen": de taak blijft op de agenda staan tot hij is gedaan.</p>
          {tasks.map((item) => (
            <ChoiceGroup key={item.id} id={`task-${item.id}`} label={`${item.text}${required(item) ? '' : ' (indien van toepassing)'}`} error={errors[`checklist:${item.id}`]}>
              <div class="choices choices--two">
                {([true, false] as const).map((done) => (
                  <label key={String(done)} class="choice">
                    <input type="radio" name={`task-${item.id}`} checked={checked[item.id] === done} onChange={() => onCheck(item.id, done)} />
                    <span>{done ? 'Gedaan' : 'Nog te doen'}</span>
                  </label>
                ))}
              </div>
            </ChoiceGroup>
          ))}
        </section>
      )}
    </>
  );
}
