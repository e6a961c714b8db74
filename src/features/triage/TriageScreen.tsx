import { asCorrectedMelding } from '../../domain/melding-corrections';
import { useMemo, useState } from 'preact/hooks';
import { PupilHistoryLinks } from '../pupils/PupilHistoryLinks';
import { draftStorage } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { suggestedOutcome, triageOutcomes, type Triage } from '../../domain/case/triage';
import { jpsProtocol } from '../../domain/protocol';
import { nameOfPupil } from '../../domain/pupils';
import { possibleLeads } from '../../domain/staff';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { NamedSelect } from '../../ui/NamedSelect';
import { TextField } from '../../ui/TextField';
import { YesNo } from '../../ui/YesNo';
import { href, navigate } from '../../ui/routes';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { submitTriage, triageDraftId } from './triage-actions';
import { focusFirstError } from '../../ui/focus-first-error';
import { useFieldErrors } from '../../ui/use-field-errors';

type TriageForm = Omit<Triage, 'decidedAt' | 'decidedBy' | 'outcome'> & { outcome: Triage['outcome'] | '' };

/** "Is het plagen of pesten?": the protocol's three questions beside its own explanation. */
export function TriageScreen({ data, id }: { data: SchoolData; id: string }) {
  const melding = data.meldingen.find((m) => m.id === id);
  const staffId = useUser((s) => s.staffId);
  const key = requireKey();
  const initial = useMemo<TriageForm>(
    () => ({ outcome: '', reason: '', followUp: '', bulliedPupilIds: melding?.pupilIds.length === 1 ? [...melding.pupilIds] : [], leadStaffId: melding?.leadStaffId ?? staffId ?? undefined }),
    [melding, staffId],
  );
  const form = useAutosavedForm<TriageForm>(draftStorage(key, triageDraftId(id)), initial);
  const { errors, setErrors, fixed } = useFieldErrors();
  const [busy, setBusy] = useState(false);
  if (!melding) return <p>Deze melding bestaat niet (meer).</p>;
  if (melding.status !== 'nieuw')
    return (
      <>
        <h1>Deze melding is al beoordeeld</h1>
        <p>
          <a href={href({ name: 'melding', id })}>Terug naar de melding</a>
        </p>
      </>
    );
  const { values } = form;
  // A changed answer drops its own error at once.
  const setValues: typeof form.setValues = (change) => {
    form.setValues(change);
    fixed(Object.keys(change));
  };
  const suggestion = suggestedOutcome(values);
  const leads = possibleLeads(data.staff);

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await form.flush();
      const result = await submitTriage(key, data, melding!, form.current(), staffId);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError();
        return;
      }
      form.reset();
      navigate(result.zaken[0] ? { name: 'zaak', id: result.zaken[0].id } : { name: 'melding', id });
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p>
        <a href={href({ name: 'melding', id })}>← Terug naar de melding</a>
      </p>
      <h1>Plagen of pesten?</h1>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <p class="lead">{asCorrectedMelding(melding).description}</p>
      <PupilHistoryLinks data={data} pupilIds={melding.pupilIds} />
      <table class="criteria">
        <caption>Het verschil volgens het pestprotocol</caption>
        <thead>
          <tr>
            <th scope="col">Pesten</th>
            <th scope="col">Plagen</th>
          </tr>
        </thead>
        <tbody>
          {jpsProtocol.triageCriteria.map((c) => (
            <tr key={c.id}>
              <td>{c.pesten}</td>
              <td>{c.plagen}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {jpsProtocol.triageCriteria.map((c) => (
        <YesNo key={c.id} id={`triage-${c.id}`} label={c.question} value={values[c.id]} onChange={(v) => setValues({ [c.id]: v } as Partial<TriageForm>)} />
      ))}
      {suggestion && (
        <p class="notice" role="status">
          De antwoorden wijzen op: <strong>{triageOutcomes.find((o) => o.id === suggestion)?.label}</strong>. U beslist.
        </p>
      )}
      <fieldset class={`field${errors.outcome ? ' field--invalid' : ''}`}>
        <legend>Uitkomst</legend>
        <div class="choices">
          {triageOutcomes.map((o) => (
            <label key={o.id} class="choice">
              <input type="radio" name="outcome" checked={values.outcome === o.id} onChange={() => setValues({ outcome: o.id })} />
              <span>
                {o.label}
                <span class="field__hint"> — {o.explanation}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.outcome && <p class="field__error">{errors.outcome}</p>}
      </fieldset>
      <TextField id="triage-reason" label="Waarom komt u tot deze conclusie?" multiline value={values.reason} onInput={(reason) => setValues({ reason })} error={errors.reason} maxLength={2000} />
      {values.outcome === 'pesten' && (
        <>
          <fieldset class={`field${errors.bulliedPupilIds ? ' field--invalid' : ''}`}>
            <legend>Wie wordt er gepest? Voor elk kind opent een eigen zaak.</legend>
            {melding.pupilIds.map((pupilId) => (
              <label key={pupilId} class="check">
                <input
                  type="checkbox"
                  checked={values.bulliedPupilIds.includes(pupilId)}
                  onChange={(e) =>
                    setValues({
                      bulliedPupilIds: e.currentTarget.checked
                        ? [...values.bulliedPupilIds, pupilId]
                        : values.bulliedPupilIds.filter((p) => p !== pupilId),
                    })
                  }
                />
                <span>{nameOfPupil(data.pupils, pupilId)}</span>
              </label>
            ))}
            {errors.bulliedPupilIds && <p class="field__error">{errors.bulliedPupilIds}</p>}
          </fieldset>
          <NamedSelect id="triage-lead" label="Wie leidt de zaak?" options={leads} empty="Kies…" value={values.leadStaffId ?? ''} onChange={(id) => setValues({ leadStaffId: id || undefined })} error={errors.leadStaffId} />
        </>
      )}
      {(values.outcome === 'plagen' || values.outcome === 'incident') && (
        <TextField id="triage-followUp" label="Welk vervolg kiest u?" multiline value={values.followUp} onInput={(followUp) => setValues({ followUp })} error={errors.followUp} maxLength={2000} />
      )}
      {errors._ && (
        <p role="alert" class="notice notice--error">
          {errors._}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Bezig met opslaan…' : 'Beoordeling opslaan'}
        </button>
      </div>
    </form>
  );
}
