import { useEffect, useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { ServerDetails } from '../../data/sync/server-check';
import { Outcome } from '../../ui/Outcome';
import { TextField } from '../../ui/TextField';
import { emptyDetails, ServerFields } from './ServerFields';

/**
 * A new tablet of a school that already syncs: the server's details and the school's passphrase (or
 * one's own) are all it needs; everything else, the key slots included, comes from the server.
 */
export function JoinSchool() {
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<ServerDetails>(emptyDetails);
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  // Opened below the form for a new school: brought into view, its first field ready.
  useEffect(() => {
    if (!open) return;
    section.current?.scrollIntoView({ block: 'start' });
    section.current?.querySelector('input')?.focus({ preventScroll: true });
  }, [open]);
  if (!open)
    return (
      <section class="card" aria-labelledby="join-title">
        <h2 id="join-title">Staat de school al op een andere tablet?</h2>
        <p>Synchroniseert uw school de tablets via een eigen server? Koppel deze tablet dan met de gegevens van de ICT-beheerder.</p>
        <button type="button" class="button" onClick={() => setOpen(true)}>
          Deze tablet koppelen
        </button>
      </section>
    );

  async function join(event: Event) {
    event.preventDefault();
    setError(null);
    if (!passphrase) {
      setError('Vul het wachtwoord van de school of uw eigen wachtwoord in.');
      return;
    }
    setProgress('Verbinding maken…');
    try {
      const { joinSchool } = await import('./sync-actions');
      await joinSchool(details, passphrase, (n) => setProgress(`${n} versleutelde gegevens opgehaald…`));
    } catch (e) {
      setError(dutchMessage(e));
      setProgress(null);
    }
  }

  return (
    <section class="card" aria-labelledby="join-title" ref={section}>
      <h2 id="join-title">Deze tablet koppelen aan de school</h2>
      <form noValidate onSubmit={(e) => void join(e)} aria-label="Tablet koppelen">
        <fieldset class="field-group">
          <legend>De server van de school (gegevens van de ICT-beheerder)</legend>
          <ServerFields idPrefix="join" details={details} onChange={setDetails} />
        </fieldset>
        <fieldset class="field-group">
          <legend>De school openen</legend>
          <TextField
            id="join-passphrase"
            label="Wachtwoord van de school (of uw eigen wachtwoord)"
            type="password"
            value={passphrase}
            onInput={setPassphrase}
            autoComplete="current-password"
          />
        </fieldset>
        <button type="submit" class="button button--primary" disabled={progress !== null}>
          {progress ?? 'Koppelen en openen'}
        </button>
        <Outcome error={error} inView />
      </form>
    </section>
  );
}
