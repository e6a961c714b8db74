import { useState } from 'preact/hooks';
import { holdingCode } from '../../data/sync/holding-code';
import type { WitnessReport } from '../../data/sync/witness';
import { dutchMessage } from '../../data/errors';
import { formatMoment } from '../../domain/dates';
import { tabletSeenText } from './sync-texts';

/**
 * "Tablets vergelijken": what the school's other tablets hold as their sealed checkpoints tell
 * (compared by this tablet itself, witness.ts), and the short code of what this tablet holds. Two
 * tablets in step show the same code; read aloud or side by side, it is a check the server cannot
 * touch, for when the server may also be holding back the checkpoints.
 */
export function HoldingCode({ witness }: { witness?: WitnessReport | undefined }) {
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
      {witness && (
        <>
          <p>
            Dit is <strong>{witness.me.label}</strong>. Na het synchroniseren laat elke tablet de andere weten wat hij heeft (versleuteld, zodat de server het niet kan veranderen); deze tablet vergelijkt dat met wat hij zelf heeft.
          </p>
          {witness.tablets.length === 0 ? (
            <p class="field__hint">Er heeft nog geen andere tablet van de school gemeld wat hij heeft.</p>
          ) : (
            <ul class="tablet-list" aria-label="Andere tablets van de school">
              {witness.tablets.map((t) => {
                const missing = Object.keys(t.missing).length > 0;
                return (
                  <li key={t.id} class={missing ? 'notice notice--error' : t.behind ? 'notice' : undefined}>
                    <strong>{tabletSeenText(t)}</strong>
                    <span class="timeline__meta">
                      Laatst gemeld {formatMoment(t.at)} · {t.records.toLocaleString('nl-NL')} gegevens · code {t.code}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      <p class="field__hint">
        Controleren zonder de server: toon op twee tablets die &lsquo;Gesynchroniseerd&rsquo; zeggen de code hieronder. Is hij gelijk, dan hebben ze precies dezelfde gegevens.
        Verschilt hij, dan heeft de server iets tegengehouden: meld het aan de beheerder.
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
