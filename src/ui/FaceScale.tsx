/** How a child feels, on five faces; large enough for a child to tap. */
export const FACES = [
  { value: 1, face: '😢', label: 'Heel verdrietig' },
  { value: 2, face: '🙁', label: 'Verdrietig' },
  { value: 3, face: '😐', label: 'Gaat wel' },
  { value: 4, face: '🙂', label: 'Goed' },
  { value: 5, face: '😄', label: 'Heel goed' },
] as const;

export function FaceScale({ id, label, value, onChange, error }: { id: string; label: string; value: number | undefined; onChange: (v: number) => void; error?: string | undefined }) {
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      <div class="faces">
        {FACES.map((f) => (
          <label key={f.value} class="face">
            <input type="radio" name={id} value={f.value} checked={value === f.value} onChange={() => onChange(f.value)} />
            <span class="face__emoji" aria-hidden="true">
              {f.face}
            </span>
            <span class="face__label">{f.label}</span>
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
