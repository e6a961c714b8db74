import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { behaviourKinds } from '../../domain/incidents/incident';
import { playgroundSettings } from '../../domain/incidents/playground-settings';
import { detectSignals, explainPupilSignals, signalsPerPupil, targetEvents, type PupilSignals } from '../../domain/incidents/repeated-targeting';
import { pupilName } from '../../domain/pupils';
import { formatDay } from '../../domain/dates';
import { href, navigate } from '../../ui/routes';
import { prefillNextMelding } from '../meldingen/melding-prefill';
import { useUser } from '../session/user-store';
import { pupilWithGroup } from '../zaken/zaak-names';

/**
 * "Mogelijk pesten": children of the teacher's own group (everyone's, for staff without a group) whom
 * the playground log and meldingen show as targeted again and again. One tap starts a melding.
 */
export function Signals({ data }: { data: SchoolData }) {
  const staffId = useUser((s) => s.staffId);
  const groupIds = data.staff.find((s) => s.id === staffId)?.groupIds ?? [];
  const inScope = (pupilId: string) => groupIds.length === 0 || groupIds.includes(data.pupils.find((p) => p.id === pupilId)?.groupId ?? '');
  const kindLabel = (i: { kind: string; area: string }) => [behaviourKinds.find((k) => k.id === i.kind)?.label.toLowerCase(), i.area].filter(Boolean).join(', ');
  // Only incidents and meldingen still waiting: a melding that became a zaak is already taken up.
  const events = targetEvents(data.incidents, data.meldingen.filter((m) => m.status === 'nieuw'), kindLabel);
  const { thresholds } = playgroundSettings(data.school);
  const signals = signalsPerPupil(detectSignals(events, clock.today(), thresholds).filter((s) => inScope(s.pupilId)));
  const name = (id: string) => {
    const p = data.pupils.find((x) => x.id === id);
    return p ? pupilName(p) : 'onbekend';
  };
  if (signals.length === 0) return null;

  /** The newest melding among the signal's events: only meldingen still waiting for triage count as events. */
  const waitingMelding = (group: PupilSignals) =>
    group.signals
      .flatMap((sig) => sig.events)
      .filter((e) => e.source === 'melding')
      .sort((a, b) => a.day.localeCompare(b.day))
      .at(-1);

  function startMelding(group: PupilSignals) {
    prefillNextMelding({
      reporterKind: 'personeel',
      pupilIds: [group.pupilId],
      description: `Signaal uit Kring: ${explainPupilSignals(group, thresholds, name).join(' ')}`,
    });
    navigate({ name: 'nieuwe-melding' });
  }

  return (
    <section aria-labelledby="home-signals">
      <h2 id="home-signals">Signalen: mogelijk pesten</h2>
      <ul class="list">
        {signals.map((group) => (
          <li key={`${group.pupilId}-${group.targeting}`} class="list__item signal">
            <span class="list__title">
              {pupilWithGroup(data, group.pupilId)}
              {group.targeting && ' — richt zich op verschillende kinderen'}
            </span>
            {explainPupilSignals(group, thresholds, name).map((line) => (
              <span key={line}>{line}</span>
            ))}
            {waitingMelding(group) ? (
              // A melding about it is already there, waiting to be judged: that is the next step, not a second melding.
              <a class="button button--small" href={href({ name: 'melding', id: waitingMelding(group)!.id })}>
                Naar de melding van {formatDay(waitingMelding(group)!.day)}
              </a>
            ) : (
              <button type="button" class="button button--small" onClick={() => startMelding(group)}>
                Melding starten
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
