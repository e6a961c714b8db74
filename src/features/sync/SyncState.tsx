import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { Outcome } from '../../ui/Outcome';
import { TextField } from '../../ui/TextField';
import { moveToRenewedKey, nudgeSync } from './sync-actions';
import { SyncConflicts } from './SyncConflicts';
import { SyncGuarded } from './SyncGuarded';
import { HoldingCode } from './HoldingCode';
import { VersionChoices } from './VersionChoices';
import { useSync } from './sync-store';
import { useRoleView } from '../session/role-access';
import { conflictsInView } from './visible-conflicts';
import { problemText, statusLine } from './sync-texts';

/**
 * Where this tablet stands with the others, for whoever uses it (not only the administration): the
 * state, what went wrong, the differences to choose, and moving over to a key renewed elsewhere.
 */
export function SyncState({ data, title = 'Synchronisatie' }: { data: SchoolData; title?: string }) {
  const { status, server } = useSync();
  const view = useRoleView(data);
  if (!status || !server) return null;
  return (
    <section class="card" aria-labelledby="sync-now-title">
      <h2 id="sync-now-title">{title}</h2>
      <p class="sync-state">
        <strong>{statusLine(status)}</strong>
      </p>
      {status.problem && <p class={status.problem === 'unreachable' ? 'notice' : 'notice notice--error'}>{problemText[status.problem]}</p>}
      {status.problem === 'key-renewed' ? (
        <RenewedKeyPrompt />
      ) : (
        <button type="button" class="button" onClick={() => nudgeSync()}>
          Nu synchroniseren
        </button>
      )}
      <SyncConflicts conflicts={conflictsInView(status.conflicts, view, data)} data={data} />
      {view === 'alles' && <VersionChoices data={data} changed={`${status.conflicts.length}|${status.lastSyncedAt}`} />}
      <SyncGuarded setAside={status.setAside ?? []} guarded={status.guarded ?? []} data={data} view={view} />
      <HoldingCode witness={status.witness} />
    </section>
  );
}

function RenewedKeyPrompt() {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function move(event: Event) {
    event.preventDefault();
    if (!passphrase) return setError('Vul het wachtwoord van de school in.');
    setBusy(true);
    setError(null);
    try {
      await moveToRenewedKey(passphrase);
    } catch (e) {
      setError(dutchMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form noValidate onSubmit={(e) => void move(e)} aria-label="Vernieuwde sleutel overnemen">
      <TextField id="sync-renewed" label="Wachtwoord van de school" type="password" value={passphrase} onInput={setPassphrase} autoComplete="current-password" />
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Deze tablet wordt omgezet…' : 'Deze tablet omzetten'}
      </button>
      <Outcome error={error} inView />
    </form>
  );
}
