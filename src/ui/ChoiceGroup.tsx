import type { ComponentChildren } from 'preact';

/** A fieldset of choices with its question, hint and Dutch error, announced together. */
export function ChoiceGroup({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ComponentChildren }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
