import { useEffect, useState } from 'preact/hooks';
import { WrongKeyError } from '../../../data/crypto/cipher';
import { dutchMessage } from '../../../data/errors';
import type { SchoolData } from '../../../data/school-data';
import { changeSchoolPassphrase, prepareRecoveryKey } from '../../../data/secrets';
import { demoPassphraseInUse, staffWithOwnPassphrase } from '../../../data/vault-state';
import { clock } from '../../../domain/clock';
import { Outcome } from '../../../ui/Outcome';
import { TextField } from '../../../ui/TextField';
import { newPassphraseProblems, prepareStrengthCheck } from '../../passphrase/passphrase-strength';
import { RecoveryKeyCard } from '../../setup/RecoveryKeyScreen';
import { BackToSettings } from '../BackToSettings';
import { rotateDataKey, type Rotation } from './rotation-actions';
import { SigningKey } from './SigningKey';

type Shown = { kind: 'recovery'; key: string; commit: (now: Date) => Promise<void> } | { kind: 'rotation'; rotation: Rotation } | null;

/**
 * The school's secrets: its passphrase, its recovery key, and the data key under both. Each can
 * change; a colleague who left, a leaked key or a demo passphrase need not stay valid for good.
 */
export function SecurityScreen({ data }: { data: SchoolData }) {
  const [shown, setShown] = useState<Shown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [ownPassphrases, setOwnPassphrases] = useState<string[]>([]);
  const [demoPassphrase, setDemoPassphrase] = useState(false);
  useEffect(() => void demoPassphraseInUse().then(setDemoPassphrase), [status]);
  useEffect(() => void staffWithOwnPassphrase().then((ids) => setOwnPassphrases(data.staff.filter((s) => ids.has(s.id)).map((s) => s.name))), [data.staff]);

  const cancel = () => {
    setShown(null);
    setStatus('Er is niets gewijzigd: de oude herstelsleutel en sleutel gelden nog.');
  };

  if (shown?.kind === 'recovery')
    return (
      <RecoveryKeyCard
        recoveryKey={shown.key}
        schoolName={data.school.name}
        title="Uw nieuwe herstelsleutel"
        continueLabel="Klaar"
        onConfirmed={async () => {
          // Only now, written down, does the new key replace the old one.
          await shown.commit(clock.now());
          setShown(null);
          setStatus('De nieuwe herstelsleutel werkt; de oude opent Kring niet meer.');
        }}
        onCancel={cancel}
      />
    );
  if (shown?.kind === 'rotation')
    return (
      <RecoveryKeyCard
        recoveryKey={shown.rotation.recoveryKey}
        schoolName={data.school.name}
        title="Nieuwe sleutel: uw nieuwe herstelsleutel"
        continueLabel="Sleutel nu vernieuwen"
        onConfirmed={() => shown.rotation.finish()}
        onCancel={cancel}
      />
    );

  return (
    <>
      <BackToSettings />
      <h1>Wachtwoorden en sleutel</h1>
      {data.school.isDemo && demoPassphrase && (
        <p class="notice notice--warning">
          Dit is de demo-school: het wachtwoord staat op het vergrendelscherm. Wie met de demo begint en er echte gegevens in zet, kiest eerst een eigen
          wachtwoord en vernieuwt de sleutel.
        </p>
      )}
      <Outcome status={status} inView />
      <ChangePassphrase schoolName={data.school.name} onDone={setStatus} />
      <NewRecoveryKey onMade={(key, commit) => setShown({ kind: 'recovery', key, commit })} />
      <RotateKey schoolName={data.school.name} ownPassphrases={ownPassphrases} onStarted={(rotation) => setShown({ kind: 'rotation', rotation })} />
      <SigningKey school={data.school} />
    </>
  );
}

