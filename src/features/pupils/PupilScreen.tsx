import type { SchoolData } from '../../data/school-data';
import { pupilTimeline } from '../../domain/case/timeline';
import { jpsProtocol } from '../../domain/protocol';
import { href } from '../../ui/routes';
import { mayOpen, useRoleView } from '../session/role-access';
import { TimelineList } from '../zaken/TimelineList';
import { pupilWithGroup } from '../zaken/zaak-names';

/** One pupil's timeline across meldingen and zaken. */
export function PupilScreen({ data, id }: { data: SchoolData; id: string }) {
  const entries = pupilTimeline(jpsProtocol, id, data.meldingen, data.zaken, data.incidents);
  const view = useRoleView(data);
  return (
    <>
      <h1>Tijdlijn: {pupilWithGroup(data, id)}</h1>
      {mayOpen(view, 'inzage') && (
        <p>
          <a class="button" href={href({ name: 'inzage', id })}>
            Afschrift voor ouders (inzage AVG)
          </a>
        </p>
      )}
      {entries.length === 0 && <p>{view === 'alles' ? 'Over deze leerling is nog niets vastgelegd.' : 'Over deze leerling is niets vastgelegd dat bij uw rol hoort.'}</p>}
      <TimelineList data={data} entries={entries} />
    </>
  );
}
