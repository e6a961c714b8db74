import type { SchoolData } from '../../data/school-data';
import type { Action, Zaak } from '../../domain/case/zaak';
import { firstNameOfPupil } from '../../domain/pupils';

/**
 * Stap 2: every member proposes at least one concrete action in their own words. Shows first names
 * only: this part is on screen while the children watch.
 */
export function ActionsEditor({ data, zaak, actions, onChange, error }: { data: SchoolData; zaak: Zaak; actions: Action[]; onChange: (a: Action[]) => void; error?: string | undefined }) {
  const firstName = (pupilId: string) => firstNameOfPupil(data.pupils, pupilId);
  const update = (index: number, text: string) => onChange(actions.map((a, i) => (i === index ? { ...a, text } : a)));
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'actions-error' : undefined}>
      <legend>Wat ga jij doen?</legend>
      {zaak.members.map((member) => {
        // After a refused finish, each child still without an action says so by name.
        const missing = error !== undefined && !actions.some((a) => a.pupilId === member.pupilId && a.text.trim());
        return (
        <div key={member.pupilId} class={`action-member${missing ? ' field--invalid' : ''}`}>
          {actions.map((a, index) =>
            a.pupilId === member.pupilId ? (
              <div key={index} class="field">
                <label for={`action-${index}`}>Actiepunt van {firstName(member.pupilId)}</label>
                <input id={`action-${index}`} value={a.text} maxLength={500} onInput={(e) => update(index, e.currentTarget.value)} autoComplete="off" />
              </div>
            ) : null,
          )}
          {missing && <p class="field__error">{firstName(member.pupilId)} heeft nog geen actiepunt.</p>}
          <button type="button" class="button button--quiet" onClick={() => onChange([...actions, { pupilId: member.pupilId, text: '' }])}>
            Nog een actiepunt voor {firstName(member.pupilId)}
          </button>
        </div>
        );
      })}
      {error && (
        <p id="actions-error" class="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
