import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { correctableFields, correctConversation } from '../../domain/case/corrections';
import type { Conversation, Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { formatDay, isoDay } from '../../domain/dates';
import { nameOfPupil } from '../../domain/pupils';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { TextField } from '../../ui/TextField';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';

/**
 * Correcting a held conversation: never by editing it, but by adding a correction (what, what it
 * becomes, why), which the dossier, the timeline, the Esis notes and the parents' copy then show.
 */
export function CorrectConversation({ data, zaak, held, index }: { data: SchoolData; zaak: Zaak; held: Conversation; index: number }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const fields = correctableFields(protocolOfZaak(zaak), zaak, held, (id) => nameOfPupil(data.pupils, id));
  const [field, setField] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const id = `correct-${index}`;
  const chosen = fields.find((f) => f.field === field);

  function choose(value: string) {
    setField(value);
    setTo(fields.find((f) => f.field === value)?.value ?? '');
    setErrors({});
    setDone(null);
  }

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await commitZaak(requireKey(), correctConversation(protocolOfZaak(zaak), zaak, held, field, to, reason, clock.now(), by));
      if (result.ok) {
        setDone(`De correctie van “${chosen?.label ?? ''}” is vastgelegd. Het verslag toont de nieuwe tekst en zegt dat die is gecorrigeerd.`);
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
      <summary>Iets in dit verslag corrigeren</summary>
      <p class="field__hint">Een vastgelegd gesprek wordt niet overschreven. Uw correctie komt erbij, met de oude tekst, wie, wanneer en waarom.</p>
      {done && (
        <p role="status" class="notice">
          {done}
        </p>
      )}
      <form noValidate onSubmit={(e) => void save(e)}>
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
            <p class="correct__was">
              Nu staat er: “{chosen.kind === 'date' ? formatDay(chosen.value) : chosen.value}”
            </p>
            <TextField
              id={`${id}-to`}
              label={chosen.kind === 'date' ? 'Juiste datum' : 'Wat er had moeten staan'}
              type={chosen.kind === 'date' ? 'date' : 'text'}
              multiline={chosen.kind === 'text'}
              max={chosen.kind === 'date' ? isoDay(clock.now()) : undefined}
              maxLength={chosen.kind === 'text' ? 4000 : undefined}
              value={to}
              onInput={setTo}
              error={errors.to}
            />
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
