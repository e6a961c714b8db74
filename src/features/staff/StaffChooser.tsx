import { useEffect, useRef } from 'preact/hooks';
import { writeDeviceSettings } from '../../data/device-settings';
import type { SchoolData } from '../../data/school-data';
import { activeStaff, staffRoles } from '../../domain/staff';
import { chooseStaff } from '../session/user-store';

/** Asked once per tablet: who records what is done here, so the timeline can say who did it. */
export function StaffChooser({ data }: { data: SchoolData }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const roleLabels = (roles: readonly string[]) =>
    roles.map((r) => staffRoles.find((s) => s.id === r)?.label ?? r).join(', ');

  async function choose(id: string) {
    await writeDeviceSettings({ staffId: id });
    chooseStaff(id);
  }

  return (
    <main id="main" class="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Wie gebruikt deze tablet?
      </h1>
      <p>Wat u vastlegt, staat op uw naam in de tijdlijn van een zaak. U kiest dit één keer; wisselen kan bovenin.</p>
      <ul class="list">
        {activeStaff(data.staff).map((member) => (
          <li key={member.id}>
            <button type="button" class="list__item staff-choice" onClick={() => void choose(member.id)}>
              <span class="list__title">{member.name}</span>
              <span class="list__meta">{roleLabels(member.roles)}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
