import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { Conversation, Zaak } from '../../domain/case/zaak';
import { heldTwice, reconcileHeldTwice } from '../../domain/case/zaak-merge';
import { clock } from '../../domain/clock';
import { formatDay, formatMoment } from '../../domain/dates';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { TextField } from '../../ui/TextField';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';
import { conversationTitle, pupilWithGroup, staffName } from './zaak-names';

/**
 * A conversation held on two tablets apart: both are kept in the record. The lead reads them side by
 * side and records which one stands (for stap 1: which support group), with why; nothing is deleted.
 */
export function HeldTwice({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const twice = heldTwice(zaak);
  if (twice.length === 0 || zaak.status !== 'open') return null;
  return (
    <>
      {twice.map((versions) => (
        <Reconcile key={versions.map((v) => v.recordedAt).join()} data={data} zaak={zaak} versions={versions} />
      ))}
    </>
  );
}

function Reconcile({ data, zaak, versions }: { data: SchoolData; zaak: Zaak; versions: Conversation[] }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const [kept, setKept] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const roles = protocolOfZaak(zaak).roles;
  const title = conversationTitle(versions[0]!.stepId, versions[0]!.round);
  const id = `twice-${versions[0]!.stepId}-${versions[0]!.round}`;

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await commitZaak(requireKey(), reconcileHeldTwice(zaak, { versions, kept, note, by }, clock.now()));
      setErrors(result.ok ? {} : result.errors);
    } catch (e) {
      setErrors({ _: dutchMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card notice no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Twee keer vastgelegd: {title}</h2>
      <p>
        Dit gesprek is op twee tablets apart vastgelegd. Beide blijven in het dossier. Leg vast welk gesprek geldt
        {versions[0]!.stepId === 'stap1' ? ' (en dus welke supportgroep)' : ''}; uw keuze en de reden komen in de tijdlijn.
      </p>
      <form noValidate onSubmit={(e) => void save(e)}>
        <fieldset class="field" aria-describedby={errors.kept ? `${id}-kept-error` : undefined}>
          <legend>Welk gesprek geldt?</legend>
          {versions.map((c) => (
            <label key={c.recordedAt} class="choice">
              <input type="radio" name={`${id}-kept`} checked={kept === c.recordedAt} onChange={() => setKept(c.recordedAt)} />
              <span>
                <strong>
                  Vastgelegd op {formatMoment(c.recordedAt)} door {c.recordedBy ? (staffName(data, c.recordedBy) ?? 'een collega') : 'onbekend'}
                </strong>
                <span class="list__meta"> · gehouden op {formatDay(c.heldOn)}</span>
                {c.members && c.members.length > 0 && (
                  <span class="field__hint">
                    {' '}
                    Supportgroep: {c.members.map((m) => `${pupilWithGroup(data, m.pupilId)} (${roles.find((r) => r.id === m.role)?.label ?? m.role})`).join(', ')}
                  </span>
                )}
              </span>
            </label>
          ))}
          {errors.kept && (
            <p id={`${id}-kept-error`} class="field__error">
              {errors.kept}
            </p>
          )}
        </fieldset>
        <TextField id={`${id}-note`} label="Waarom geldt dit gesprek?" multiline maxLength={1000} value={note} onInput={setNote} error={errors.note} />
        {errors._ && (
          <p role="alert" class="notice notice--error">
            {errors._}
          </p>
        )}
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Bezig met opslaan…' : 'Vastleggen welk gesprek geldt'}
        </button>
      </form>
    </section>
  );
}
