import { monthName, SCHOOL_YEAR_MONTHS } from '../../../domain/dates';
import type { PreventionActivity } from '../../../domain/protocol';
import { CheckItem } from '../../../ui/CheckItem';
import { TextField } from '../../../ui/TextField';

const order = (month: number) => (SCHOOL_YEAR_MONTHS as readonly number[]).indexOf(month);

/** Section 3, the prevention year plan: what the school does in which month, and who does it. */
export function PreventionPlanEditor({ value, onChange }: { value: PreventionActivity[]; onChange: (plan: PreventionActivity[]) => void }) {
  const set = (index: number, change: Partial<PreventionActivity>) => onChange(value.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <section class="card" aria-labelledby="protocol-prevention">
      <h2 id="protocol-prevention">Jaarplan preventie</h2>
      {value.map((a, i) => (
        <details key={a.id} class="protocol-step">
          <summary>{a.title || 'Nieuwe activiteit'}</summary>
          <TextField id={`plan-${a.id}-title`} label="Activiteit" value={a.title} onInput={(title) => set(i, { title })} maxLength={200} />
          <TextField id={`plan-${a.id}-owner`} label="Wie" optional value={a.owner} onInput={(owner) => set(i, { owner })} maxLength={120} />
          <fieldset class="field months">
            <legend>In welke maanden? (geen maand: ergens in het jaar)</legend>
            {SCHOOL_YEAR_MONTHS.map((m) => (
              <CheckItem
                key={m}
                id={`plan-${a.id}-month-${m}`}
                label={monthName(m)}
                checked={a.months.includes(m)}
                onChange={(on) => set(i, { months: on ? [...a.months, m].sort((x, y) => order(x) - order(y)) : a.months.filter((x) => x !== m) })}
              />
            ))}
          </fieldset>
          <button type="button" class="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            Activiteit verwijderen<span class="visually-hidden"> ({a.title})</span>
          </button>
        </details>
      ))}
      <button type="button" class="button" onClick={() => onChange([...value, { id: crypto.randomUUID(), title: '', months: [], owner: '' }])}>
        Activiteit toevoegen
      </button>
    </section>
  );
}
