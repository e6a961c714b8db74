import type { SchoolData } from '../../data/school-data';
import { decisions, type Action, type Decision } from '../../domain/case/zaak';
import { firstNameOfPupil } from '../../domain/pupils';
import { YesNo } from '../../ui/YesNo';

/** Stap 4: per action, done or not and its effect; then the decision the protocol asks for. */
export function ActionReview({ data, actions, onChange, error }: { data: SchoolData; actions: Action[]; onChange: (a: Action[]) => void; error?: string | undefined }) {
  const firstName = (pupilId: string) => firstNameOfPupil(data.pupils, pupilId);
  const update = (index: number, change: Partial<Action>) => onChange(actions.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <section class="section-card" aria-labelledby="review-title">
      <h2 id="review-title">Zijn de acties uitgevoerd?</h2>
      {actions.length === 0 && <p>Er zijn geen actiepunten genotuleerd.</p>}
      {actions.map((a, index) => (
        <div key={index} class="action-review">
          <YesNo id={`done-${index}`} label={`${firstName(a.pupilId)}: “${a.text}” — uitgevoerd?`} value={a.done} onChange={(done) => update(index, { done })} />
          <div class="field">
            <label for={`effect-${index}`}>Welk effect had dit?</label>
            <input id={`effect-${index}`} autoComplete="off" value={a.effect ?? ''} maxLength={1000} onInput={(e) => update(index, { effect: e.currentTarget.value })} />
          </div>
        </div>
      ))}
      {error && <p class="field__error">{error}</p>}
    </section>
  );
}

export function DecisionField({ round, value, onChange, error }: { round: number; value: Decision | undefined; onChange: (d: Decision) => void; error?: string | undefined }) {
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`}>
      <legend>Besluit</legend>
      <div class="choices">
        {decisions
          .filter((d) => d.id !== 'tweede-evaluatie' || round === 1)
          .map((d) => (
            <label key={d.id} class="choice">
              <input type="radio" name="decision" checked={value === d.id} onChange={() => onChange(d.id)} />
              <span>{d.label}</span>
            </label>
          ))}
      </div>
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}
