/** A horizontal bar chart in SVG, with its numbers as text too: a picture a person reads at a glance. */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 36;
  const labelWidth = 150;
  const width = 480;
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight}`} role="img" aria-label={`${title}: ${summary}`}>
        {bars.map((b, i) => {
          const barWidth = ((width - labelWidth - 40) * b.value) / max;
          return (
            <g key={b.label} transform={`translate(0, ${i * rowHeight})`}>
              <text x={labelWidth - 8} y={rowHeight / 2 + 5} text-anchor="end" class="bar-chart__label">
                {b.label}
              </text>
              <rect x={labelWidth} y={6} width={Math.max(barWidth, 2)} height={rowHeight - 12} rx={4} class="bar-chart__bar" />
              <text x={labelWidth + barWidth + 6} y={rowHeight / 2 + 5} class="bar-chart__value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
