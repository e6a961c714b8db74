import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { alertTitles, newFor, type Alert } from '../../domain/alerts/new-for-you';
import { agenda } from '../../domain/case/agenda';
import { clock } from '../../domain/clock';
import { formatDay, formatMoment } from '../../domain/dates';
import { behaviourKinds } from '../../domain/incidents/incident';
import { playgroundSettings } from '../../domain/incidents/playground-settings';
import { detectSignals, signalsPerPupil, targetEvents } from '../../domain/incidents/repeated-targeting';
import { reporterLabel } from '../../domain/melding';
import { Outcome } from '../../ui/Outcome';
import { href } from '../../ui/routes';
import { pupilsOfMelding } from '../meldingen/melding-summary';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { conversationTitle, pupilWithGroup } from '../zaken/zaak-names';
import { markAlertsRead } from './alert-actions';

/** The newest few first: the agenda below must stay in view. */
const SHOWN_FIRST = 3;

/**
 * "Nieuw voor u": what a colleague must act on, from this tablet or another, until they mark it
 * read. Marking it read is recorded with their name and the moment (the zaak's or melding's history).
 */
export function NewForYou({ data }: { data: SchoolData }) {
  const staffId = useUser((s) => s.staffId);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  if (!staffId) return null;
  const alerts = alertsOf(data, staffId);
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="home-new" class="new-for-you">
      <h2 id="home-new">Nieuw voor u ({alerts.length})</h2>
      <ul class="list">
        {(showAll ? alerts : alerts.slice(0, SHOWN_FIRST)).map((alert) => (
          <li key={alert.key} class="list__item new-for-you__item">
            <span class="list__title">{alertTitles[alert.kind]}</span>
            <AlertDetail data={data} alert={alert} />
            <button
              type="button"
              class="button"
              onClick={() => void markAlertsRead(requireKey(), [alert], staffId).then(() => setError(null), (e: unknown) => setError(dutchMessage(e)))}
            >
              Markeer als gelezen<span class="visually-hidden"> ({alertTitles[alert.kind]})</span>
            </button>
          </li>
        ))}
      </ul>
      {alerts.length > SHOWN_FIRST && (
        <div class="actions">
          {!showAll && (
            <button type="button" class="button" onClick={() => setShowAll(true)}>
              Alle {alerts.length} tonen
            </button>
          )}
          <button type="button" class="button" onClick={() => void markAlertsRead(requireKey(), alerts, staffId).then(() => setError(null), (e: unknown) => setError(dutchMessage(e)))}>
            Alle {alerts.length} voor u als gelezen markeren
          </button>
        </div>
      )}
      <Outcome error={error} />
    </section>
  );
}

/**
 * What is new for this colleague now, from the records of their view. `onlyMeldingen`: the alerts
 * about meldingen alone (a melding's own page), without working out signals and the agenda.
 */
export function alertsOf(data: SchoolData, staffId: string, onlyMeldingen = false): Alert[] {
  const today = clock.today();
  const kindLabel = (i: { kind: string; area: string }) => [behaviourKinds.find((k) => k.id === i.kind)?.label.toLowerCase(), i.area].filter(Boolean).join(', ');
  return newFor(staffId, {
    meldingen: data.meldingen,
    zaken: data.zaken,
    staff: data.staff,
    pupils: data.pupils,
    signals: onlyMeldingen ? [] : signalsPerPupil(detectSignals(targetEvents(data.incidents, data.meldingen.filter((m) => m.status === 'nieuw'), kindLabel), today, playgroundSettings(data.school).thresholds)),
    overdue: onlyMeldingen ? [] : agenda(data.zaken.filter((z) => z.status === 'open'), today, data.school.agendaWaitingDays).overdue,
    reads: data.alertReads,
  });
}

function AlertDetail({ data, alert }: { data: SchoolData; alert: Alert }) {
  const melding = alert.meldingId ? data.meldingen.find((m) => m.id === alert.meldingId) : undefined;
  if (melding)
    return (
      <span>
        <a href={href({ name: 'melding', id: melding.id })}>Over {pupilsOfMelding(data, melding)}</a> · {reporterLabel(melding.reporterKind).toLowerCase()} ·{' '}
        {formatMoment(melding.createdAt)}
      </span>
    );
  if (alert.kind === 'evaluatie' && alert.item)
    return (
      <span>
        <a href={href({ name: 'zaak', id: alert.item.zaakId })}>
          {conversationTitle(alert.item.stepId, alert.item.round)} in de zaak van {pupilWithGroup(data, alert.item.bulliedPupilId)}
        </a>{' '}
        · gepland {formatDay(alert.item.dueOn ?? '')}
      </span>
    );
  if (alert.kind === 'signaal' && alert.pupilId) return <span>{pupilWithGroup(data, alert.pupilId)}: zie de signalen hieronder.</span>;
  return null;
}
