import { href } from '../../app/router';
import type { SchoolData } from '../../data/school-data';
import { formatMoment } from '../../domain/dates';
import { pupilTimeline } from '../../domain/case/timeline';
import { jpsProtocol } from '../../domain/protocol';
import { pupilWithGroup, staffName } from '../zaken/zaak-names';

/** One pupil's timeline across meldingen and zaken. */
export function PupilScreen({ data, id }: { data: SchoolData; id: string }) {
  const entries = pupilTimeline(jpsProtocol, id, data.meldingen, data.zaken);
  return (
    <>
      <h1>Tijdlijn: {pupilWithGroup(data, id)}</h1>
      {entries.length === 0 && <p>Over deze leerling is nog niets vastgelegd.</p>}
      <ol class="timeline">
        {entries.map((entry, i) => (
          <li key={i}>
            <strong>{entry.title}</strong>
            {entry.detail && <span> — {entry.detail}</span>}
            <span class="timeline__meta">
              {formatMoment(entry.at)}
              {staffName(data, entry.by) && ` · ${staffName(data, entry.by)}`}
              {entry.zaakId && (
                <>
                  {' · '}
                  <a href={href({ name: 'zaak', id: entry.zaakId })}>naar de zaak</a>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
