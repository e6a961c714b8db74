import type { SchoolData } from '../../data/school-data';
import { formatDay } from '../../domain/dates';
import { meldingStatuses, reporterLabel, sortMeldingen } from '../../domain/melding';
import { href } from '../../app/router';
import { pupilsOfMelding } from './melding-summary';

/** All meldingen, grouped by status, newest first within each. */
export function MeldingenList({ data }: { data: SchoolData }) {
  const sorted = sortMeldingen(data.meldingen);
  return (
    <>
      <div class="page-head">
        <h1>Meldingen</h1>
        <a class="button button--primary" href={href({ name: 'nieuwe-melding' })}>
          Nieuwe melding
        </a>
      </div>
      {sorted.length === 0 && <p>Er zijn nog geen meldingen.</p>}
      {meldingStatuses.map((status) => {
        const inStatus = sorted.filter((m) => m.status === status.id);
        if (inStatus.length === 0) return null;
        return (
          <section key={status.id} aria-labelledby={`status-${status.id}`}>
            <h2 id={`status-${status.id}`}>
              {status.label} ({inStatus.length})
            </h2>
            <ul class="list">
              {inStatus.map((m) => (
                <li key={m.id}>
                  <a class="list__item" href={href({ name: 'melding', id: m.id })}>
                    <span class="list__title">{pupilsOfMelding(data, m)}</span>
                    <span class="list__meta">
                      {formatDay(m.occurredOn)} · {reporterLabel(m.reporterKind)}
                    </span>
                    <span class="list__excerpt">{m.description}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
