import { formatMoment, formatDay } from '../../../domain/dates';
import type { DeletionLogEntry } from '../../../domain/privacy/retention';

/** What was deleted when: dates and counts only, for the school's accountability under the AVG. */
export function DeletionLog({ entries }: { entries: DeletionLogEntry[] }) {
  return (
    <section class="card" aria-labelledby="deletion-log">
      <h2 id="deletion-log">Logboek van verwijderingen</h2>
      {entries.length === 0 ? (
        <p>Er is nog niets verwijderd.</p>
      ) : (
        <div class="table-scroll">
          <table class="table">
            <caption>Alleen datums en aantallen, geen namen</caption>
            <thead>
              <tr>
                <th scope="col">Verwijderd op</th>
                <th scope="col">Vertrokken op of voor</th>
                <th scope="col" class="num">Zaken</th>
                <th scope="col" class="num">Meldingen</th>
                <th scope="col" class="num">Pleinincidenten</th>
                <th scope="col" class="num">Leerlingen</th>
                <th scope="col" class="num">Foto’s</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{formatMoment(e.at)}</th>
                  <td>{formatDay(e.leftOnOrBefore)}</td>
                  <td class="num">{e.counts.zaken}</td>
                  <td class="num">{e.counts.meldingen}</td>
                  <td class="num">{e.counts.incidents}</td>
                  <td class="num">{e.counts.pupils}</td>
                  <td class="num">{e.counts.photos}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
