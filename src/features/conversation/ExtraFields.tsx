import { attendeeRoles, extraNextSteps, type Answer, type ExtraNextStep } from '../../domain/case/zaak';
import type { NetworkProvider, Prompt } from '../../domain/protocol';
import type { FieldErrors } from '../../domain/validation';
import { CheckItem } from '../../ui/CheckItem';
import { TextField } from '../../ui/TextField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { PromptFields } from './PromptFields';

type Attendee = (typeof attendeeRoles)[number]['id'];

/** "a", "a en b", "a, b en c". */
const dutchList = (items: string[]) => new Intl.ListFormat('nl', { type: 'conjunction' }).format(items);

interface AttendeesProps {
  value: Attendee[];
  note: string;
  onChange: (v: Attendee[]) => void;
  onNote: (note: string) => void;
  error?: string | undefined;
}

/**
 * Extra stap, confronting conversation: who was there. The protocol expects the leerkracht, the
 * IVP and the directeur; when one was not there, the record says why instead of a false tick.
 */
export function AttendeesField({ value, note, onChange, onNote, error }: AttendeesProps) {
  const missing = (['leerkracht', 'ivp', 'directeur'] as const).filter((r) => !value.includes(r));
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`}>
      <legend>Wie waren aanwezig?</legend>
      {attendeeRoles.map((a) => (
        <CheckItem
          key={a.id}
          id={`attendee-${a.id}`}
          label={a.label}
          checked={value.includes(a.id)}
          onChange={(on) => onChange(on ? [...value, a.id] : value.filter((v) => v !== a.id))}
        />
      ))}
      {value.length > 0 && missing.length > 0 && (
        <TextField
          id="attendees-note"
          label={`Waarom ${missing.length === 1 ? 'was' : 'waren'} ${dutchList(missing.map((r) => `de ${attendeeRoles.find((a) => a.id === r)!.label.toLowerCase()}`))} er niet bij?`}
          multiline
          maxLength={500}
          value={note}
          onInput={onNote}
        />
      )}
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}

/** Extra stap, evaluation: a referral to a provider from the school's social network (Bijlage 1). */
export function ReferralField({ network, value, onChange }: { network: NetworkProvider[]; value: string | undefined; onChange: (v: string | undefined) => void }) {
  return (
    <div class="field">
      <label for="referral">Doorverwijzing naar (sociaal netwerk)</label>
      <select id="referral" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">Geen doorverwijzing</option>
        {network.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}{p.offers && ` — ${p.offers}`}{p.contact && ` (${p.contact})`}
          </option>
        ))}
      </select>
    </div>
  );
}

interface EvaluationProps {
  prompts: Prompt[];
  answers: Record<string, Answer>;
  nextSteps: ExtraNextStep[];
  referralProviderId: string | undefined;
  network: NetworkProvider[];
  errors: FieldErrors;
  onAnswer: (id: string, value: Answer) => void;
  onNextSteps: (steps: ExtraNextStep[]) => void;
  onReferral: (id: string | undefined) => void;
  /** The same day's talk with the bullied child, held for another child: its feeling is taken over. */
  sameTalkWith?: string | undefined;
}

/**
 * Extra stap, evaluation a week later: were the agreements kept? If not, the protocol's next steps
 * are offered in its order: the consequence, then care, the suspension procedure or another talk.
 */
export function ExtraEvaluationFields(props: EvaluationProps) {
  const { prompts, answers, nextSteps, errors, onAnswer } = props;
  const byId = (id: string) => prompts.filter((p) => p.id === id);
  const broken = answers['afspraken-nagekomen'] === false;
  return (
    <>
      {props.sameTalkWith && (
        <p class="field__hint">Het gevoel is overgenomen van de evaluatie van vandaag over {props.sameTalkWith}: het is hetzelfde gesprek met de gepeste leerling. Pas het aan als dat nodig is.</p>
      )}
      <PromptFields prompts={prompts.filter((p) => !['consequentie', 'zorgtraject'].includes(p.id))} answers={answers} errors={errors} onAnswer={onAnswer} />
      {broken && (
        <>
          <PromptFields prompts={byId('consequentie').map((p) => ({ ...p, hint: undefined }))} answers={answers} errors={errors} onAnswer={onAnswer} />
          <ChoiceGroup id="next-steps" label="Wat volgt er na de consequentie?" hint="Kies een of meer. Elke situatie wordt apart bekeken." error={errors.nextSteps}>
            {extraNextSteps.map((step) => (
              <CheckItem
                key={step.id}
                id={`next-step-${step.id}`}
                label={step.label}
                checked={nextSteps.includes(step.id)}
                onChange={(on) => props.onNextSteps(on ? [...nextSteps.filter((s) => (step.id === 'geen' ? false : s !== 'geen')), step.id] : nextSteps.filter((s) => s !== step.id))}
              />
            ))}
          </ChoiceGroup>
          {nextSteps.includes('zorgtraject') && (
            <>
              <PromptFields prompts={byId('zorgtraject')} answers={answers} errors={errors} onAnswer={onAnswer} />
              <ReferralField network={props.network} value={props.referralProviderId} onChange={props.onReferral} />
            </>
          )}
          {nextSteps.includes('schorsingsprocedure') && (
            <p class="notice">Volg de schorsings- en verwijderingsprocedure van de school. Beschrijf bij de consequentie wat voor dit kind is besloten.</p>
          )}
        </>
      )}
    </>
  );
}
