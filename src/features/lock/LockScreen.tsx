import { useEffect, useState } from 'preact/hooks';
import { WrongKeyError } from '../../data/crypto/cipher';
import { DEMO_PASSPHRASE } from '../../data/demo/demo-credentials';
import { dutchMessage } from '../../data/errors';
import { TextField } from '../../ui/TextField';
import { clock } from '../../domain/clock';
import { TooSoonError } from './too-soon';

// The store (Dexie) and the unlocking come in chunks of their own, fetched while the screen is drawn:
// a cold start paints this screen without them.
const actions = () => import('./lock-actions');
const vault = () => import('../../data/vault-state');

/** The locked screen shows nothing of any child: only a way back in. */
export function LockScreen({ isDemo }: { isDemo: boolean }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [ownPassphrases, setOwnPassphrases] = useState(false);
  // A demo school whose passphrase was changed no longer has a public one to print.
  const [demoPassphrase, setDemoPassphrase] = useState(false);
  useEffect(() => void vault().then((v) => v.demoPassphraseInUse()).then(setDemoPassphrase, () => undefined), []);
  // After several wrong attempts: the moment the next may be tried, counted down on screen.
  const [tryAgainAt, setTryAgainAt] = useState<number | null>(null);
  const [, tick] = useState(0);
  const secondsLeft = tryAgainAt === null ? 0 : Math.ceil((tryAgainAt - clock.now().getTime()) / 1000);
  const waiting = secondsLeft > 0;
  useEffect(() => void actions().then((a) => a.unlockWait()).then((ms) => ms > 0 && setTryAgainAt(clock.now().getTime() + ms)), []);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [waiting]);
  useEffect(() => void vault().then((v) => v.staffWithOwnPassphrase()).then((ids) => setOwnPassphrases(ids.size > 0), () => undefined), []);
  // Straight into the field: whoever unlocks came to type, and focus moving later would eat their keys.
  useEffect(() => document.getElementById('unlock-secret')?.focus(), []);

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (!secret) {
      setError(mode === 'passphrase' ? 'Vul het wachtwoord in.' : 'Vul de herstelsleutel in.');
      return;
    }
    if (waiting) return;
    setBusy(true);
    setError(undefined);
    try {
      await (await actions()).unlock(secret, mode);
    } catch (e) {
      setError(
        e instanceof WrongKeyError
          ? mode === 'passphrase'
            ? 'Dit wachtwoord klopt niet. Probeer het opnieuw.'
            : 'Deze herstelsleutel klopt niet. Controleer de tekens en probeer het opnieuw.'
          : e instanceof TooSoonError
            ? undefined
            : dutchMessage(e),
      );
      const wait = await (await actions()).unlockWait();
      setTryAgainAt(wait > 0 ? clock.now().getTime() + wait : null);
      // While waiting, the wait is the message: "klopt niet" beside it would read as a contradiction.
      if (wait > 0) setError(undefined);
      setSecret('');
      setBusy(false);
      document.getElementById('unlock-secret')?.focus();
    }
  }

  function switchMode() {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setError(undefined);
  }

  return (
    <main id="main" class="page page--narrow lock">
      <h1>Kring is vergrendeld</h1>
      <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id="unlock-secret"
          label={mode === 'passphrase' ? 'Wachtwoord' : 'Herstelsleutel'}
          hint={
            mode === 'recovery'
              ? 'De sleutel die bij het instellen werd getoond, bijvoorbeeld ABCD-EFGH-…'
              : ownPassphrases
                ? 'Het wachtwoord van de school, of uw eigen wachtwoord.'
                : undefined
          }
          type={mode === 'passphrase' ? 'password' : 'text'}
          value={secret}
          onInput={setSecret}
          error={error}
          // The school's passphrase is not the browser's to keep or offer on a shared tablet.
          autoComplete="off"
        />
        {waiting && (
          // Said once to a screen reader; the countdown itself is not read out every second.
          <p class="notice notice--warning">
            <span role="status">Dat wachtwoord klopte niet, en dat gebeurde te vaak op deze tablet.</span> Probeer het over {waitText(secondsLeft)} opnieuw.
          </p>
        )}
        <button type="submit" class="button button--primary" disabled={busy || waiting}>
          {busy ? 'Bezig met ontgrendelen…' : 'Ontgrendelen'}
        </button>
        <button type="button" class="button button--quiet" onClick={switchMode} disabled={busy}>
          {mode === 'passphrase' ? 'Wachtwoord vergeten? Herstelsleutel gebruiken' : 'Wachtwoord gebruiken'}
        </button>
      </form>
      {isDemo && (
        <p class="notice">
          Dit is een demo-school met verzonnen gegevens.
          {demoPassphrase && (
            <>
              {' '}
              Het wachtwoord is <strong class="nowrap">{DEMO_PASSPHRASE}</strong>.
            </>
          )}
        </p>
      )}
    </main>
  );
}

/** "5 seconden", "1 minuut", "4 minuten": a long wait said in minutes, rounded up. */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;
}
