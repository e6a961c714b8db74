import type { SchoolData } from '../../data/school-data';
import { namesWhoBullies, supportGroupWarnings } from '../../domain/case/conversation-rules';
import { memberRoleIds, type Member, type MemberRole, type Zaak } from '../../domain/case/zaak';
import type { ParticipantRole } from '../../domain/protocol';
import { nameOfPupil } from '../../domain/pupils';
import { PupilPicker } from '../../ui/PupilPicker';
import { TextField } from '../../ui/TextField';

/**
 * "Samen met de leerling een supportgroep samenstellen": children from the pupil list, each with a role
 * that stays private. The bullied child cannot be chosen.
 */
export function SupportGroupComposer(props: {
  data: SchoolData;
  zaak: Zaak;
  roles: ParticipantRole[];
  members: Member[];
  onChange: (m: Member[]) => void;
  /** Why it is not yet known who bullies; undefined while not said. */
  bulliesUnknown: string | undefined;
  onBulliesUnknown: (reason: string | undefined) => void;
  error?: string | undefined;
}) {
  const { data, zaak, roles, members, onChange, bulliesUnknown, onBulliesUnknown, error } = props;
  const candidates = data.pupils.filter((p) => p.id !== zaak.bulliedPupilId);
  const roleLabel = (role: MemberRole) => roles.find((r) => r.id === role)?.label ?? role;
  const warnings = supportGroupWarnings(zaak, members);
  return (
    <section class="section-card" aria-labelledby="group-title">
      <h2 id="group-title">Supportgroep samenstellen</h2>
      <p class="field__hint">De rollen zijn alleen voor u: in het gesprek met de groep worden ze niet genoemd.</p>
      <PupilPicker
        id="group"
        label="Kies de kinderen voor de supportgroep"
        pupils={candidates}
        groups={data.groups}
        selected={members.map((m) => m.pupilId)}
        onChange={(ids) => onChange(ids.map((id) => members.find((m) => m.pupilId === id) ?? { pupilId: id, role: 'buitenstaander' }))}
        error={error}
        startGroupId={data.pupils.find((p) => p.id === zaak.bulliedPupilId)?.groupId}
      />
      {members.length > 0 && (
        <ul class="list">
          {members.map((m) => {
            const name = nameOfPupil(data.pupils, m.pupilId);
            return (
              <li key={m.pupilId} class="member-row">
                <label for={`role-${m.pupilId}`}>Rol van {name}</label>
                <select
                  id={`role-${m.pupilId}`}
                  value={m.role}
                  onChange={(e) => onChange(members.map((x) => (x.pupilId === m.pupilId ? { ...x, role: e.currentTarget.value as MemberRole } : x)))}
                >
                  {memberRoleIds.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      )}
      {members.length > 0 && !namesWhoBullies({ roles }, members) && (
        <div class="field">
          <label class="choice">
            <input type="checkbox" checked={bulliesUnknown !== undefined} onChange={(e) => onBulliesUnknown(e.currentTarget.checked ? '' : undefined)} />
            <span>Nog niet bekend wie pest</span>
          </label>
          {bulliesUnknown !== undefined && (
            <TextField
              id="bullies-unknown"
              label="Waarom is dat nog niet bekend?"
              hint="Uitzoeken wie pest blijft dan een open taak op uw agenda."
              multiline
              maxLength={500}
              value={bulliesUnknown}
              onInput={(reason) => onBulliesUnknown(reason)}
            />
          )}
        </div>
      )}
      {warnings.map((w) => (
        <p key={w} class="notice" role="status">
          {w}
        </p>
      ))}
    </section>
  );
}
