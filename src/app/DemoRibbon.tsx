/** Shown on every screen of a demo school, so fictional data is never taken for real. */
export function DemoRibbon() {
  return (
    <aside class="demo-ribbon" aria-label="Demo" data-testid="demo-ribbon">
      Demo-school — alle namen en meldingen zijn verzonnen
    </aside>
  );
}
