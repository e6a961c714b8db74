import type { SchoolData } from '../../data/school-data';
import type { TimelineEntry } from '../../domain/case/timeline';
import { formatMoment } from '../../domain/dates';
import { href } from '../../ui/routes';
import { pupilWithGroup, staffName } from './zaak-names';

/** A timeline as a list: what happened, when, who recorded it, and (for a pupil) which zaak or melding. */
export function TimelineList({ data, entries }: { data: SchoolData; entries: readonly (TimelineEntry & { zaakId?: string; meldingId?: string })[] }) {
  return (
    <ol class="timeline">
      {entries.map((entry, i) => (
        <li key={i}>
          <strong>{entry.title}</strong>
          {entry.aboutPupilId && <span> — over {pupilWithGroup(data, entry.aboutPupilId)}</span>}
          {entry.correction && (
            <span>
              {' '}
              — eerst: “{entry.correction.was}”, nu: “{entry.correction.now}”
            </span>
          )}
          {entry.detail && <span> — {entry.detail}</span>}
          {entry.staffIds && (
            <span>
              {' '}
              — van {staffName(data, entry.staffIds[0]) ?? 'onbekend'} aan {staffName(data, entry.staffIds[1]) ?? 'onbekend'}
            </span>
          )}
          <span class="timeline__meta">
            {formatMoment(entry.at)}
            {staffName(data, entry.by) && ` · ${staffName(data, entry.by)}`}
            {entry.zaakId && (
              <>
                {' · '}
                <a href={href({ name: 'zaak', id: entry.zaakId })}>naar de zaak</a>
              </>
            )}
            {entry.meldingId && (
              <>
                {' · '}
                <a href={href({ name: 'melding', id: entry.meldingId })}>naar de melding</a>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
