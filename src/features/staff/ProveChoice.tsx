import { useEffect, useState } from 'preact/hooks';
import type { StaffMember } from '../../domain/staff';
import type { ProofToChoose } from '../../domain/privacy/proof-to-choose';
import { TextField } from '../../ui/TextField';
import { provePassphrase } from '../lock/lock-actions';
import { proofErrorText } from '../lock/proof-error';

const WORDS: Record<Exclude<ProofToChoose, 'none'>, { label: string; hint: string; wrong: string }> = {
  own: {
    label: 'Uw eigen wachtwoord',
    hint: 'U hebt een eigen wachtwoord; alleen dat maakt deze naam de uwe.',
    wrong: 'Dit is niet uw eigen wachtwoord.',
  },
  school: {
    label: 'Wachtwoord van de school',
    hint: 'Wie alles ziet (IVP, IB’er, directeur), bevestigt de keuze met het wachtwoord van de school.',
    wrong: 'Dit is niet het wachtwoord van de school.',
  },
};

/**
 * A name that needs more than a tap: the passphrase is typed before the tablet goes on in that
 * name. Wrong guesses count with the lock screen's and wait as long.
 */
export function ProveChoice(props: {
  member: StaffMember;
  proof: Exclude<ProofToChoose, 'none'>;
  /** The demo school's public passphrase, while it is still the one: said here as on the lock screen. */
  demoPassphrase?: string | undefined;
  onProven: () => void;
  onBack: () => void;
}) {
  const { member, proof, demoPassphrase, onProven, onBack } = props;
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const words = WORDS[proof];
  useEffect(() => document.getElementById('choice-secret')?.focus(), []);

  async function prove(event: Event) {
    event.preventDefault();
    if (!secret) return setError(`Typ ${words.label.toLowerCase()}.`);
    setBusy(true);
    try {
      // An own passphrase opens only its own slot; the school's opens the shared one (or theirs, had they one).
      await provePassphrase(secret, (slot) => (proof === 'own' ? slot.staffId === member.id : slot.staffId === undefined || slot.staffId === member.id));
      onProven();
    } catch (e) {
      setError(proofErrorText(e, words.wrong));
      setSecret('');
      document.getElementById('choice-secret')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" noValidate onSubmit={(e) => void prove(e)} aria-label={`Doorgaan als ${member.name}`}>
      <p>
        U kiest <strong>{member.name}</strong>.
      </p>
      <TextField id="choice-secret" type="password" label={words.label} hint={words.hint} value={secret} onInput={setSecret} error={error} autoComplete="current-password" />
      {demoPassphrase && proof === 'school' && (
        <p class="notice">
          Dit is een demo-school. Het wachtwoord is <strong class="nowrap">{demoPassphrase}</strong>.
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Bezig…' : `Doorgaan als ${member.name}`}
        </button>
        <button type="button" class="button" onClick={onBack}>
          Andere naam kiezen
        </button>
      </div>
    </form>
  );
}
