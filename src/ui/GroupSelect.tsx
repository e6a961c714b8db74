import type { Group } from '../domain/pupils';

/** A labelled choice of one of the school's groups, with an empty first option when one is allowed. */
export function GroupSelect(props: { id: string; label: string; groups: readonly Group[]; value: string; onChange: (groupId: string) => void; empty?: string; error?: string | undefined }) {
  const { id, label, groups, value, onChange, empty, error } = props;
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {empty !== undefined && <option value="">{empty}</option>}
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
