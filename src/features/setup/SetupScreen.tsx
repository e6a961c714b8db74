import { newPassphraseProblems, prepareStrengthCheck } from '../passphrase/passphrase-strength';
import { useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { checkSchoolName, MIN_PASSPHRASE_LENGTH } from '../../domain/school';
import { TextField } from '../../ui/TextField';
import { JoinSchool } from '../sync/JoinSchool';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import type { CreatedSchool } from './setup-actions';

// Creating a school needs the store (Dexie) and the key work: fetched when asked for, so that a new
// tablet draws this screen without them.
const actions = () => import('./setup-actions');

type Errors = { schoolName?: string; passphrase?: string; repeat?: string; form?: string };

/** First start: the school's name and passphrase, or the fictional demo school. */
export function SetupScreen() {
  const [schoolName, setSchoolName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState<null | 'school' | 'demo'>(null);
  const [created, setCreated] = useState<CreatedSchool | null>(null);
  const passphraseForm = useRef<HTMLFormElement>(null);

  if (created) return <RecoveryKeyScreen recoveryKey={created.recoveryKey} schoolName={created.schoolName} isDemo={created.isDemo} onConfirmed={async () => (await actions()).finishSetup(created.key)} />;

  async function run(kind: 'school' | 'demo', action: () => Promise<CreatedSchool>) {
    setBusy(kind);
    try {
      setCreated(await action());
    } catch (error) {
      setErrors({ form: dutchMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    const found: Errors = { schoolName: checkSchoolName(schoolName), ...(await newPassphraseProblems(passphrase, repeat, [schoolName])) };
    setErrors(found);
    const first = (['schoolName', 'passphrase', 'repeat'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`setup-${first}`)?.focus();
      return;
    }
    void run('school', async () => (await actions()).createSchool(schoolName, passphrase));
  }

  return (
    <main id="main" class="page page--narrow">
      <h1>Welkom bij Kring</h1>
      <p class="lead">
        Kring helpt uw school het pestprotocol uit te voeren: meldingen, gesprekken en afspraken, op de tablet en zonder
        internet. Alles wat u invoert, wordt versleuteld op dit apparaat bewaard.
      </p>
      {/*
        The school's name stands outside the form that holds the passphrase: a browser takes the text
        field before a password in the same form for a user name, and keeps it in clear among its
        saved logins. Enter in it still submits.
      */}
      <section class="card" aria-labelledby="setup-title">
        <h2 id="setup-title">School instellen</h2>
        <div onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), passphraseForm.current?.requestSubmit())}>
          <TextField
            id="setup-schoolName"
            label="Naam van de school"
            value={schoolName}
            onInput={setSchoolName}
            error={errors.schoolName}
            autoComplete="off"
          />
        </div>
        <form ref={passphraseForm} onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Wachtwoord van de school">
          <TextField
            id="setup-passphrase"
            label="Wachtwoord"
            hint={`Minstens ${MIN_PASSPHRASE_LENGTH} tekens. Kies een zin van vier of meer woorden die niet bij elkaar horen en die u onthoudt; zonder dit wachtwoord of de herstelsleutel is niets terug te halen.`}
            type="password"
            value={passphrase}
            onInput={setPassphrase}
            onFocus={() => void prepareStrengthCheck()}
            error={errors.passphrase}
            autoComplete="new-password"
          />
          <TextField
            id="setup-repeat"
            label="Wachtwoord nogmaals"
            type="password"
            value={repeat}
            onInput={setRepeat}
            error={errors.repeat}
            autoComplete="new-password"
          />
          {errors.form && (
            <p role="alert" class="notice notice--error">
              {errors.form}
            </p>
          )}
          <button type="submit" class="button button--primary" disabled={busy !== null}>
            {busy === 'school' ? 'Bezig met versleutelen…' : 'School aanmaken'}
          </button>
        </form>
      </section>
      <JoinSchool />
      <section class="card" aria-labelledby="demo-title">
        <h2 id="demo-title">Eerst proberen?</h2>
        <p>
          Laad een verzonnen school met acht groepen, ongeveer 200 leerlingen met bedachte namen en een paar meldingen. Het
          wachtwoord van de demo-school staat op het vergrendelscherm.
        </p>
        <button type="button" class="button" disabled={busy !== null} onClick={() => void run('demo', async () => (await actions()).createDemoSchool())}>
          {busy === 'demo' ? 'Demo-school wordt geladen…' : 'Demo-school laden'}
        </button>
      </section>
    </main>
  );
}
