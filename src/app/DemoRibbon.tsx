/** Shown on every screen of a demo school, so fictional data is never taken for real. */
export function DemoRibbon() {
  return (
    <p class="demo-ribbon" data-testid="demo-ribbon">
      Demo-school — alle namen en meldingen zijn verzonnen
    </p>
  );
}
