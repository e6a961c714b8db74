import { useState } from 'preact/hooks';
import { HoldToConfirm } from '../../ui/HoldToConfirm';
import { TextField } from '../../ui/TextField';
import { provePassphrase } from '../lock/lock-actions';
import { proofErrorText } from '../lock/proof-error';

/**
 * Leaving gespreksmodus: held down, confirmed, and then proven with a passphrase typed (the school's,
 * or the lead's own). A child can hold a button and tap "Ja"; a child does not know the passphrase.
 */
export function LeaveGespreksmodus({ leadStaffId, onLeave }: { leadStaffId: string | undefined; onLeave: () => void }) {
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function prove(event: Event) {
    event.preventDefault();
    if (!secret) return setError('Typ het wachtwoord van de school of uw eigen wachtwoord.');
    setBusy(true);
    try {
      await provePassphrase(secret, (slot) => slot.staffId === undefined || slot.staffId === leadStaffId);
      onLeave();
    } catch (e) {
      setError(proofErrorText(e, 'Dit wachtwoord opent gespreksmodus niet. Alleen het wachtwoord van de school of het eigen wachtwoord van wie dit gesprek leidt.'));
      setSecret('');
      document.getElementById('leave-secret')?.focus();
    } finally {
      setBusy(false);
    }
  }

  if (!asking)
    return (
      <HoldToConfirm
        label="Gespreksmodus verlaten"
        question="Gespreksmodus verlaten? Daarna staat weer alles van de zaak op het scherm. Alleen voor de leerkracht."
        confirmLabel="Ja, verlaten"
        cancelLabel="Nee, blijven"
        onConfirm={() => setAsking(true)}
      />
    );
  return (
    <form class="hold-confirm" noValidate onSubmit={(e) => void prove(e)}>
      <TextField
        id="leave-secret"
        type="password"
        label="Wachtwoord van de school of uw eigen wachtwoord"
        hint="Alleen wie het gesprek leidt, verlaat gespreksmodus."
        value={secret}
        onInput={setSecret}
        error={error}
        autoComplete="current-password"
      />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? 'Bezig…' : 'Gespreksmodus verlaten'}
        </button>
        <button type="button" class="button" onClick={() => (setAsking(false), setSecret(''), setError(undefined))}>
          Nee, blijven
        </button>
      </div>
    </form>
  );
}
