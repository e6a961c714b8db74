import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { endingText, extraEndings } from '../../domain/case/extra-stap';
import { closingReasonFor } from '../../domain/case/flow';
import { openTasks } from '../../domain/case/tasks';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { closingReasons, type ClosingReason, type Zaak } from '../../domain/case/zaak';
import { closeZaak, reopenZaak } from '../../domain/case/zaak-events';
import { clock } from '../../domain/clock';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { TextField } from '../../ui/TextField';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';
import { pupilWithGroup } from './zaak-names';
import { focusFirstError } from '../../ui/focus-first-error';

/** Closing records how the zaak ended; a closed zaak opens again only with a reason. */
export function CloseOrReopen({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const staffId = useUser((s) => s.staffId) ?? undefined;
  const suggested = closingReasonFor(zaak);
  const tasksOpen = openTasks(protocolOfZaak(zaak), zaak);
  // What is typed here is kept like every other form: a lock or a closed tab loses nothing.
  const draftId = `zaak:${zaak.id}:${zaak.status === 'gesloten' ? 'heropenen' : 'sluiten'}`;
  const initial = useMemo(() => ({ reason: (suggested ?? 'anders') as ClosingReason, note: '' }), [draftId]);
  const form = useAutosavedForm(draftStorage(requireKey(), draftId), initial);
  const { reason, note } = form.values;
  const setReason = (value: ClosingReason) => form.setValues({ reason: value });
  const setNote = (value: string) => form.setValues({ note: value });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function run(result: ReturnType<typeof closeZaak>) {
    setBusy(true);
    try {
      await form.flush();
      // The draft goes in the same transaction as the zaak.
      const committed = await commitZaak(requireKey(), result, draftId);
      setErrors(committed.ok ? {} : committed.errors);
      if (!committed.ok) focusFirstError();
      if (committed.ok) form.reset();
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  if (zaak.status === 'gesloten')
    return (
      <section class="section-card" aria-labelledby="zaak-reopen">
        <h2 id="zaak-reopen">Zaak heropenen</h2>
        <p>Gaat het pesten door? Heropen de zaak; daarna kan de extra stap worden gezet.</p>
        <TextField id="reopen-reason" label="Waarom wordt de zaak heropend?" multiline value={note} onInput={setNote} error={errors.reason ?? errors._} maxLength={2000} />
        <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
        <button type="button" class="button" disabled={busy} onClick={() => void run(reopenZaak(zaak, { reason: form.current().note, by: staffId }, clock.now()))}>
          Zaak heropenen
        </button>
      </section>
    );

  return (
    <section class="section-card" aria-labelledby="zaak-close">
      <h2 id="zaak-close">Zaak sluiten</h2>
      <div class={`field${errors.reason ? ' field--invalid' : ''}`}>
        <label for="close-reason">Hoe is de zaak afgelopen?</label>
        <select id="close-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as ClosingReason)}>
          {closingReasons
            .filter((r) => r.id === 'anders' || r.id === suggested)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
        </select>
        {errors.reason && <p class="field__error">{errors.reason}</p>}
      </div>
      {tasksOpen.length > 0 && (
        <p class="notice notice--warning">
          Nog open: {tasksOpen.map((t) => `${t.todo}${t.pupilId ? ` (extra stap over ${pupilWithGroup(data, t.pupilId)})` : ''}`).join('; ')}. Markeer{' '}
          {tasksOpen.length === 1 ? 'deze taak' : 'deze taken'} hierboven als gedaan, of schrijf hieronder waarom de zaak toch sluit.
        </p>
      )}
      {reason === 'na-extra-stap' && (
        <div class="notice">
          <p>Hoe de extra stap per kind is afgelopen:</p>
          <ul>
            {extraEndings(zaak).map((e) => (
              <li key={e.pupilId ?? ''}>
                {e.pupilId ? pupilWithGroup(data, e.pupilId) : 'De leerling'}: {endingText(e)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField
        id="close-note"
        label={reason === 'na-extra-stap' ? 'Hoe is de zaak geëindigd?' : 'Toelichting'}
        optional={reason !== 'anders' && reason !== 'na-extra-stap'}
        multiline value={note} onInput={setNote} error={errors.note ?? errors._} maxLength={2000} />
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <button type="button" class="button" disabled={busy} onClick={() => void run(closeZaak(zaak, { ...form.current(), by: staffId }, clock.now(), tasksOpen))}>
        Zaak sluiten
      </button>
    </section>
  );
}
