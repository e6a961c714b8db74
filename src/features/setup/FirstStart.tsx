import { useEffect, useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { pupilName, sortingSurname } from '../../domain/pupils';
import type { FirstStartStep } from '../../domain/school';
import { activeStaff, roleLabels } from '../../domain/staff';
import { Outcome } from '../../ui/Outcome';
import { href } from '../../ui/routes';
import { ImportScreen } from '../settings/import/ImportScreen';
import { PupilListForm } from '../settings/pupils/PupilListForm';
import { StaffEditor } from '../settings/staff/StaffEditor';
import { TeacherGroups } from './TeacherGroups';
import { endFirstStart, moveFirstStart } from './setup-actions';

type Step = FirstStartStep;
const STEPS: readonly { id: Step | 'school'; label: string }[] = [
  { id: 'school', label: 'School' },
  { id: 'collegas', label: 'Collega’s' },
  { id: 'leerlingen', label: 'Groepen en leerlingen' },
  { id: 'wie', label: 'Wie bent u?' },
];

const STILL_TO_GO = ['', 'Nog drie stappen', 'Nog twee stappen', 'Nog één stap'];
/** Up to this many pupils the guide lists them by name, so a typo is seen; beyond it, counts per group. */
const LISTED_PUPILS = 60;

/**
 * A new school's first start, as one flow on the start screen: the school (made already, with its
 * passphrase and recovery key) → the colleagues → groups and pupils, imported or by hand → who holds
 * the tablet now. It ends only with a name, so nothing anyone records is left without one.
 */
export function FirstStart({ data }: { data: SchoolData }) {
  const step = data.school.firstStart ?? 'wie';
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const staff = activeStaff(data.staff).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const current = data.pupils.filter((p) => !p.leftOn);
  const at = STEPS.findIndex((s) => s.id === step);

  // Each step starts at the top with its heading, as a new page would.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [step]);

  async function go(next: Step) {
    setError(null);
    // The reason stays beside the button just pressed, where the eye is.
    if (next !== 'collegas' && staff.length === 0)
      return setError('Voeg eerst uzelf toe als medewerker: Kring zet bij alles wat wordt vastgelegd wie het deed.');
    try {
      await moveFirstStart(next);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  async function choose(staffId: string) {
    try {
      await endFirstStart(staffId);
      // The start screen opens at its top, as any new page does.
      window.scrollTo(0, 0);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <>
      <h1>Kring instellen</h1>
      <p class="lead">{STILL_TO_GO[at]}, dan kunt u beginnen. Alles wat u hier doet, kunt u later wijzigen bij Instellingen.</p>
      <ol class="setup-steps" aria-label="Stappen">
        {STEPS.map((s, i) => (
          <li key={s.id} class={`setup-steps__step${i < at ? ' setup-steps__step--done' : ''}`} aria-current={i === at ? 'step' : undefined}>
            <span class="setup-steps__number" aria-hidden="true">
              {i < at ? '✓' : i + 1}
            </span>
            {s.label}
            {i < at && <span class="visually-hidden"> (klaar)</span>}
          </li>
        ))}
      </ol>

      {step === 'collegas' && (
        <section class="card" aria-labelledby="first-start-step">
          <h2 id="first-start-step" ref={heading} tabIndex={-1}>
            Collega’s
          </h2>
          <p>
            Begin met uzelf, daarna de collega’s die met Kring werken: groepsleerkrachten, de interne vertrouwenspersoon, de IB’er, de directeur en
            wie pleinwacht loopt. Hun rol bepaalt wat ze zien.
          </p>
          {staff.length > 0 && (
            <ul class="setup-done-list" aria-label="Toegevoegd">
              {staff.map((m) => (
                <li key={m.id}>
                  <strong>{m.name}</strong> · {roleLabels(m.roles)}
                </li>
              ))}
            </ul>
          )}
          <h3>{staff.length === 0 ? 'Uzelf toevoegen' : 'Nog een collega toevoegen'}</h3>
          <StaffEditor data={data} />
          <div class="setup-other-tablet">
            <p>Komt deze tablet bij een school die Kring al gebruikt? Lees dan het overdrachtsbestand van een andere tablet in; daarna gaat u hier verder.</p>
            <a class="button" href={href({ name: 'overdracht' })}>
              Overdrachtsbestand inlezen
            </a>
          </div>
          <Outcome error={error} />
          <div class="actions setup-nav">
            <button type="button" class="button button--primary" onClick={() => void go('leerlingen')}>
              Verder: groepen en leerlingen
            </button>
          </div>
        </section>
      )}

      {step === 'leerlingen' && (
        <section class="card" aria-labelledby="first-start-step">
          <h2 id="first-start-step" ref={heading} tabIndex={-1}>
            Groepen en leerlingen
          </h2>
          <p>
            {data.groups.length === 0
              ? 'Er zijn nog geen groepen en leerlingen. Importeer ze uit een bestand, of voeg ze met de hand toe.'
              : `Nu in Kring: ${data.groups.length} ${data.groups.length === 1 ? 'groep' : 'groepen'}, ${current.length} ${current.length === 1 ? 'leerling' : 'leerlingen'}.`}
          </p>
          {data.groups.length > 0 && <PupilsSoFar data={data} />}
          <details class="setup-option">
            <summary>Uit een bestand (bijvoorbeeld een export uit Esis)</summary>
            <ImportScreen data={data} embedded />
          </details>
          <details class="setup-option" open={data.groups.length > 0 && current.length < 5}>
            <summary>Met de hand</summary>
            <PupilListForm data={data} embedded />
          </details>
          <TeacherGroups data={data} />
          <Outcome error={error} />
          <div class="actions setup-nav">
            <button type="button" class="button" onClick={() => void go('collegas')}>
              Vorige
            </button>
            <button type="button" class="button button--primary" onClick={() => void go('wie')}>
              {current.length === 0 ? 'Later doen, verder' : 'Verder'}
            </button>
          </div>
        </section>
      )}

      {step === 'wie' && (
        <section class="card" aria-labelledby="first-start-step">
          <h2 id="first-start-step" ref={heading} tabIndex={-1}>
            Wie bent u?
          </h2>
          <p>Tik op uw naam. Wat u vastlegt, staat op uw naam in de tijdlijn. Na elke ontgrendeling vraagt Kring opnieuw wie de tablet gebruikt.</p>
          {current.length === 0 && (
            <p class="notice">Er staan nog geen leerlingen in Kring. Voeg ze later toe bij Instellingen → Groepen en leerlingen; tot dan is er niemand om een melding over te doen.</p>
          )}
          <ul class="list" aria-label="Kies uw naam">
            {staff.map((m) => (
              <li key={m.id}>
                <button type="button" class="list__item staff-choice" onClick={() => void choose(m.id)}>
                  <span class="list__title">{m.name}</span>
                  <span class="list__meta">{roleLabels(m.roles)}</span>
                </button>
              </li>
            ))}
          </ul>
          <Outcome error={error} />
          <div class="actions setup-nav">
            <button type="button" class="button" onClick={() => void go('leerlingen')}>
              Vorige
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** What is in Kring so far, per group: names while there are few enough to check them, else counts. */
function PupilsSoFar({ data }: { data: SchoolData }) {
  const current = data.pupils.filter((p) => !p.leftOn);
  const byName = new Intl.Collator('nl').compare;
  return (
    <ul class="setup-done-list" aria-label="Nu in Kring">
      {data.groups.map((g) => {
        const pupils = current.filter((p) => p.groupId === g.id).sort((a, b) => byName(sortingSurname(a.lastName), sortingSurname(b.lastName)) || byName(a.firstName, b.firstName));
        return (
          <li key={g.id}>
            <strong>{g.name}</strong>: {pupils.length === 0 ? 'nog geen leerlingen' : current.length <= LISTED_PUPILS ? pupils.map(pupilName).join(', ') : `${pupils.length} ${pupils.length === 1 ? 'leerling' : 'leerlingen'}`}
          </li>
        );
      })}
    </ul>
  );
}
