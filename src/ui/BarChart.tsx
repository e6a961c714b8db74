/**
 * A horizontal bar chart with its numbers as text too: a picture a person reads at a glance. Built
 * of HTML rather than SVG, so a long label wraps instead of being cut off, on a phone and on paper.
 */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      <div class="bar-chart__rows" role="img" aria-label={`${title}: ${summary}`}>
        {bars.map((b) => (
          <div key={b.label} class="bar-chart__row" aria-hidden="true">
            <span class="bar-chart__label">{b.label}</span>
            <span class="bar-chart__track">
              <span class="bar-chart__bar" style={{ width: `${Math.max((100 * b.value) / max, 1)}%` }} />
              <span class="bar-chart__value">{b.value}</span>
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
