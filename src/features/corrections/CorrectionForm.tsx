import { useEffect, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { clock } from '../../domain/clock';
import { formatDay, isoDay } from '../../domain/dates';
import type { FieldErrors } from '../../domain/validation';
import { TextField } from '../../ui/TextField';

export interface CorrectableField {
  field: string;
  label: string;
  value: string;
  kind?: 'date' | 'text' | 'choice';
  options?: { value: string; label: string }[];
}

/**
 * Correcting something held (a conversation, a melding, a triage): what, what it becomes, why. Never
 * by editing it: `save` adds a correction, and whatever shows the record then says it was corrected.
 */
export function CorrectionForm({ id, summary, fields, save }: { id: string; summary: string; fields: readonly CorrectableField[]; save: (field: string, to: string, reason: string) => Promise<{ ok: true } | { ok: false; errors: FieldErrors }> }) {
  const [field, setField] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const chosen = fields.find((f) => f.field === field);
  const isDate = chosen?.kind === 'date';
  const words = (value: string) => (isDate ? formatDay(value) : (chosen?.options?.find((o) => o.value === value)?.label ?? value));
  // A refusal: the first field it names gets the focus, so its message is read out and in view.
  useEffect(() => {
    const first = ['field', 'to', 'reason'].find((f) => errors[f]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }, [errors]);

  function choose(value: string) {
    setField(value);
    setTo(fields.find((f) => f.field === value)?.value ?? '');
    setErrors({});
    setDone(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await save(field, to, reason);
      if (result.ok) {
        setDone(`De correctie van “${chosen?.label ?? ''}” is vastgelegd. Er staat nu de nieuwe tekst, met daaronder wat er eerst stond en waarom.`);
        setField('');
        setTo('');
        setReason('');
      }
      setErrors(result.ok ? {} : result.errors);
    } catch (e) {
      setErrors({ _: dutchMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="correct no-print">
      <summary>{summary}</summary>
      <p class="field__hint">Wat is vastgelegd, wordt niet overschreven. Uw correctie komt erbij, met de oude tekst, wie, wanneer en waarom.</p>
      {done && (
        <p role="status" class="notice">
          {done}
        </p>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div class={`field${errors.field ? ' field--invalid' : ''}`}>
          <label for={`${id}-field`}>Wat corrigeert u?</label>
          <select id={`${id}-field`} value={field} onChange={(e) => choose(e.currentTarget.value)} aria-describedby={errors.field ? `${id}-field-error` : undefined}>
            <option value="">Kies…</option>
            {fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
              </option>
            ))}
          </select>
          {errors.field && (
            <p id={`${id}-field-error`} class="field__error">
              {errors.field}
            </p>
          )}
        </div>
        {chosen && (
          <>
            <p class="correct__was">Nu staat er: “{chosen.value ? words(chosen.value) : 'niets'}”</p>
            {chosen.options ? (
              <div class={`field${errors.to ? ' field--invalid' : ''}`}>
                <label for={`${id}-to`}>Wat het had moeten zijn</label>
                <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.currentTarget.value)} aria-invalid={errors.to ? 'true' : undefined} aria-describedby={errors.to ? `${id}-to-error` : undefined}>
                  {chosen.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                {errors.to && (
                  <p id={`${id}-to-error`} class="field__error">
                    {errors.to}
                  </p>
                )}
              </div>
            ) : (
              <TextField
                id={`${id}-to`}
                label={isDate ? 'Juiste datum' : 'Wat er had moeten staan'}
                type={isDate ? 'date' : 'text'}
                multiline={!isDate}
                max={isDate ? isoDay(clock.now()) : undefined}
                maxLength={isDate ? undefined : 4000}
                value={to}
                onInput={setTo}
                error={errors.to}
              />
            )}
            <TextField id={`${id}-reason`} label="Waarom corrigeert u dit?" multiline maxLength={1000} value={reason} onInput={setReason} error={errors.reason} />
          </>
        )}
        {errors._ && (
          <p role="alert" class="notice notice--error">
            {errors._}
          </p>
        )}
        <button type="submit" class="button" disabled={busy || !chosen}>
          {busy ? 'Bezig met opslaan…' : 'Correctie vastleggen'}
        </button>
      </form>
    </details>
  );
}
