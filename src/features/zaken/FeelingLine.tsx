import { formatDay } from '../../domain/dates';
import type { Zaak } from '../../domain/case/zaak';
import { feelings } from '../../domain/case/flow';
import { feelingWord } from '../../domain/case/feelings';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 24;

/** The face-scale answers over the zaak's life, as a small line: is the child doing better? */
export function FeelingLine({ zaak }: { zaak: Zaak }) {
  const points = feelings(zaak);
  if (points.length === 0) return null;
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (feeling: number) => HEIGHT - PAD - ((feeling - 1) * (HEIGHT - 2 * PAD)) / 4;
  const summary = points.map((p) => `${formatDay(p.heldOn)}: ${feelingWord(p.feeling).toLowerCase()}`).join('; ');
  return (
    <figure class="feeling-line">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Hoe de leerling zich voelde — ${summary}`}>
        <line x1={PAD} x2={WIDTH - PAD} y1={y(3)} y2={y(3)} class="feeling-line__mid" />
        <polyline points={points.map((p, i) => `${x(i)},${y(p.feeling)}`).join(' ')} class="feeling-line__path" />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.feeling)} r={6} class="feeling-line__dot" />
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
