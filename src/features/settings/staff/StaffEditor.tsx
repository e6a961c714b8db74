import { useMemo, useRef, useState } from 'preact/hooks';
import { draftStorage } from '../../../data/drafts';
import { dutchMessage } from '../../../data/errors';
import type { SchoolData } from '../../../data/school-data';
import { saveStaffMember } from '../../../data/staff';
import { staffRoles, staffSchema, type StaffMember, type StaffRole } from '../../../domain/staff';
import { fieldErrors, type FieldErrors } from '../../../domain/validation';
import { CheckItem } from '../../../ui/CheckItem';
import { DraftStatusLine } from '../../../ui/DraftStatusLine';
import { focusFirstError } from '../../../ui/focus-first-error';
import { NamedSelect } from '../../../ui/NamedSelect';
import { Outcome } from '../../../ui/Outcome';
import { TextField } from '../../../ui/TextField';
import { useAutosavedForm } from '../../../ui/use-autosaved-form';
import { requireKey } from '../../session/lock-store';
import { putRecords } from '../../session/school-store';

/** Adds a staff member, or changes one: name, roles, and the group a leerkracht teaches. */
export function StaffEditor({ data, member, onDone }: { data: SchoolData; member?: StaffMember; onDone?: (saved: StaffMember) => void }) {
  const prefix = member ? `staff-${member.id}` : 'staff-new';
  const initial = useMemo(() => ({ name: member?.name ?? '', roles: (member?.roles ?? []) as StaffRole[], groupId: member?.groupIds[0] ?? '' }), [member?.id]);
  const form = useAutosavedForm(draftStorage(requireKey(), `instellingen:${prefix}`), initial);
  const { name, roles, groupId } = form.values;
  const setRoles = (next: StaffRole[]) => form.setValues({ roles: next });
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Refused: what needs attention comes into view, wherever the button was.
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    focusFirstError(formRef.current ?? document);
  };

  async function save() {
    const { name, roles, groupId } = form.current();
    if (roles.length === 0) return refuse({ roles: 'Kies minstens één rol.' });
    const candidate: StaffMember = {
      ...(member ?? { id: crypto.randomUUID() }),
      name,
      roles,
      groupIds: roles.includes('leerkracht') && groupId ? [groupId] : [],
    };
    const parsed = staffSchema.safeParse(candidate);
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    try {
      await saveStaffMember(requireKey(), parsed.data);
      putRecords('staff', [parsed.data]);
      await form.discard();
      setErrors({});
      onDone?.(parsed.data);
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  return (
    // A form, so Enter in the name adds the colleague, as in any form.
    <form ref={formRef} class="staff-editor" onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <TextField id={`${prefix}-name`} label="Naam" value={name} onInput={(v) => form.setValues({ name: v })} error={errors.name} maxLength={120} />
      <fieldset class={`field${errors.roles ? ' field--invalid' : ''}`}>
        <legend>Rollen</legend>
        {staffRoles.map((r) => (
          <CheckItem
            key={r.id}
            id={`${prefix}-role-${r.id}`}
            label={r.label}
            checked={roles.includes(r.id)}
            onChange={(on) => setRoles(on ? [...roles, r.id] : roles.filter((x) => x !== r.id))}
          />
        ))}
        {errors.roles && <p class="field__error">{errors.roles}</p>}
      </fieldset>
      {roles.includes('leerkracht') && data.groups.length > 0 && (
        <NamedSelect id={`${prefix}-group`} label="Groep" options={data.groups} value={groupId} onChange={(v) => form.setValues({ groupId: v })} empty="Geen" />
      )}
      <Outcome error={errors._} />
      <button type="submit" class="button button--primary">
        {member ? 'Wijzigingen opslaan' : 'Medewerker toevoegen'}
      </button>
    </form>
  );
}
