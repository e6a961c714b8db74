import { href } from '../../../ui/routes';
import { useEffect, useState } from 'preact/hooks';
import { dutchMessage } from '../../../data/errors';
import type { SchoolData } from '../../../data/school-data';
import { retireStaffMember, revokeOwnPassphrase } from '../../../data/staff';
import { staffWithOwnPassphrase } from '../../../data/vault-state';
import { clock } from '../../../domain/clock';
import { activeStaff, roleLabels, type StaffMember } from '../../../domain/staff';
import { Outcome } from '../../../ui/Outcome';
import { requireKey } from '../../session/lock-store';
import { putRecords } from '../../session/school-store';
import { useUser } from '../../session/user-store';
import { BackToSettings } from '../BackToSettings';
import { OwnPassphraseForm } from './OwnPassphraseForm';
import { StaffEditor } from './StaffEditor';

type Open = { id: string; what: 'edit' | 'passphrase' | 'remove' } | null;

/** The school's staff: who can lead a zaak, whose name goes in the timeline, and who has a passphrase of their own. */
export function StaffScreen({ data }: { data: SchoolData }) {
  const [open, setOpen] = useState<Open>(null);
  const [withPassphrase, setWithPassphrase] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  // After someone leaves or loses their own passphrase: what they knew should stop opening Kring.
  const [offerRenewal, setOfferRenewal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const me = useUser((s) => s.staffId);
  const refresh = () => void staffWithOwnPassphrase().then(setWithPassphrase);
  useEffect(refresh, []);
  const staff = activeStaff(data.staff).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const openLed = (id: string) => data.zaken.filter((z) => z.status === 'open' && z.leadStaffId === id).length;
  const groupNames = (m: StaffMember) => m.groupIds.map((g) => data.groups.find((x) => x.id === g)?.name).filter(Boolean).join(', ');

  function finish(message: string, renew = false) {
    setOfferRenewal(renew);
    setOpen(null);
    setError(null);
    setStatus(message);
    refresh();
  }

  async function run(action: () => Promise<void>, message: string, renew = false) {
    try {
      await action();
      finish(message, renew);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  async function remove(member: StaffMember) {
    const retired = await retireStaffMember(requireKey(), member, clock.today());
    putRecords('staff', [retired]);
  }

  return (
    <>
      <BackToSettings />
      <h1>Medewerkers</h1>
      <Outcome status={status} error={error} inView />
      {offerRenewal && (
        <p class="notice">
          Vernieuw nu de sleutel bij <a href={href({ name: 'instelling', section: 'beveiliging' })}>Wachtwoorden en sleutel</a>: dan opent het oude
          wachtwoord ook niets meer van wat er in de opslag van deze tablet is blijven staan. Kende deze collega het wachtwoord van de school? Wijzig
          dat daar eerst.
        </p>
      )}
      {staff.length === 0 && <p>Er zijn nog geen medewerkers. Wie een zaak leidt of iets vastlegt, staat hier.</p>}
      <ul class="list staff-list">
        {staff.map((m) => {
          const isOpen = (what: NonNullable<Open>['what']) => open?.id === m.id && open.what === what;
          const toggle = (what: NonNullable<Open>['what']) => setOpen(isOpen(what) ? null : { id: m.id, what });
          return (
            <li key={m.id} class="card staff-member" aria-labelledby={`staff-${m.id}-title`}>
              <h2 id={`staff-${m.id}-title`} class="staff-member__name">
                {m.name}
              </h2>
              <p class="list__meta">
                {roleLabels(m.roles)}
                {groupNames(m) && ` · ${groupNames(m)}`}
                {withPassphrase.has(m.id) && ' · heeft een eigen wachtwoord'}
              </p>
              <div class="actions">
                <button type="button" class="button" aria-expanded={isOpen('edit')} onClick={() => toggle('edit')}>
                  Wijzigen<span class="visually-hidden"> ({m.name})</span>
                </button>
                <button type="button" class="button" aria-expanded={isOpen('passphrase')} onClick={() => toggle('passphrase')}>
                  {withPassphrase.has(m.id) ? 'Nieuw eigen wachtwoord' : 'Eigen wachtwoord geven'}
                  <span class="visually-hidden"> ({m.name})</span>
                </button>
                {withPassphrase.has(m.id) && (
                  <button type="button" class="button" onClick={() => void run(() => revokeOwnPassphrase(m.id), `Het eigen wachtwoord van ${m.name} is ingetrokken.`, true)}>
                    Eigen wachtwoord intrekken<span class="visually-hidden"> ({m.name})</span>
                  </button>
                )}
                {m.id !== me && (
                  <button type="button" class="button" aria-expanded={isOpen('remove')} onClick={() => toggle('remove')}>
                    Verwijderen<span class="visually-hidden"> ({m.name})</span>
                  </button>
                )}
              </div>
              {isOpen('edit') && <StaffEditor data={data} member={m} onDone={(saved) => finish(`${saved.name} is opgeslagen.`)} />}
              {isOpen('passphrase') && <OwnPassphraseForm member={m} onDone={() => finish(`${m.name} heeft nu een eigen wachtwoord.`)} />}
              {isOpen('remove') && (
                <div class="notice">
                  <p>
                    {m.name} verdwijnt uit de lijsten en kan Kring niet meer openen met een eigen wachtwoord. In de tijdlijnen blijft de
                    naam staan bij wat {m.name} heeft vastgelegd.
                  </p>
                  {openLed(m.id) > 0 && (
                    <p class="notice--warning">
                      {m.name} leidt nog {openLed(m.id)} {openLed(m.id) === 1 ? 'open zaak' : 'open zaken'}. Draag ze eerst over, of daarna vanuit de zaak.
                    </p>
                  )}
                  <button type="button" class="button button--danger" onClick={() => void run(() => remove(m), `${m.name} is verwijderd.`, true)}>
                    {m.name} verwijderen
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <section class="card" aria-labelledby="staff-add">
        <h2 id="staff-add">Medewerker toevoegen</h2>
        <StaffEditor data={data} onDone={(saved) => finish(`${saved.name} is toegevoegd.`)} />
      </section>
    </>
  );
}
