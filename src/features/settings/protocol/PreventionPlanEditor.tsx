import type { PreventionActivity } from '../../../domain/protocol';
import { CheckItem } from '../../../ui/CheckItem';
import { TextField } from '../../../ui/TextField';

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long' });
const SCHOOL_YEAR = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];

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
            {SCHOOL_YEAR.map((m) => (
              <CheckItem
                key={m}
                id={`plan-${a.id}-month-${m}`}
                label={monthName.format(new Date(2026, m - 1, 1))}
                checked={a.months.includes(m)}
                onChange={(on) => set(i, { months: on ? [...a.months, m].sort((x, y) => SCHOOL_YEAR.indexOf(x) - SCHOOL_YEAR.indexOf(y)) : a.months.filter((x) => x !== m) })}
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
