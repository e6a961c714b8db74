import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftStorage, personalDraftId } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { PupilPicker } from '../../ui/PupilPicker';
import { TextField } from '../../ui/TextField';
import { YesNo } from '../../ui/YesNo';
import { navigate } from '../../ui/routes';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { downscalePhoto } from './downscale-photo';
import { MAILBOX_DRAFT, saveMailboxNote, type MailboxValues } from './mailbox-actions';
import { focusFirstError } from '../../ui/focus-first-error';
import { useFieldErrors } from '../../ui/use-field-errors';

/** For the IVP emptying the blue mailbox: a note typed over, optionally photographed, becomes a melding. */
export function MailboxScreen({ data }: { data: SchoolData }) {
  const key = requireKey();
  const staffId = useUser((s) => s.staffId);
  const today = clock.today();
  const initial = useMemo<MailboxValues>(() => ({ foundOn: today, text: '', signed: undefined, pupilIds: [] }), [today]);
  const form = useAutosavedForm<MailboxValues>(draftStorage(key, personalDraftId(MAILBOX_DRAFT, staffId)), initial);
  const { values } = form;
  // A changed answer drops its own error at once.
  const setValues: typeof form.setValues = (change) => {
    form.setValues(change);
    fixed(Object.keys(change));
  };
  const [photo, setPhoto] = useState<{ bytes: Uint8Array; type: string } | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const { errors, setErrors, fixed } = useFieldErrors();
  const [busy, setBusy] = useState(false);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function onPhoto(file: File | undefined) {
    if (!file) return;
    try {
      const small = await downscalePhoto(file);
      setPhoto(small);
      setPreview(URL.createObjectURL(new Blob([small.bytes as Uint8Array<ArrayBuffer>], { type: small.type })));
      setErrors((e) => ({ ...e, photo: '' }));
    } catch {
      setErrors((e) => ({ ...e, photo: 'Deze foto kon niet worden gelezen. Probeer het opnieuw.' }));
    }
  }

  async function onSave() {
    setBusy(true);
    try {
      await form.flush();
      const result = await saveMailboxNote(key, form.current(), photo, staffId);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError();
        return;
      }
      form.reset();
      navigate({ name: 'beoordelen', id: result.melding.id });
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={(e) => e.preventDefault()} noValidate>
      <h1>Briefje uit de blauwe brievenbus</h1>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <TextField id="mailbox-foundOn" label="Gevonden op" type="date" max={today} value={values.foundOn} onInput={(foundOn) => setValues({ foundOn })} error={errors.foundOn} />
      <TextField id="mailbox-text" label="Wat staat er op het briefje?" hint="Typ het over, zo letterlijk mogelijk." multiline maxLength={4000} value={values.text} onInput={(text) => setValues({ text })} error={errors.text} />
      <YesNo id="mailbox-signed" label="Is het briefje ondertekend?" value={values.signed} onChange={(signed) => setValues({ signed })} error={errors.signed} />
      <PupilPicker id="mailbox-pupils" label="Over welke kinderen gaat het?" pupils={data.pupils} groups={data.groups} selected={values.pupilIds} onChange={(pupilIds) => setValues({ pupilIds })} error={errors.pupilIds} />
      <div class={`field${errors.photo ? ' field--invalid' : ''}`}>
        <label for="mailbox-photo">
          Foto van het briefje <span class="field__optional">(optioneel)</span>
        </label>
        <p class="field__hint" id="mailbox-photo-hint">
          De foto wordt verkleind en versleuteld bewaard, net als de rest.
        </p>
        <input id="mailbox-photo" type="file" accept="image/*" capture="environment" aria-describedby="mailbox-photo-hint" onChange={(e) => void onPhoto(e.currentTarget.files?.[0])} />
        {errors.photo && <p class="field__error">{errors.photo}</p>}
        {preview && <img class="photo-preview" src={preview} alt="Foto van het briefje" />}
      </div>
      {errors._ && (
        <p role="alert" class="notice notice--error">
          {errors._}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button--primary button--big" disabled={busy} onClick={() => void onSave()}>
          {busy ? 'Bezig met opslaan…' : 'Opslaan als melding'}
        </button>
      </div>
    </form>
  );
}
