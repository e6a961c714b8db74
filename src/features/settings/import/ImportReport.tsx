import type { ImportPlan, SkippedRow } from '../../../domain/pupil-list/import-plan';

const PREVIEW_ROWS = 10;

/** The preview: what will be added, and every row that will not, with its line number and why. */
export function ImportReport({ plan, busy, onImport }: { plan: ImportPlan; busy: boolean; onImport: () => void }) {
  return (
    <section class="card" aria-labelledby="import-preview">
      <h2 id="import-preview">Voorbeeld</h2>
      <p data-testid="import-summary">
        {count(plan.add.length)} {plan.add.length === 1 ? 'leerling' : 'leerlingen'} klaar om te importeren
        {plan.duplicates.length > 0 && `, ${count(plan.duplicates.length)} dubbel`}
        {plan.unreadable.length > 0 && `, ${count(plan.unreadable.length)} ${plan.unreadable.length === 1 ? 'regel' : 'regels'} niet te lezen`}.
      </p>
      {plan.newGroups.length > 0 && <p>Nieuwe groepen: {plan.newGroups.join(', ')}.</p>}
      {plan.add.length > 0 && (
        <div class="table-scroll">
          <table class="table">
            <caption>De eerste {Math.min(PREVIEW_ROWS, plan.add.length)} leerlingen</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Voornaam</th>
                <th scope="col">Achternaam</th>
                <th scope="col">Groep</th>
                <th scope="col">Esis-nummer</th>
              </tr>
            </thead>
            <tbody>
              {plan.add.slice(0, PREVIEW_ROWS).map((p) => (
                <tr key={p.line}>
                  <td>{p.line}</td>
                  <td>{p.firstName}</td>
                  <td>{p.lastName}</td>
                  <td>{p.groupName}</td>
                  <td>{p.esisNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Skipped title="Niet te lezen, wordt overgeslagen" rows={plan.unreadable} testId="import-unreadable" />
      <Skipped title="Dubbel, wordt overgeslagen" rows={plan.duplicates} testId="import-duplicates" />
      <button type="button" class="button button--primary" disabled={busy || plan.add.length === 0} onClick={onImport}>
        {busy ? 'Bezig met importeren…' : `${count(plan.add.length)} ${plan.add.length === 1 ? 'leerling' : 'leerlingen'} importeren`}
      </button>
    </section>
  );
}

/** Skipped rows with their reasons; a long list (a yearly export read again) folds away behind its count. */
function Skipped({ title, rows, testId }: { title: string; rows: SkippedRow[]; testId: string }) {
  if (rows.length === 0) return null;
  const list = (
    <ul>
      {rows.map((r) => (
        <li key={r.line}>
          Regel {r.line}: {r.reason}
        </li>
      ))}
    </ul>
  );
  return (
    <div data-testid={testId}>
      {rows.length <= FOLDED_ABOVE ? (
        <>
          <h3>
            {title} ({count(rows.length)})
          </h3>
          {list}
        </>
      ) : (
        <details class="figures-details">
          <summary>
            {title} ({count(rows.length)})
          </summary>
          {list}
        </details>
      )}
    </div>
  );
}

const FOLDED_ABOVE = 20;

/** 10.000, as a Dutch reader writes it. */
const count = (n: number) => n.toLocaleString('nl-NL');
