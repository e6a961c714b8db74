import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../../data/drafts';
import { dutchMessage } from '../../../data/errors';
import { removePupil, savePupil } from '../../../data/pupil-list';
import type { SchoolData } from '../../../data/school-data';
import { clock } from '../../../domain/clock';
import { pupilHasRecords, pupilName, pupilSchema, withRename, type Pupil } from '../../../domain/pupils';
import { useUser } from '../../session/user-store';
import { fieldErrors, type FieldErrors } from '../../../domain/validation';
import { DraftStatusLine } from '../../../ui/DraftStatusLine';
import { NamedSelect } from '../../../ui/NamedSelect';
import { Outcome } from '../../../ui/Outcome';
import { TextField } from '../../../ui/TextField';
import { useAutosavedForm } from '../../../ui/use-autosaved-form';
import { requireKey } from '../../session/lock-store';
import { putRecords, removeRecords } from '../../session/school-store';

/** Changes one pupil: name, group, Esis number; or marks that the pupil left the school. */
export function PupilEditor({ data, pupil, onDone }: { data: SchoolData; pupil: Pupil; onDone: (message: string, undo?: () => Promise<void>) => void }) {
  const prefix = `pupil-${pupil.id}`;
  const initial = useMemo(() => ({ firstName: pupil.firstName, lastName: pupil.lastName, groupId: pupil.groupId, esisNumber: pupil.esisNumber ?? '' }), [pupil.id]);
  const form = useAutosavedForm(draftStorage(requireKey(), `instellingen:leerling:${pupil.id}`), initial);
  const { firstName, lastName, groupId, esisNumber } = form.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const by = useUser((s) => s.staffId) ?? undefined;

  async function save(changes: Partial<Pupil>, message: (p: Pupil) => string) {
    const { firstName, lastName, groupId, esisNumber } = form.current();
    const { esisNumber: _old, ...rest } = pupil;
    // A new name is an event: the old one is kept, so closed dossiers read as they were.
    const candidate: Pupil = withRename(pupil, { ...rest, firstName, lastName, groupId, ...(esisNumber.trim() ? { esisNumber } : {}), ...changes }, clock.now(), by);
    const parsed = pupilSchema.safeParse(candidate);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    try {
      await savePupil(requireKey(), parsed.data);
      putRecords('pupils', [parsed.data]);
      await form.discard();
      onDone(message(parsed.data));
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  async function remove() {
    try {
      await removePupil(pupil.id);
      removeRecords('pupils', [pupil.id]);
      // Removing asks nothing first; the undo right after it is the safety net (the pupil comes back whole).
      onDone(`${pupilName(pupil)} is verwijderd.`, async () => {
        await savePupil(requireKey(), pupil);
        putRecords('pupils', [pupil]);
      });
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  return (
    <div class="pupil-editor" id={`${prefix}-editor`}>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <div class="field-row">
        <TextField id={`${prefix}-first`} label="Voornaam" value={firstName} onInput={(v) => form.setValues({ firstName: v })} error={errors.firstName} maxLength={80} />
        <TextField id={`${prefix}-last`} label="Achternaam" value={lastName} onInput={(v) => form.setValues({ lastName: v })} error={errors.lastName} maxLength={120} />
      </div>
      <div class="field-row">
        <NamedSelect id={`${prefix}-group`} label="Groep" options={data.groups} value={groupId} onChange={(v) => form.setValues({ groupId: v })} />
        <TextField id={`${prefix}-esis`} label="Esis-leerlingnummer" optional value={esisNumber} onInput={(v) => form.setValues({ esisNumber: v })} error={errors.esisNumber} maxLength={20} />
      </div>
      <Outcome error={errors._} />
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => void save({}, (p) => `${pupilName(p)} is opgeslagen.`)}>
          Wijzigingen opslaan
        </button>
        <button type="button" class="button" onClick={() => void save({ leftOn: clock.today() }, (p) => `${pupilName(p)} staat nu als vertrokken.`)}>
          Heeft de school verlaten
        </button>
        {/* Added by mistake: a pupil no record names may go; one who is named stays, marked as left. */}
        {!pupilHasRecords(data, pupil.id) && (
          <button type="button" class="button button--danger" onClick={() => void remove()}>
            Verwijderen (per ongeluk toegevoegd)
          </button>
        )}
      </div>
    </div>
  );
}
