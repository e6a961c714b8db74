/**
 * Columns per category in up to three series (meldingen, zaken, incidents per month), in SVG so it
 * prints sharply; the numbers are in the accessible name and in the table the screen shows beside it.
 */
export interface Series {
  name: string;
  /** A CSS class with the fill colour, so print and screen share one palette. */
  className: string;
  values: number[];
}

export function GroupedColumnChart({ title, categories, series }: { title: string; categories: string[]; series: Series[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const height = 200;
  const slot = 48;
  const bar = Math.floor((slot - 10) / Math.max(1, series.length));
  const width = categories.length * slot;
  const summary = categories.map((c, i) => `${c}: ${series.map((s) => `${s.values[i] ?? 0} ${s.name}`).join(', ')}`).join('; ');
  return (
    <figure class="column-chart">
      <figcaption>{title}</figcaption>
      <ul class="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span class={`chart-legend__swatch ${s.className}`} /> {s.name}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height + 28}`} role="img" aria-label={`${title}. ${summary}`}>
        <line x1={0} x2={width} y1={height} y2={height} class="column-chart__axis" />
        {categories.map((category, i) => (
          <g key={category} transform={`translate(${i * slot + 5}, 0)`}>
            {series.map((s, j) => {
              const value = s.values[i] ?? 0;
              const h = ((height - 20) * value) / max;
              return (
                <g key={s.name}>
                  <rect x={j * bar} y={height - h} width={bar - 2} height={Math.max(h, value > 0 ? 2 : 0)} class={s.className} />
                  {value > 0 && (
                    <text x={j * bar + (bar - 2) / 2} y={height - h - 4} text-anchor="middle" class="column-chart__value">
                      {value}
                    </text>
                  )}
                </g>
              );
            })}
            <text x={(slot - 10) / 2} y={height + 20} text-anchor="middle" class="column-chart__label">
              {category}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
