import { useEffect, useRef, useState } from 'preact/hooks';
import { readDeviceSettings, writeDeviceSettings } from '../../data/device-settings';
import type { SchoolData } from '../../data/school-data';
import { DEMO_PASSPHRASE } from '../../data/demo/demo-credentials';
import { demoPassphraseInUse, staffWithOwnPassphrase } from '../../data/vault-state';
import { proofToChoose } from '../../domain/privacy/proof-to-choose';
import { activeStaff, roleLabels, type StaffMember } from '../../domain/staff';
import { adoptTabletDrafts } from '../../data/drafts';
import { requireKey } from '../session/lock-store';
import { PERSONAL_DRAFT_FORMS } from '../session/personal-drafts';
import { chooseStaff } from '../session/user-store';
import { ProveChoice } from './ProveChoice';

/**
 * Asked after every unlock with the school's shared passphrase, and at "wissel": who uses the tablet
 * now. What they record stands in their name, and they see what their role needs. Whoever used it
 * last is first, so the usual teacher is still one tap away. A name that opens more than a tap may
 * (an own passphrase, a role that sees everything) asks for a passphrase first.
 */
export function StaffChooser({ data }: { data: SchoolData }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Undefined until read: the list waits for both, so a name never moves under a finger.
  const [lastId, setLastId] = useState<string | null | undefined>(undefined);
  const [own, setOwn] = useState<ReadonlySet<string> | undefined>(undefined);
  const [proving, setProving] = useState<string | null>(null);
  const [demoPassphrase, setDemoPassphrase] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void readDeviceSettings().then((s) => setLastId(s.staffId));
    void staffWithOwnPassphrase().then(setOwn);
    if (data.school.isDemo) void demoPassphraseInUse().then(setDemoPassphrase, () => undefined);
  }, []);
  const staff = activeStaff(data.staff);
  const ordered = [...staff.filter((s) => s.id === lastId), ...staff.filter((s) => s.id !== lastId)];
  const proofOf = (member: StaffMember) => proofToChoose(member, own?.has(member.id) === true);

  async function choose(id: string, personal: boolean) {
    // A new record half-typed before drafts were kept per person belongs to whoever used the tablet
    // last, or, when the tablet does not know who that was, to whoever comes first (before the
    // update anyone on this tablet saw it). Best effort: if it fails the old draft stays, not lost.
    if (lastId === null || id === lastId) await adoptTabletDrafts(requireKey(), PERSONAL_DRAFT_FORMS, id).catch(() => undefined);
    // The person goes on at once; remembering them for the next unlock's order may follow.
    chooseStaff(id, personal);
    await writeDeviceSettings({ staffId: id }).catch(() => undefined);
  }

  const provingMember = staff.find((s) => s.id === proving);
  const provingProof = provingMember ? proofOf(provingMember) : 'none';
  return (
    <main id="main" class="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Wie gebruikt deze tablet?
      </h1>
      {provingMember && provingProof !== 'none' ? (
        <ProveChoice
          member={provingMember}
          proof={provingProof}
          demoPassphrase={demoPassphrase ? DEMO_PASSPHRASE : undefined}
          onProven={() => void choose(provingMember.id, provingProof === 'own')}
          onBack={() => (setProving(null), heading.current?.focus())}
        />
      ) : (
        <>
          <p>Tik op uw naam. Wat u vastlegt, staat op uw naam in de tijdlijn, en u ziet wat bij uw rol hoort.</p>
          <p class="field__hint">
            Wie een eigen wachtwoord heeft, typt dat na het tikken op de naam. Wie alles ziet (IVP, IB’er, directeur), typt daarna het wachtwoord van de
            school.
          </p>
          <ul class="list" aria-label="Kies uw naam" aria-busy={lastId === undefined || own === undefined}>
            {lastId !== undefined &&
              own !== undefined &&
              ordered.map((member) => {
                const proof = proofOf(member);
                return (
                  <li key={member.id}>
                    <button
                      type="button"
                      class="list__item staff-choice"
                      onClick={() => (proof === 'none' ? void choose(member.id, false) : setProving(member.id))}
                    >
                      <span class="list__title">{member.name}</span>
                      <span class="list__meta">
                        {roleLabels(member.roles)}
                        {member.id === lastId && ' · laatst op deze tablet'}
                        {proof === 'own' ? ' · eigen wachtwoord nodig' : proof === 'school' ? ' · wachtwoord van de school nodig' : ''}
                      </span>
                    </button>
                  </li>
                );
              })}
          </ul>
        </>
      )}
    </main>
  );
}
