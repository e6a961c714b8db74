import { useEffect, useRef, useState } from 'preact/hooks';
import { checkSignedDossier, type CheckResult } from '../../data/crypto/signing';
import { formatMoment } from '../../domain/dates';

const REFUSED: Record<Exclude<CheckResult, { ok: true }>['reason'], string> = {
  'not-json': 'Dit bestand is geen dossier van Kring: het is geen JSON-bestand.',
  'not-a-dossier': 'Dit bestand is geen dossier van Kring, of het is onvolledig.',
  'newer-version': 'Dit dossier is gemaakt met een nieuwere versie van Kring. Werk Kring bij en controleer het opnieuw.',
  altered: 'Niet in orde: dit dossier is veranderd nadat de school het ondertekende, of de handtekening hoort er niet bij. Vertrouw de inhoud niet.',
};

/**
 * "Dossier controleren": for whoever receives a dossier from a school (the board, a youth-care
 * partner, the inspectorate). No school is needed on this tablet and nothing leaves it: the file is
 * read here, its signature checked with the key it names, and the receiver compares that key's
 * fingerprint with the one the school published.
 */
export function CheckDossier({ onBack }: { onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  async function read(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setFileName(file.name);
    setResult(file.size > 5_000_000 ? { ok: false, reason: 'not-a-dossier' } : await checkSignedDossier(await file.text()));
    setBusy(false);
  }

  return (
    <main id="main" class="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Dossier controleren
      </h1>
      <p>
        Kies het dossierbestand (.json) dat u van een school kreeg. Kring controleert hier, op dit apparaat, of het ondertekend is en sindsdien niet is
        veranderd. Er gaat niets naar internet.
      </p>
      <div class="field">
        <label for="check-file">Dossierbestand</label>
        <input id="check-file" type="file" accept=".json,application/json" onChange={(e) => void read(e)} disabled={busy} />
      </div>
      <div aria-live="polite">
        {busy && <p>Bezig met controleren…</p>}
        {!busy && result && !result.ok && (
          <p role="alert" class="notice notice--error">
            {REFUSED[result.reason]}
          </p>
        )}
        {!busy && result?.ok && (
          <section class="card" aria-labelledby="check-verdict">
            <h2 id="check-verdict">In orde: ondertekend en niet veranderd</h2>
            <dl class="dossier__lines">
              <div>
                <dt>Bestand</dt>
                <dd>{fileName}</dd>
              </div>
              <div>
                <dt>School</dt>
                <dd>{result.bundle.school}</dd>
              </div>
              <div>
                <dt>{result.bundle.kind === 'dossier' ? 'Dossier van' : 'Kopie voor de ouders van'}</dt>
                <dd>{result.bundle.child}</dd>
              </div>
              <div>
                <dt>Gemaakt op</dt>
                <dd>{formatMoment(result.bundle.madeAt)}</dd>
              </div>
              <div>
                <dt>Vingerafdruk van de sleutel</dt>
                <dd class="code-text">{result.fingerprint}</dd>
              </div>
              <div>
                <dt>Controlecode (staat ook op de afdruk)</dt>
                <dd class="code-text">{result.digest}</dd>
              </div>
            </dl>
            <p>
              Vergelijk de vingerafdruk met die de school zelf bekendmaakt (bijvoorbeeld in de schoolgids). Alleen als die gelijk is, komt het dossier van
              deze school. Een afdruk hoort bij dit bestand als de controlecode erop gelijk is.
            </p>
          </section>
        )}
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={onBack}>
          Terug
        </button>
      </div>
    </main>
  );
}
