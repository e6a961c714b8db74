import { useEffect, useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';

interface RecoveryKeyProps {
  recoveryKey: string;
  schoolName: string;
  isDemo?: boolean;
  onConfirmed: () => Promise<void>;
  /** The heading, and the button that goes on once it is written down. */
  title?: string;
  continueLabel?: string;
  /** Offered where going back is possible (a new key made in the settings): nothing has changed yet. */
  onCancel?: () => void;
}

/** Shows the recovery key once; the app opens only after the user says it was written down. */
export function RecoveryKeyScreen(props: RecoveryKeyProps) {
  return (
    <main id="main" class="page page--narrow">
      <RecoveryKeyCard {...props} />
    </main>
  );
}

/** The key and what to do with it, for setup and for a new key made later (in the settings). */
export function RecoveryKeyCard({ recoveryKey, schoolName, isDemo = false, onConfirmed, title = 'Uw herstelsleutel', continueLabel = 'Verder naar Kring', onCancel }: RecoveryKeyProps) {
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function onContinue() {
    setBusy(true);
    try {
      await onConfirmed();
    } catch (e) {
      setError(dutchMessage(e));
      setBusy(false);
    }
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div class="card">
        {isDemo && (
          <p class="notice">
            Dit is de verzonnen demo-school: deze sleutel hoeft u niet te bewaren. Bij een echte school ziet u hier de sleutel die u wel bewaart.
          </p>
        )}
        <p>
          Bent u het wachtwoord kwijt, dan opent alleen deze sleutel Kring nog. Schrijf hem op papier en bewaar hem op een
          veilige plek, bijvoorbeeld in de kluis van de directie. <strong>Hij wordt maar één keer getoond.</strong>
        </p>
        {/* On paper the key says whose it is and since when, so a safe with several papers stays clear. */}
        <p class="print-only recovery-sheet">
          Herstelsleutel van Kring voor {schoolName}, gemaakt op {formatDay(clock.today())}. Bewaar dit papier op een veilige plek.
        </p>
        {/* Groups never break in the middle: a line ends only between two groups. */}
        <p class="recovery-key recovery-sheet" aria-label="Herstelsleutel" data-testid="recovery-key">
          {recoveryKey.split('-').map((group, i, all) => (
            <span key={i} class="recovery-key__group">
              {group}
              {i < all.length - 1 ? '-' : ''}
            </span>
          ))}
        </p>
        <p class="no-print">
          <button type="button" class="button" onClick={() => window.print()}>
            Herstelsleutel afdrukken
          </button>
        </p>
        <label class="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
          <span>Ik heb de herstelsleutel opgeschreven</span>
        </label>
        {error && (
          <p role="alert" class="notice notice--error">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="button" class="button button--primary" disabled={!confirmed || busy} onClick={() => void onContinue()}>
            {busy ? 'Bezig…' : continueLabel}
          </button>
          {onCancel && (
            <button type="button" class="button" disabled={busy} onClick={onCancel}>
              Annuleren, niets wijzigen
            </button>
          )}
        </div>
      </div>
    </>
  );
}
