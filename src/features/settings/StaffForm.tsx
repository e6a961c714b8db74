import { useState } from 'preact/hooks';
import { announceChange } from '../../data/change-feed';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { staffStore } from '../../data/stores';
import { staffRoles, staffSchema, type StaffMember, type StaffRole } from '../../domain/staff';
import { fieldErrors, type FieldErrors } from '../../domain/validation';
import { CheckItem } from '../../ui/CheckItem';
import { TextField } from '../../ui/TextField';
import { requireKey, useSession } from '../lock/session-store';

/** The school's staff and their roles: who can lead a zaak, and whose name goes in the timeline. */
export function StaffForm({ data }: { data: SchoolData }) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [groupId, setGroupId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const label = (role: string) => staffRoles.find((r) => r.id === role)?.label ?? role;

  async function add() {
    if (roles.length === 0) return setErrors({ roles: 'Kies minstens één rol.' });
    const member: StaffMember = { id: crypto.randomUUID(), name, roles, groupIds: roles.includes('leerkracht') && groupId ? [groupId] : [] };
    const parsed = staffSchema.safeParse(member);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    try {
      await staffStore.put(requireKey(), parsed.data);
      announceChange('staff');
      useSession.setState({ data: { ...data, staff: [...data.staff, parsed.data] } });
      setName('');
      setRoles([]);
      setErrors({});
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  return (
    <section class="card" aria-labelledby="settings-staff">
      <h2 id="settings-staff">Medewerkers</h2>
      {data.staff.length === 0 ? (
        <p>Er zijn nog geen medewerkers. Wie een zaak leidt of iets vastlegt, staat hier.</p>
      ) : (
        <ul>
          {data.staff.map((s) => (
            <li key={s.id}>
              {s.name} — {s.roles.map(label).join(', ')}
              {s.groupIds.length > 0 && ` (${s.groupIds.map((g) => data.groups.find((x) => x.id === g)?.name).join(', ')})`}
            </li>
          ))}
        </ul>
      )}
      <TextField id="staff-name" label="Naam" value={name} onInput={setName} error={errors.name} maxLength={120} />
      <fieldset class={`field${errors.roles ? ' field--invalid' : ''}`}>
        <legend>Rollen</legend>
        {staffRoles.map((r) => (
          <CheckItem key={r.id} id={`staff-role-${r.id}`} label={r.label} checked={roles.includes(r.id)} onChange={(on) => setRoles(on ? [...roles, r.id] : roles.filter((x) => x !== r.id))} />
        ))}
        {errors.roles && <p class="field__error">{errors.roles}</p>}
      </fieldset>
      {roles.includes('leerkracht') && data.groups.length > 0 && (
        <div class="field">
          <label for="staff-group">Groep</label>
          <select id="staff-group" value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
            <option value="">Geen</option>
            {data.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {errors._ && (
        <p role="alert" class="notice notice--error">
          {errors._}
        </p>
      )}
      <button type="button" class="button" onClick={() => void add()}>
        Medewerker toevoegen
      </button>
    </section>
  );
}
