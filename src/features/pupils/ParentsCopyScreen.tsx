import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { formatMoment } from '../../domain/dates';
import { parentsCopy } from '../../domain/privacy/parents-copy';
import { jpsProtocol } from '../../domain/protocol';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { pupilName } from '../../domain/pupils';
import { Face } from '../../ui/FaceScale';
import { href } from '../../ui/routes';

/** A printable copy for the child's parents; other children appear only as "een medeleerling". */
export function ParentsCopyScreen({ data, id }: { data: SchoolData; id: string }) {
  const child = data.pupils.find((p) => p.id === id);
  if (!child) return <p>Deze leerling bestaat niet (meer).</p>;
  const entries = parentsCopy(jpsProtocol, child, data.pupils, data.meldingen, data.zaken, data.incidents, protocolOfZaak);
  return (
    <article class="parents-copy">
      <p class="no-print">
        <a href={href({ name: 'leerling', id })}>← Terug naar de tijdlijn</a>
      </p>
      <h1>Afschrift voor ouders: {pupilName(child)}</h1>
      <p>
        {data.school.name} · opgesteld op {formatMoment(clock.now().toISOString())}. Namen van andere kinderen zijn vervangen door
        “een medeleerling”.
      </p>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      {entries.length === 0 && <p>Kring bevat geen gegevens over deze leerling.</p>}
      <ol class="timeline" data-testid="parents-copy">
        {entries.map((entry, i) => (
          <li key={i}>
            <strong>{entry.title}</strong>
            {entry.detail && <span> — {entry.detail}</span>}
            {entry.answers && (
              <ul>
                {entry.answers.map((a, j) => (
                  <li key={a} class={entry.faces?.[j] ? 'copy-feeling' : undefined}>
                    {entry.faces?.[j] ? <Face value={entry.faces[j]!} /> : null}
                    {a}
                  </li>
                ))}
              </ul>
            )}
            <span class="timeline__meta">{formatMoment(entry.at)}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
