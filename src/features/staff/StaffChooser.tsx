import { useEffect, useRef, useState } from 'preact/hooks';
import { readDeviceSettings, writeDeviceSettings } from '../../data/device-settings';
import type { SchoolData } from '../../data/school-data';
import { activeStaff, roleLabels } from '../../domain/staff';
import { adoptTabletDrafts } from '../../data/drafts';
import { requireKey } from '../session/lock-store';
import { PERSONAL_DRAFT_FORMS } from '../session/personal-drafts';
import { chooseStaff } from '../session/user-store';

/**
 * Asked after every unlock with the school's shared passphrase: who uses the tablet now. What they
 * record stands in their name, and they see what their role needs. Whoever used it last is first,
 * so the usual teacher is still one tap away.
 */
export function StaffChooser({ data }: { data: SchoolData }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Undefined until read: the list waits for it, so a name never moves under a finger.
  const [lastId, setLastId] = useState<string | null | undefined>(undefined);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void readDeviceSettings().then((s) => setLastId(s.staffId));
  }, []);
  const staff = activeStaff(data.staff);
  const ordered = [...staff.filter((s) => s.id === lastId), ...staff.filter((s) => s.id !== lastId)];

  async function choose(id: string) {
    // A new record half-typed before drafts were kept per person belongs to whoever used the tablet
    // last, or, when the tablet does not know who that was, to whoever comes first (before the
    // update anyone on this tablet saw it). Best effort: if it fails the old draft stays, not lost.
    if (lastId === null || id === lastId) await adoptTabletDrafts(requireKey(), PERSONAL_DRAFT_FORMS, id).catch(() => undefined);
    // The person goes on at once; remembering them for the next unlock's order may follow.
    chooseStaff(id);
    await writeDeviceSettings({ staffId: id }).catch(() => undefined);
  }

  return (
    <main id="main" class="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Wie gebruikt deze tablet?
      </h1>
      <p>Tik op uw naam. Wat u vastlegt, staat op uw naam in de tijdlijn, en u ziet wat bij uw rol hoort.</p>
      <p class="field__hint">
        Met het wachtwoord van de school kan iedereen hier elke naam kiezen. Wie een eigen wachtwoord heeft (Instellingen → Medewerkers), opent Kring
        daarmee meteen als zichzelf.
      </p>
      <ul class="list" aria-label="Kies uw naam" aria-busy={lastId === undefined}>
        {lastId !== undefined && ordered.map((member) => (
          <li key={member.id}>
            <button type="button" class="list__item staff-choice" onClick={() => void choose(member.id)}>
              <span class="list__title">{member.name}</span>
              <span class="list__meta">
                {roleLabels(member.roles)}
                {member.id === lastId && ' · laatst op deze tablet'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
