/** A labelled input with its hint and Dutch error announced to screen readers. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'password' | 'date' | 'search';
  multiline?: boolean;
  maxLength?: number;
  autoComplete?: string;
  onFocus?: () => void;
  max?: string;
  optional?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, error, hint, type = 'text', multiline, maxLength, autoComplete, max, optional, onFocus } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  // No name and no autocompletion: what is typed about a child must not land in the browser's own
  // form history, which keeps it in clear in the profile. Only a field that says otherwise is offered.
  const common = {
    id,
    value,
    autoComplete: autoComplete ?? 'off',
    onFocus,
    maxLength,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>
        {label}
        {optional && <span class="field__optional"> (optioneel)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} type={type as 'text'} max={max} />
      )}
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
