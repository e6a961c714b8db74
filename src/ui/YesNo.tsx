import { ChoiceGroup } from './ChoiceGroup';

/** A yes/no question as two large choices; undefined until answered. */
export function YesNo({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string | undefined; value: boolean | undefined; onChange: (v: boolean) => void; error?: string | undefined }) {
  return (
    <ChoiceGroup id={id} label={label} hint={hint} error={error}>
      <div class="choices choices--two">
        {([true, false] as const).map((answer) => (
          <label key={String(answer)} class="choice">
            <input type="radio" name={id} checked={value === answer} onChange={() => onChange(answer)} />
            <span>{answer ? 'Ja' : 'Nee'}</span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );
}
