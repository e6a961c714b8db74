import type { Group } from '../domain/pupils';

/** Search by name and filter by group: how every pupil list in Kring is narrowed down. */
export function PupilFilters({ id, text, groupId, groups, allLabel, onText, onGroup }: {
  id: string;
  text: string;
  groupId: string;
  groups: readonly Group[];
  /** The label of the choice without a group filter. */
  allLabel: string;
  onText: (text: string) => void;
  onGroup: (groupId: string) => void;
}) {
  return (
    <div class="picker__filters">
      <div class="field">
        <label for={`${id}-search`}>Zoek op naam</label>
        <input id={`${id}-search`} type="search" value={text} autoComplete="off" onInput={(e) => onText(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-group`}>Groep</label>
        <select id={`${id}-group`} value={groupId} onChange={(e) => onGroup(e.currentTarget.value)}>
          <option value="">{allLabel}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
