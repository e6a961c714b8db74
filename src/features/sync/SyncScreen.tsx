import { useState } from 'preact/hooks';
import { dutchMessage, KringError } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { ServerDetails } from '../../data/sync/server-check';
import { Outcome } from '../../ui/Outcome';
import { BackToSettings } from '../settings/BackToSettings';
import { requireKey } from '../session/lock-store';
import { emptyDetails, ServerFields } from './ServerFields';
import { answerText, testServer, turnOffSync, turnOnSync } from './sync-actions';
import { SyncState } from './SyncState';
import { useSync } from './sync-store';

/**
 * Instellingen → Synchronisatie: the school's tablets share their records through the school's own
 * CouchDB, which receives ciphertext only. Off by default; turned on here with the details the
 * school's IT gives, after a connection test.
 */
export function SyncScreen({ data }: { data: SchoolData }) {
  const { server } = useSync();
  const [details, setDetails] = useState<ServerDetails>(() => (server ? { ...server, password: '' } : emptyDetails()));
  const [outcome, setOutcome] = useState<{ status?: string; error?: string }>({});
  const [busy, setBusy] = useState<null | 'test' | 'on' | 'off'>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const on = server?.enabled === true;

  async function run(kind: 'test' | 'on' | 'off', action: () => Promise<string>) {
    setBusy(kind);
    setOutcome({});
    try {
      setOutcome({ status: await action() });
    } catch (error) {
      setOutcome({ error: dutchMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  const missing = () => {
    if (!details.server.trim() || !details.database.trim() || !details.username.trim() || !details.password)
      throw new KringError('Vul het adres van de server, de database, het account van deze tablet en het wachtwoord van dat account in.');
  };
  const test = () =>
    run('test', async () => {
      missing();
      const answer = await testServer(details);
      const problem = answerText(answer);
      if (problem) throw new KringError(problem);
      return answer.kind === 'ok' && answer.documents > 0
        ? `De verbinding werkt. In de database staan al ${answer.documents} versleutelde gegevens.`
        : 'De verbinding werkt. De database is nog leeg: deze tablet zet de school erin.';
    });

  return (
    <>
      <BackToSettings />
      <h1>Synchronisatie</h1>
      <p class="lead">
        Met synchronisatie werken alle tablets van de school met dezelfde meldingen, zaken en pleinincidenten. Alles wordt eerst op
        de tablet bewaard en werkt ook zonder internet; de server van de school krijgt alleen versleutelde gegevens, die hij niet kan lezen.
      </p>
      <SyncState data={data} title="Stand van zaken" />
      <section class="card" aria-labelledby="sync-server-title">
        <h2 id="sync-server-title">{on ? 'Andere server of ander account' : 'Synchronisatie aanzetten'}</h2>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run('on', async () => {
              missing();
              await turnOnSync(requireKey(), details);
              return 'Synchronisatie staat aan. Koppel de andere tablets met hetzelfde adres en dezelfde database, elk met een eigen account van de ICT-beheerder, en het wachtwoord van de school.';
            });
          }}
        >
          <ServerFields idPrefix="sync" details={details} onChange={setDetails} />
          <div class="actions">
            <button type="button" class="button" disabled={busy !== null} onClick={() => void test()}>
              {busy === 'test' ? 'Verbinding testen…' : 'Verbinding testen'}
            </button>
            <button type="submit" class="button button--primary" disabled={busy !== null}>
              {busy === 'on' ? 'Bezig…' : on ? 'Deze gegevens gebruiken' : 'Synchronisatie aanzetten'}
            </button>
          </div>
          <Outcome status={outcome.status ?? null} error={outcome.error ?? null} inView />
        </form>
      </section>
      {on && (
        <section class="card" aria-labelledby="sync-off-title">
          <h2 id="sync-off-title">Synchronisatie uitzetten</h2>
          <p>Deze tablet houdt alles wat er nu op staat, maar wisselt niets meer uit met de andere tablets. Wat nog niet verstuurd is, blijft alleen hier.</p>
          {confirmOff ? (
            <div class="actions">
              <button
                type="button"
                class="button button--danger"
                disabled={busy !== null}
                onClick={() =>
                  void run('off', async () => {
                    await turnOffSync(requireKey());
                    setConfirmOff(false);
                    setDetails((d) => ({ ...d, password: '' }));
                    return 'Synchronisatie staat uit. Alles op deze tablet is bewaard.';
                  })
                }
              >
                Ja, synchronisatie uitzetten
              </button>
              <button type="button" class="button" onClick={() => setConfirmOff(false)}>
                Niet uitzetten
              </button>
            </div>
          ) : (
            <button type="button" class="button" onClick={() => setConfirmOff(true)}>
              Synchronisatie uitzetten…
            </button>
          )}
        </section>
      )}
    </>
  );
}
