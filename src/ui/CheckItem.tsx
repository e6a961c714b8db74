/** One checklist item: a large box to tick, with its error when it must be ticked. */
export function CheckItem({ id, label, checked, onChange, error }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void; error?: string | undefined }) {
  return (
    <div class={error ? 'field--invalid' : undefined}>
      <label class="check" for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={error ? `${id}-error` : undefined} />
        <span>{label}</span>
      </label>
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
