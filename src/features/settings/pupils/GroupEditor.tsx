import { useState } from 'preact/hooks';
import { dutchMessage } from '../../../data/errors';
import { removeGroup, saveGroup } from '../../../data/pupil-list';
import type { SchoolData } from '../../../data/school-data';
import { groupSchema, type Group } from '../../../domain/pupils';
import { TextField } from '../../../ui/TextField';
import { requireKey } from '../../session/lock-store';
import { putRecords, removeRecords } from '../../session/school-store';

/** Renames a group; an empty group (no pupil, not even one who left) can go. */
export function GroupEditor({ data, group, onDone }: { data: SchoolData; group: Group; onDone: (message: string) => void }) {
  const [name, setName] = useState(group.name);
  const [error, setError] = useState<string | undefined>();
  const used = data.pupils.some((p) => p.groupId === group.id);

  async function rename() {
    const parsed = groupSchema.safeParse({ ...group, name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    try {
      await saveGroup(requireKey(), parsed.data);
      putRecords('groups', [parsed.data]);
      onDone(`De groep heet nu ${parsed.data.name}.`);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  async function remove() {
    try {
      await removeGroup(group.id);
      removeRecords('groups', [group.id]);
      onDone(`${group.name} is verwijderd.`);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <div class="group-editor">
      <TextField id={`group-${group.id}-name`} label="Naam van de groep" value={name} onInput={setName} error={error} maxLength={40} />
      <div class="actions">
        <button type="button" class="button" onClick={() => void rename()}>
          Naam opslaan<span class="visually-hidden"> ({group.name})</span>
        </button>
        {!used && (
          <button type="button" class="button" onClick={() => void remove()}>
            Lege groep verwijderen<span class="visually-hidden"> ({group.name})</span>
          </button>
        )}
      </div>
    </div>
  );
}