function ChangePassphrase({ schoolName, onDone }: { schoolName: string; onDone: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; passphrase?: string; repeat?: string; _?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!current) return setErrors({ current: 'Vul het wachtwoord in waarmee u Kring opende.' });
    const problems = await newPassphraseProblems(next, repeat, [schoolName]);
    if (problems.passphrase || problems.repeat) return setErrors(problems);
    setBusy(true);
    try {
      await changeSchoolPassphrase(current, next, clock.now());
      setErrors({});
      setCurrent('');
      setNext('');
      setRepeat('');
      onDone('Het wachtwoord van de school is gewijzigd. Vertel het de collega’s persoonlijk, niet per mail of app.');
    } catch (error) {
      setErrors(error instanceof WrongKeyError ? { current: 'Dit wachtwoord klopt niet. Er is niets gewijzigd.' } : { _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={(e) => void save(e)} noValidate aria-labelledby="security-passphrase">
      <h2 id="security-passphrase">Wachtwoord van de school wijzigen</h2>
      <p>
        Bijvoorbeeld als een collega vertrekt die het kende. Wie een eigen wachtwoord heeft, houdt dat. Vernieuw daarna ook de sleutel (hieronder):
        dan opent ook wat er van het oude wachtwoord in de opslag is blijven staan niets meer.
      </p>
      <TextField id="security-current" label="Huidig wachtwoord (van de school of uw eigen)" type="password" value={current} onInput={setCurrent} error={errors.current} />
      <TextField id="security-new" label="Nieuw wachtwoord van de school" type="password" value={next} onInput={setNext} error={errors.passphrase} autoComplete="new-password" onFocus={() => void prepareStrengthCheck()} hint="Een zin van vier of meer woorden die niet bij elkaar horen." />
      <TextField id="security-repeat" label="Nieuw wachtwoord nogmaals" type="password" value={repeat} onInput={setRepeat} error={errors.repeat} autoComplete="new-password" />
      <Outcome error={errors._} />
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Bezig…' : 'Wachtwoord wijzigen'}
      </button>
    </form>
  );
}

function NewRecoveryKey({ onMade }: { onMade: (key: string, commit: (now: Date) => Promise<void>) => void }) {
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function make(event: Event) {
    event.preventDefault();
    if (!current) return setError('Vul het wachtwoord in waarmee u Kring opende.');
    setBusy(true);
    try {
      const prepared = await prepareRecoveryKey(current);
      onMade(prepared.recoveryKey, prepared.commit);
    } catch (e) {
      setError(e instanceof WrongKeyError ? 'Dit wachtwoord klopt niet. Er is niets gewijzigd.' : dutchMessage(e));
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={(e) => void make(e)} noValidate aria-labelledby="security-recovery">
      <h2 id="security-recovery">Nieuwe herstelsleutel</h2>
      <p>
        De herstelsleutel opent Kring als het wachtwoord kwijt is. Is hij zoek, of heeft iemand hem gezien die hem niet mocht zien? Dan maakt u
        een nieuwe. Pas als u hebt aangevinkt dat hij is opgeschreven, werkt de nieuwe en vervalt de oude.
      </p>
      <TextField id="security-recovery-current" label="Uw wachtwoord (ter bevestiging)" type="password" value={current} onInput={setCurrent} error={error} />
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Bezig…' : 'Nieuwe herstelsleutel maken'}
      </button>
    </form>
  );
}

function RotateKey({ schoolName, ownPassphrases, onStarted }: { schoolName: string; ownPassphrases: string[]; onStarted: (rotation: Rotation) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; passphrase?: string; repeat?: string; _?: string }>({});
  const [busy, setBusy] = useState(false);

  async function start(event: Event) {
    event.preventDefault();
    if (!current) return setErrors({ current: 'Vul het wachtwoord van de school in.' });
    // A new passphrase is optional here; one that is given meets every rule.
    const problems = next || repeat ? await newPassphraseProblems(next, repeat, [schoolName]) : {};
    if (problems.passphrase || problems.repeat) return setErrors(problems);
    setBusy(true);
    try {
      onStarted(await rotateDataKey(current, next || null));
    } catch (error) {
      setErrors({ current: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={(e) => void start(e)} noValidate aria-labelledby="security-rotate">
      <h2 id="security-rotate">Sleutel vernieuwen</h2>
      <p>
        De sleutel is wat Kring zelf gebruikt om alle gegevens te versleutelen; het wachtwoord en de herstelsleutel zijn toegangen tot die
        sleutel. Bij vernieuwen versleutelt Kring alles opnieuw met een nieuwe sleutel. Wat er daarna nog van vroeger in de opslag van deze tablet staat (resten van
        verwijderde gegevens, een ingetrokken of oud wachtwoord), is dan versleuteld met een sleutel die niet meer bestaat. Doe dit als een
        collega vertrekt, na het intrekken van een wachtwoord en na het verwijderen van gegevens (bewaartermijn). Een reservekopie die eerder
        is gemaakt, blijft open te maken met het wachtwoord van dat bestand.
      </p>
      <ul>
        <li>U krijgt een nieuwe herstelsleutel; elke eerdere (ook een die u hierboven net maakte) werkt daarna niet meer.</li>
        <li>
          {ownPassphrases.length === 0
            ? 'Eigen wachtwoorden van collega’s: er zijn er nu geen.'
            : `De eigen wachtwoorden van ${new Intl.ListFormat('nl', { type: 'conjunction' }).format(ownPassphrases)} vervallen; geef ze daarna opnieuw bij Medewerkers.`}
        </li>
        <li>Kring vergrendelt daarna; open het met het wachtwoord van de school. Wordt het vernieuwen onderbroken, dan maakt Kring het af bij het ontgrendelen.</li>
      </ul>
      <TextField id="rotate-current" label="Wachtwoord van de school" type="password" value={current} onInput={setCurrent} error={errors.current} />
      <TextField id="rotate-new" label="Nieuw wachtwoord van de school" optional hint="Leeg laten houdt het huidige wachtwoord." type="password" value={next} onInput={setNext} error={errors.passphrase} autoComplete="new-password" onFocus={() => void prepareStrengthCheck()} />
      <TextField id="rotate-repeat" label="Nieuw wachtwoord nogmaals" optional type="password" value={repeat} onInput={setRepeat} error={errors.repeat} autoComplete="new-password" />
      <Outcome error={errors._} />
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Bezig…' : 'Sleutel vernieuwen'}
      </button>
    </form>
  );
}
