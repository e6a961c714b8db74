import { useState } from 'preact/hooks';
import { holdingCode } from '../../data/sync/holding-code';
import { dutchMessage } from '../../data/errors';

/**
 * "Vergelijk tablets": the short code of what this tablet holds. Two tablets in step show the same
 * code; a different code while both say they are synchronised means one holds something the other
 * never received (the server held it back). Read aloud or side by side, not through the server.
 */
export function HoldingCode() {
  const [shown, setShown] = useState<{ code: string; records: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function show() {
    try {
      setShown(await holdingCode());
      setError(null);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }
  return (
    <section aria-labelledby="holding-code-title" class="holding-code">
      <h3 id="holding-code-title">Tablets vergelijken</h3>
      <p class="field__hint">
        Staat op twee tablets &lsquo;Gesynchroniseerd&rsquo;? Toon dan op beide deze code. Is hij gelijk, dan hebben ze precies dezelfde gegevens. Verschilt hij, dan heeft de server iets
        tegengehouden: meld het aan de beheerder.
      </p>
      <button type="button" class="button" onClick={() => void show()}>
        {shown ? 'Code opnieuw berekenen' : 'Code van deze tablet tonen'}
      </button>
      {shown && (
        <p role="status">
          <strong class="holding-code__digits">{shown.code}</strong> <span class="field__hint">({shown.records.toLocaleString('nl-NL')} gegevens)</span>
        </p>
      )}
      {error && (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
    </section>
  );
}
