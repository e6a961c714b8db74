import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { wipeVault } from '../../data/vault';

const CONFIRM_WORD = 'WISSEN';

/** Starts afresh: deletes every case, pupil and setting on this tablet, after a typed confirmation. */
export function WipeAllData() {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onWipe(event: Event) {
    event.preventDefault();
    if (typed.trim() !== CONFIRM_WORD) {
      setError(`Typ ${CONFIRM_WORD} in hoofdletters om te bevestigen.`);
      return;
    }
    setBusy(true);
    try {
      await wipeVault();
      window.location.hash = '#/';
      window.location.reload();
    } catch (e) {
      setError(dutchMessage(e));
      setBusy(false);
    }
  }

  return (
    <section class="card card--danger" aria-labelledby="settings-wipe">
      <h2 id="settings-wipe">Alle gegevens wissen</h2>
      <p>
        Hiermee verdwijnen alle meldingen, leerlingen en instellingen van deze tablet. Dit kan niet ongedaan worden gemaakt.
      </p>
      <form onSubmit={(e) => void onWipe(e)} noValidate>
        <div class={`field${error ? ' field--invalid' : ''}`}>
          <label for="wipe-confirm">Typ {CONFIRM_WORD} om te bevestigen</label>
          <input
            id="wipe-confirm"
            value={typed}
            autoComplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'wipe-error' : undefined}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          {error && (
            <p id="wipe-error" class="field__error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" class="button button--danger" disabled={busy}>
          {busy ? 'Bezig met wissen…' : 'Alle gegevens wissen'}
        </button>
      </form>
    </section>
  );
}
