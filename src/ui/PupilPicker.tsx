import { useMemo, useState } from 'preact/hooks';
import { searchPupils } from '../domain/pupil-search';
import { UNKNOWN_PUPIL, pupilName, type Group, type Pupil } from '../domain/pupils';
import { PupilFilters } from './PupilFilters';
import { href } from './routes';

const MAX_RESULTS = 24;

export interface PupilPickerProps {
  id: string;
  label: string;
  pupils: readonly Pupil[];
  groups: readonly Group[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  /** The group to start on: the teacher's own. Typing a name searches the whole school again. */
  startGroupId?: string | undefined;
}

/** Choose pupils by typing part of a name or by group; every choice is a large touch target. */
export function PupilPicker({ id, label, pupils, groups, selected, onChange, error, startGroupId }: PupilPickerProps) {
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState(startGroupId && groups.some((g) => g.id === startGroupId) ? startGroupId : '');
  const [groupChosen, setGroupChosen] = useState(false);
  // A name typed while the start group is shown is looked for in the whole school.
  const onText = (value: string) => {
    setText(value);
    if (value && !groupChosen) setGroupId('');
  };
  const onGroup = (value: string) => {
    setGroupId(value);
    setGroupChosen(true);
  };
  const byId = useMemo(() => new Map(pupils.map((p) => [p.id, p])), [pupils]);
  const groupName = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const hits = useMemo(
    () => (text || groupId ? searchPupils(pupils, groups, { text, groupId: groupId || undefined }) : []),
    [pupils, groups, text, groupId],
  );
  // A whole group is shown whole; only a search across the school is cut short.
  const shown = groupId && !text ? hits.length : MAX_RESULTS;
  const toggle = (pupilId: string) =>
    onChange(selected.includes(pupilId) ? selected.filter((s) => s !== pupilId) : [...selected, pupilId]);

  return (
    <fieldset class={`field picker${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {/* Right under the question: below a whole class it would be out of sight. */}
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
      {selected.length > 0 && (
        <ul class="chips" aria-label="Gekozen leerlingen">
          {selected.map((pupilId) => {
            const pupil = byId.get(pupilId);
            const name = pupil ? pupilName(pupil) : UNKNOWN_PUPIL;
            return (
              <li key={pupilId}>
                <button type="button" class="chip" onClick={() => toggle(pupilId)} aria-label={`${name} verwijderen`}>
                  {name} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {pupils.length === 0 && (
        <p class="notice">
          Er staan nog geen leerlingen in Kring. Voeg ze toe bij <a href={href({ name: 'instelling', section: 'leerlingen' })}>Groepen en leerlingen</a>, of{' '}
          <a href={href({ name: 'instelling', section: 'importeren' })}>importeer een lijst</a>.
        </p>
      )}
      <PupilFilters id={id} text={text} groupId={groupId} groups={groups} allLabel="Alle groepen" onText={onText} onGroup={onGroup} />
      {(text || groupId) && (
        <>
          <p class="picker__count" aria-live="polite">
            {hits.length === 0 ? 'Geen leerlingen gevonden.' : `${hits.length} ${hits.length === 1 ? 'leerling' : 'leerlingen'} gevonden`}
          </p>
          <ul class="picker__results" aria-label="Gevonden leerlingen">
            {hits.slice(0, shown).map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  class="picker__pupil"
                  aria-pressed={selected.includes(p.id)}
                  onClick={() => toggle(p.id)}
                >
                  <span>{pupilName(p)}</span>
                  <span class="picker__group">{groupName.get(p.groupId)}</span>
                </button>
              </li>
            ))}
          </ul>
          {hits.length > shown && <p class="field__hint">{text ? 'Typ meer letters om de lijst korter te maken.' : 'Kies een groep of typ een naam om de lijst korter te maken.'}</p>}
        </>
      )}
    </fieldset>
  );
}
