/**
 * Work that may take more than a second, on screen while it runs: what is being done, and how far
 * (a bar without a value where the amount is not known yet).
 */
export function ProgressLine({ label, done, total, unit = '' }: { label: string; done?: number; total?: number; unit?: string }) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div class="progress-line" role="status">
      <p>{label}</p>
      {known ? <progress value={done} max={total} aria-label={label} /> : <progress aria-label={label} />}
      {known && (
        <p class="meta">
          {done.toLocaleString('nl-NL')} van {total.toLocaleString('nl-NL')}
          {unit && ` ${unit}`}
        </p>
      )}
    </div>
  );
}
