import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../../data/drafts';
import { dutchMessage } from '../../../data/errors';
import { saveGroup, savePupil } from '../../../data/pupil-list';
import type { SchoolData } from '../../../data/school-data';
import { normalizeGroupName, sameText } from '../../../domain/pupil-list/import-plan';
import { groupSchema, pupilSchema, type Group, type Pupil } from '../../../domain/pupils';
import { fieldErrors, type FieldErrors } from '../../../domain/validation';
import { DraftStatusLine } from '../../../ui/DraftStatusLine';
import { NamedSelect } from '../../../ui/NamedSelect';
import { Outcome } from '../../../ui/Outcome';
import { TextField } from '../../../ui/TextField';
import { useAutosavedForm } from '../../../ui/use-autosaved-form';
import { requireKey } from '../../session/lock-store';
import { putRecords } from '../../session/school-store';
import { useUser } from '../../session/user-store';

/** Groups and pupils added by hand, so a school can start before it imports its pupil list. */
export function PupilListForm({ data, embedded = false }: { data: SchoolData; embedded?: boolean }) {
  const me = useUser((s) => s.staffId);
  // A teacher adds to their own group first; otherwise the first group.
  const ownGroup = data.staff.find((m) => m.id === me)?.groupIds.find((g) => data.groups.some((x) => x.id === g));
  const initial = useMemo(() => ({ groupName: '', firstName: '', lastName: '', groupId: ownGroup ?? data.groups[0]?.id ?? '' }), []);
  const Heading = embedded ? 'h3' : 'h2';
  const form = useAutosavedForm(draftStorage(requireKey(), 'instellingen:leerling:nieuw'), initial);
  const { groupName, firstName, lastName, groupId } = form.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  // A pupil of the same name in the same group is asked about once, not added in silence.
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  // A refusal replaces the last "toegevoegd": the two side by side would contradict each other.
  const fail = (found: FieldErrors) => {
    setDone(null);
    setErrors(found);
  };

  async function addGroup() {
    const { groupName, groupId } = form.current();
    const group: Group = { id: crypto.randomUUID(), name: groupName, order: Math.max(0, ...data.groups.map((g) => g.order)) + 1 };
    const parsed = groupSchema.safeParse(group);
    if (!parsed.success) return fail({ groupName: fieldErrors(parsed.error).name ?? 'Vul de naam van de groep in.' });
    if (data.groups.some((g) => sameText(normalizeGroupName(g.name), normalizeGroupName(parsed.data.name)))) return fail({ groupName: `Er is al een groep “${parsed.data.name}”.` });
    try {
      await saveGroup(requireKey(), parsed.data);
      putRecords('groups', [parsed.data]);
      // Saved: the form starts clean (no draft of an empty field), keeping the chosen group.
      await form.discard({ ...form.current(), groupName: '', groupId: groupId || parsed.data.id });
      setErrors({});
      setDone(`${parsed.data.name} toegevoegd.`);
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  async function addPupil() {
    const { firstName, lastName, groupId } = form.current();
    const pupil: Pupil = { id: crypto.randomUUID(), firstName, lastName, groupId };
    const parsed = pupilSchema.safeParse(pupil);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      return fail({ ...found, ...(found.groupId ? { groupId: 'Kies eerst een groep (of voeg er een toe).' } : {}) });
    }
    const key = `${parsed.data.groupId}|${parsed.data.firstName}|${parsed.data.lastName}`.toLocaleLowerCase('nl');
    const twin = data.pupils.find((p) => p.groupId === parsed.data.groupId && sameText(p.firstName, parsed.data.firstName) && sameText(p.lastName, parsed.data.lastName));
    if (twin && duplicateOf !== key) {
      setDuplicateOf(key);
      setDone(null);
      // Said above the button, in full width and in view: a question, not a field's mistake.
      setErrors({ duplicate: `${twin.firstName} ${twin.lastName} staat al in deze groep. Is dit een ander kind met dezelfde naam? Kies dan nog eens "Leerling toevoegen".` });
      requestAnimationFrame(() => document.getElementById('pupil-duplicate')?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    try {
      await savePupil(requireKey(), parsed.data);
      putRecords('pupils', [parsed.data]);
      await form.discard({ ...form.current(), firstName: '', lastName: '' });
      setErrors({});
      setDuplicateOf(null);
      // The next pupil starts at the first name.
      document.getElementById('pupil-first')?.focus();
      setDone(`${parsed.data.firstName} ${parsed.data.lastName} toegevoegd.`);
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  return (
    <section class={embedded ? undefined : 'card'} aria-labelledby="settings-pupils">
      <Heading id="settings-pupils">{embedded ? 'Groepen en leerlingen toevoegen' : 'Toevoegen'}</Heading>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      {data.groups.length === 0 && <p>Er zijn nog geen groepen. Voeg eerst een groep toe, daarna de leerlingen.</p>}
      {/* Enter adds, as in any form. */}
      <form onSubmit={(e) => (e.preventDefault(), void addGroup())} noValidate>
        <div class="field-row">
          <TextField id="group-name" label="Nieuwe groep" value={groupName} onInput={(v) => form.setValues({ groupName: v })} error={errors.groupName} maxLength={40} />
        </div>
        <div class="actions">
          <button type="submit" class="button">
            Groep toevoegen
          </button>
        </div>
      </form>
      <form onSubmit={(e) => (e.preventDefault(), void addPupil())} noValidate>
        <div class="field-row">
          <TextField id="pupil-first" label="Voornaam" value={firstName} onInput={(v) => form.setValues({ firstName: v })} error={errors.firstName} maxLength={80} />
          <TextField id="pupil-last" label="Achternaam" value={lastName} onInput={(v) => form.setValues({ lastName: v })} error={errors.lastName} maxLength={120} />
        </div>
        <NamedSelect id="pupil-group" label="Groep van de leerling" options={data.groups} value={groupId} onChange={(v) => form.setValues({ groupId: v })} empty="Kies…" error={errors.groupId} />
        {errors.duplicate && (
          <p id="pupil-duplicate" role="alert" class="notice notice--warning">
            {errors.duplicate}
          </p>
        )}
        <Outcome status={done} error={errors._} />
        <button type="submit" class="button button--primary">
          Leerling toevoegen
        </button>
      </form>
    </section>
  );
}
