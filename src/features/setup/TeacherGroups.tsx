import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { saveStaffMember } from '../../data/staff';
import { activeStaff } from '../../domain/staff';
import { NamedSelect } from '../../ui/NamedSelect';
import { Outcome } from '../../ui/Outcome';
import { requireKey } from '../session/lock-store';
import { putRecords } from '../session/school-store';

/**
 * Colleagues come before groups in the first start, so a groepsleerkracht added then has no group
 * yet. Once groups exist, each such teacher gets one here; a choice is saved at once.
 */
export function TeacherGroups({ data }: { data: SchoolData }) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // Listed while the step is open, also after a group was chosen, so a row never vanishes under a finger.
  const [shown] = useState(() => new Set(activeStaff(data.staff).filter((m) => m.roles.includes('leerkracht') && m.groupIds.length === 0).map((m) => m.id)));
  const teachers = activeStaff(data.staff).filter((m) => shown.has(m.id) || (m.roles.includes('leerkracht') && m.groupIds.length === 0));
  if (data.groups.length === 0 || teachers.length === 0) return null;

  async function choose(memberId: string, groupId: string) {
    const member = data.staff.find((m) => m.id === memberId)!;
    const changed = { ...member, groupIds: groupId ? [groupId] : [] };
    try {
      await saveStaffMember(requireKey(), changed);
      putRecords('staff', [changed]);
      const group = data.groups.find((g) => g.id === groupId);
      setStatus(group ? `${member.name} heeft nu ${group.name}.` : `${member.name} heeft geen groep.`);
      setError(null);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <section aria-labelledby="teacher-groups">
      <h3 id="teacher-groups">Groep per leerkracht</h3>
      <p>Een groepsleerkracht ziet de meldingen en zaken van de eigen groep.</p>
      {teachers.map((m) => (
        <NamedSelect key={m.id} id={`teacher-group-${m.id}`} label={`Groep van ${m.name}`} options={data.groups} value={m.groupIds[0] ?? ''} onChange={(v) => void choose(m.id, v)} empty="Nog geen" />
      ))}
      <Outcome status={status} error={error} />
    </section>
  );
}
