import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftStorage } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { saveSchool } from '../../data/school-settings';
import { checkSchoolName } from '../../domain/school';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { TextField } from '../../ui/TextField';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { requireData, setSchool } from '../session/school-store';

/** The school's name, as it appears at the top of every screen and on printed reports. */
export function SchoolNameForm({ data }: { data: SchoolData }) {
  const [saved, setSaved] = useState(false);
  const initial = useMemo(() => ({ name: data.school.name }), []);
  const form = useAutosavedForm(draftStorage(requireKey(), 'instellingen:school'), initial);
  const { name } = form.values;
  const [error, setError] = useState<string | undefined>();
  // Changed on another tablet or in another tab: a field nobody typed in follows the name as it is now
  // (saving it would put the old name back); text being typed stays, as its draft.
  const savedName = useRef(data.school.name);
  useEffect(() => {
    if (data.school.name === savedName.current) return;
    if (form.current().name === savedName.current) void form.discard({ name: data.school.name });
    savedName.current = data.school.name;
  }, [data.school.name]);

  async function save(event: Event) {
    event.preventDefault();
    const { name } = form.current();
    const problem = checkSchoolName(name);
    if (problem) return setError(problem);
    try {
      const school = { ...requireData().school, name: name.trim() };
      await saveSchool(requireKey(), school);
      savedName.current = school.name;
      setSchool(school);
      await form.discard({ name: school.name });
      setError(undefined);
      setSaved(true);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <form class="card" aria-labelledby="settings-school" onSubmit={(e) => void save(e)} noValidate>
      <h2 id="settings-school">School</h2>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <TextField id="school-name" label="Naam van de school" value={name} onInput={(v) => (form.setValues({ name: v }), setSaved(false))} error={error} maxLength={120} />
      <button type="submit" class="button">
        Naam opslaan
      </button>
      {saved && <p role="status">De naam is opgeslagen.</p>}
    </form>
  );
}
