import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { formatDay } from '../../domain/dates';
import type { Route } from '../../ui/routes';
import { ProgressLine } from '../../ui/ProgressLine';
import { useLock } from './lock-store';
import { openWholeSchool, useOlderOpened, useWholeSchool } from './whole-school';

/** Screens that read a child's or the school's whole history, or that change what older records name. */
const wholeRoutes = new Set<Route['name']>(['leerling', 'inzage', 'jaaroverzicht', 'overdracht', 'hotspots']);
const wholeSections = new Set(['leerlingen', 'importeren', 'nieuw-schooljaar', 'bewaren', 'synchronisatie']);
const zaakRoutes = new Set<Route['name']>(['zaak', 'gesprek', 'extra-gesprek', 'esis']);

/** Whether this address needs records outside the working set that unlocking opened. */
export function needsWholeSchool(route: Route, data: SchoolData): boolean {
  if (data.scope === 'all') return false;
  if (wholeRoutes.has(route.name)) return true;
  if (route.name === 'instelling') return wholeSections.has(route.section);
  if (route.name === 'melding' || route.name === 'beoordelen') return !data.meldingen.some((m) => m.id === route.id);
  if (zaakRoutes.has(route.name) && 'id' in route) return !data.zaken.some((z) => z.id === route.id);
  return false;
}

/** What the waiting screen is called, so the reader knows where the tap leads. */
function titleOf(route: Route): string {
  switch (route.name) {
    case 'leerling':
    case 'inzage':
      return 'Leerling';
    case 'jaaroverzicht':
      return 'Jaaroverzicht';
    case 'overdracht':
      return 'Reservekopie en overzetten';
    case 'hotspots':
      return 'Overzicht van het plein';
    case 'instelling':
      return 'Instellingen';
    case 'melding':
    case 'beoordelen':
      return 'Melding';
    default:
      return 'Zaak';
  }
}

/** Opens the older records first (with its progress), then the screen. */
export function WholeSchoolGate({ route, needed, children }: { route: Route; needed: boolean; children: ComponentChildren }) {
  useEffect(() => {
    if (needed) void openWholeSchool();
  }, [needed]);
  if (!needed) return <>{children}</>;
  return (
    <>
      <h1>{titleOf(route)}</h1>
      <p>Dit scherm laat ook eerdere schooljaren zien. Kring opent die gegevens nu; tot u vergrendelt, blijven ze open.</p>
      <Opening />
    </>
  );
}

function Opening() {
  const { done, total, error } = useWholeSchool();
  if (error)
    return (
      <div role="alert" class="notice notice--error">
        <p>{error}</p>
        <button type="button" class="button" onClick={() => void openWholeSchool()}>
          Opnieuw proberen
        </button>
      </div>
    );
  return <ProgressLine label="Oudere gegevens openen…" done={done} total={total} unit="gegevens" />;
}

/** Moves focus to the page's heading: the button that was tapped is gone once the older records are open. */
function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** Above a list of the working set: what it holds, and a way to see the older records too. */
export function OlderRecords({ data, what }: { data: SchoolData; what: 'Meldingen' | 'Zaken' }) {
  const opening = useWholeSchool((s) => s.opening || s.error !== null);
  const openedOnRequest = useOlderOpened((s) => s.key !== null && s.key === useLock.getState().key);
  if (data.scope === 'all')
    return openedOnRequest ? (
      <p class="older-records" role="status">
        {what === 'Meldingen' ? 'Ook de meldingen van eerdere schooljaren staan hieronder.' : 'Ook de zaken van eerdere schooljaren staan hieronder.'}
      </p>
    ) : null;
  if (!data.unopened?.[what === 'Meldingen' ? 'meldingen' : 'zaken']) return null;
  if (opening) return <Opening />;
  const since = formatDay(data.scope.since);
  return (
    <div class="older-records">
      <p>
        {what === 'Meldingen'
          ? `Hier staan de meldingen van dit schooljaar (sinds ${since}) en oudere die nog beoordeeld moeten worden.`
          : `Hier staan de lopende zaken en de zaken van dit schooljaar (sinds ${since}).`}
      </p>
      <button type="button" class="button button--secondary" onClick={() => void openWholeSchool().then(focusHeading)}>
        Oudere {what.toLowerCase()} tonen
      </button>
    </div>
  );
}
