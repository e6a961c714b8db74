import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftStorage, personalDraftId } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { emptyMeldingInput, MAX_DESCRIPTION_LENGTH, reporterKinds, type MeldingInput } from '../../domain/melding';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { PupilPicker } from '../../ui/PupilPicker';
import { TextField } from '../../ui/TextField';
import { navigate } from '../../ui/routes';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { currentStaffId } from '../session/user-store';
import { focusFirstError } from '../../ui/focus-first-error';
import { useUser } from '../session/user-store';
import { NEW_MELDING_DRAFT, submitMelding } from './melding-actions';
import { takeMeldingPrefill } from './melding-prefill';
import { useFieldErrors } from '../../ui/use-field-errors';

/** "Nieuwe melding": who reports, about whom, what happened, when and where. Autosaved while typing. */
export function MeldingForm({ data }: { data: SchoolData }) {
  const key = requireKey();
  const today = clock.today();
  const initial = useMemo(() => emptyMeldingInput(today), [today]);
  const staffId = useUser((s) => s.staffId);
  const form = useAutosavedForm<MeldingInput>(draftStorage(key, personalDraftId(NEW_MELDING_DRAFT, staffId)), initial);
  const { errors, setErrors, fixed } = useFieldErrors();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { values } = form;
  // A changed answer drops its own error at once.
  const setValues: typeof form.setValues = (change) => {
    form.setValues(change);
    fixed(Object.keys(change));
  };
  // A melding started from a signal: fill it in once the draft (if any) has been read.
  useEffect(() => {
    if (form.status.kind === 'loading') return;
    const prefill = takeMeldingPrefill();
    if (prefill) setValues(prefill);
  }, [form.status.kind === 'loading']);

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSaveError(null);
    try {
      await form.flush();
      const result = await submitMelding(key, form.current(), currentStaffId());
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError();
        return;
      }
      form.reset();
      navigate({ name: 'melding', id: result.melding.id });
    } catch (error) {
      setSaveError(dutchMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (form.status.kind === 'loading') return <p class="loading">Concept ophalen…</p>;

  return (
    <form class="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="melding-title">
      <h1 id="melding-title">Nieuwe melding</h1>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      {Object.keys(errors).length > 0 && (
        <p role="alert" class="notice notice--error">
          De melding is nog niet opgeslagen: vul de gemarkeerde velden aan.
        </p>
      )}
      <fieldset class={`field${errors.reporterKind ? ' field--invalid' : ''}`}>
        <legend>Wie doet de melding?</legend>
        <div class="choices">
          {reporterKinds.map((kind) => (
            <label key={kind.id} class="choice">
              <input
                type="radio"
                name="reporterKind"
                id={kind.id === values.reporterKind ? 'melding-reporterKind' : undefined}
                value={kind.id}
                checked={values.reporterKind === kind.id}
                onChange={() => setValues({ reporterKind: kind.id })}
              />
              <span>{kind.label}</span>
            </label>
          ))}
        </div>
        {errors.reporterKind && <p class="field__error">{errors.reporterKind}</p>}
      </fieldset>
      <TextField
        id="melding-reporterName"
        label="Naam van de melder"
        optional
        value={values.reporterName}
        onInput={(reporterName) => setValues({ reporterName })}
        error={errors.reporterName}
        maxLength={120}
        autoComplete="off"
      />
      <PupilPicker
        id="melding-pupils"
        label="Over welke leerling of leerlingen gaat het?"
        pupils={data.pupils}
        groups={data.groups}
        selected={values.pupilIds}
        onChange={(pupilIds) => setValues({ pupilIds })}
        error={errors.pupilIds}
        startGroupId={data.staff.find((s) => s.id === staffId)?.groupIds[0]}
      />
      <TextField
        id="melding-description"
        label="Wat is er gebeurd?"
        hint="Beschrijf wat er is gezien of verteld, zo letterlijk mogelijk."
        multiline
        value={values.description}
        onInput={(description) => setValues({ description })}
        error={errors.description}
        maxLength={MAX_DESCRIPTION_LENGTH}
      />
      <div class="field-row">
        <TextField
          id="melding-occurredOn"
          label="Wanneer?"
          type="date"
          max={today}
          value={values.occurredOn}
          onInput={(occurredOn) => setValues({ occurredOn })}
          error={errors.occurredOn}
        />
        <TextField
          id="melding-location"
          label="Waar?"
          optional
          value={values.location}
          onInput={(location) => setValues({ location })}
          error={errors.location}
          maxLength={200}
        />
      </div>
      {saveError && (
        <p role="alert" class="notice notice--error">
          {saveError}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Bezig met opslaan…' : 'Melding opslaan'}
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={busy}
          onClick={() => {
            setErrors({});
            void form.discard();
          }}
        >
          Concept weggooien
        </button>
      </div>
    </form>
  );
}
