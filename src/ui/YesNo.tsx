/** A yes/no question as two large choices; undefined until answered. */
export function YesNo({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string | undefined; value: boolean | undefined; onChange: (v: boolean) => void; error?: string | undefined }) {
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`} aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}>
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <div class="choices choices--two">
        {([true, false] as const).map((answer) => (
          <label key={String(answer)} class="choice">
            <input type="radio" name={id} checked={value === answer} onChange={() => onChange(answer)} />
            <span>{answer ? 'Ja' : 'Nee'}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
