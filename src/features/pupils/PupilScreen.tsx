import type { SchoolData } from '../../data/school-data';
import { pupilTimeline } from '../../domain/case/timeline';
import { statusLabel } from '../../domain/melding';
import { jpsProtocol } from '../../domain/protocol';
import { href } from '../../ui/routes';
import { ShowMore, usePage } from '../../ui/ShowMore';
import { mayOpen, useRoleView } from '../session/role-access';
import { TimelineList } from '../zaken/TimelineList';
import { pupilWithGroup } from '../zaken/zaak-names';

/** One pupil's timeline across meldingen, zaken and the playground: newest first, fifty at a time. */
export function PupilScreen({ data, id }: { data: SchoolData; id: string }) {
  // A melding says how it was judged: whoever asks "telkens opnieuw?" reads the outcome, not only the text.
  const entries = pupilTimeline(jpsProtocol, id, data.meldingen, data.zaken, data.incidents, data.pupils.find((p) => p.id === id))
    .map((e) => {
      const melding = e.meldingId ? data.meldingen.find((m) => m.id === e.meldingId) : undefined;
      return melding ? { ...e, title: `Melding (${statusLabel(melding.status)})` } : e;
    })
    .reverse();
  const page = usePage(entries, `leerling:${id}`);
  const view = useRoleView(data);
  return (
    <>
      <p>
        <a href={href({ name: 'home' })} onClick={back}>
          ← Terug
        </a>
      </p>
      <h1>Tijdlijn: {pupilWithGroup(data, id)}</h1>
      {mayOpen(view, 'inzage') && (
        <p>
          <a class="button" href={href({ name: 'inzage', id })}>
            Afschrift voor ouders (inzage AVG)
          </a>
        </p>
      )}
      {entries.length === 0 && <p>{view === 'alles' ? 'Over deze leerling is nog niets vastgelegd.' : 'Over deze leerling is niets vastgelegd dat bij uw rol hoort.'}</p>}
      {entries.length > 0 && <p class="meta">Nieuwste eerst.</p>}
      <TimelineList data={data} entries={page.shown} />
      <ShowMore rest={page.rest} more={page.more} what="gebeurtenissen" />
    </>
  );
}

/** Back to wherever the child's page was opened from (a melding, its triage, a zaak); the start screen if opened directly. */
function back(event: Event): void {
  if (window.history.length <= 1) return;
  event.preventDefault();
  window.history.back();
}
