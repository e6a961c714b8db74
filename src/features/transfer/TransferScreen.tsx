import { newPassphraseProblems } from '../passphrase/passphrase-strength';
import { workingSetSince, zaakInWorkingSet } from '../../domain/working-set';
import type { Zaak } from '../../domain/case/zaak';
import type { Melding } from '../../domain/melding';
import { BackToSettings } from '../settings/BackToSettings';
import { ProgressLine } from '../../ui/ProgressLine';
import { useState } from 'preact/hooks';
import { writeDeviceSettings } from '../../data/device-settings';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/school';
import { ArchiveError } from '../../domain/transfer/archive';
import { unresolved, type MergePlan } from '../../domain/transfer/merge';
import type { SettingsPlan } from '../../domain/transfer/school-settings';
import { CheckItem } from '../../ui/CheckItem';
import { TextField } from '../../ui/TextField';
import { downloadFile } from '../../ui/download';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { pupilWithGroup } from '../zaken/zaak-names';
import { ConflictChoice } from './ConflictChoice';
import { settingsReport } from './settings-report';
import { importTransfer, makeTransferFile, MAX_TRANSFER_BYTES, readTransferFile, type TransferScope } from './transfer-actions';

const TABLES: Record<string, string> = { groups: 'groepen', pupils: 'leerlingen', staff: 'medewerkers', meldingen: 'meldingen', zaken: 'zaken', incidents: 'pleinincidenten', prevention: 'preventie-onderdelen' };

/** Whether the file brings meldingen or zaken that unlocking will leave sealed (working-set.ts). */
function bringsOlderRecords(plan: MergePlan): boolean {
  const since = workingSetSince(clock.today());
  return [...plan.add, ...plan.update].some(({ table, record }) =>
    table === 'zaken' ? !zaakInWorkingSet(record as Zaak, since) : table === 'meldingen' && (record as Melding).status !== 'nieuw' && (record as Melding).createdAt < since,
  );
}

/** Moving a school's cases to another tablet, with a file only a one-time passphrase opens. */
export function TransferScreen({ data }: { data: SchoolData }) {
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [exportError, setExportError] = useState<{ passphrase?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  // What is being done while busy, on screen: reading or writing thousands of records takes seconds.
  const [progress, setProgress] = useState<{ at: 'export' | 'read' | 'import'; label: string; done?: number; total?: number; unit?: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [importPass, setImportPass] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [settingsPlan, setSettingsPlan] = useState<SettingsPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, 'local' | 'incoming'>>({});
  const [report, setReport] = useState<string | null>(null);
  const staffId = useUser((s) => s.staffId);
  const [scopeKind, setScopeKind] = useState<TransferScope['kind']>('alles');
  const [zaakIds, setZaakIds] = useState<string[]>([]);
  const scope: TransferScope =
    scopeKind === 'zaken' ? { kind: 'zaken', zaakIds } : scopeKind === 'pleinincidenten' ? { kind: 'pleinincidenten', staffId } : { kind: 'alles' };

  async function onExport() {
    // The file travels: whoever finds it may guess at leisure, so its passphrase must be strong too.
    const problems = await newPassphraseProblems(pass, repeat, [data.school.name]);
    setExportError(problems);
    if (problems.passphrase || problems.repeat) return;
    if (scope.kind === 'zaken' && scope.zaakIds.length === 0) return setExportError({ form: 'Kies minstens één zaak.' });
    setBusy(true);
    setProgress({ at: 'export', label: 'Versleuteld bestand maken…' });
    try {
      const file = await makeTransferFile(data, pass, scope);
      downloadFile(file.name, file.text, 'application/octet-stream');
      if (scope.kind === 'alles') await writeDeviceSettings({ lastBackupAt: clock.now().toISOString() });
      setPass('');
      setRepeat('');
    } catch (error) {
      setExportError({ form: dutchMessage(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function onRead() {
    if (!file) return setImportError('Kies eerst een bestand.');
    setBusy(true);
    setProgress({ at: 'read', label: 'Bestand openen en controleren…' });
    setImportError(null);
    setReport(null);
    try {
      // Checked before a byte is read: a huge file would freeze the tablet before any message.
      if (file.size > MAX_TRANSFER_BYTES) throw new ArchiveError(`Dit bestand is te groot voor een Kring-bestand (meer dan ${MAX_TRANSFER_BYTES / 1_000_000} MB). Er is niets ingelezen.`);
      const read = await readTransferFile(data, await file.text(), importPass);
      setPlan(read.plan);
      setSettingsPlan(read.settings);
      setChoices({});
    } catch (error) {
      setImportError(error instanceof ArchiveError ? error.message : dutchMessage(error));
      setPlan(null);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function onImport() {
    if (!plan) return;
    setBusy(true);
    setProgress({ at: 'import', label: 'Gegevens versleutelen en opslaan…' });
    try {
      const written = await importTransfer(requireKey(), plan, choices, settingsPlan ? { school: data.school, plan: settingsPlan } : undefined, (done, total) =>
        setProgress({ at: 'import', label: 'Gegevens versleutelen en opslaan…', done, total, unit: 'gegevens' }),
      );
      const kept = plan.keptLocal.length + plan.conflicts.filter((c) => choices[`${c.table}:${c.id}`] === 'local').length;
      setReport(
        `Ingelezen: ${written.toLocaleString('nl-NL')} ${written === 1 ? 'gegeven' : 'gegevens'} toegevoegd of bijgewerkt, ${plan.same.toLocaleString('nl-NL')} al gelijk, ${kept.toLocaleString('nl-NL')} van deze tablet behouden.` +
          settingsReport(settingsPlan) +
          // After the next unlock the lists open with this school year: say where the rest is.
          (bringsOlderRecords(plan) ? ' Meldingen en zaken van eerdere schooljaren staan in de lijsten onder ‘Oudere meldingen tonen’ en ‘Oudere zaken tonen’.' : ''),
      );
      setPlan(null);
      setFile(null);
      setImportPass('');
    } catch (error) {
      setImportError(dutchMessage(error));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const count = (items: { table: string }[]) =>
    Object.entries(items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.table]: (acc[i.table] ?? 0) + 1 }), {}))
      .map(([table, n]) => `${n} ${TABLES[table] ?? table}`)
      .join(', ') || 'niets';
  const open = plan ? unresolved(plan, choices) : [];

  return (
    <>
      <BackToSettings />
      <h1>Reservekopie en overzetten</h1>
      <section class="card" aria-labelledby="transfer-export">
        <h2 id="transfer-export">Versleuteld bestand maken</h2>
        <p>
          Kring maakt een versleuteld bestand met de leerlingenlijst, meldingen, zaken en pleinincidenten: als
          reservekopie, of om over te zetten naar een andere tablet. Kies een wachtwoord voor dit bestand en bewaar of geef
          het los van het bestand door (bijvoorbeeld mondeling).
        </p>
        <fieldset class="field">
          <legend>Wat gaat erin?</legend>
          <div class="choices">
            {(
              [
                ['alles', 'Alles (reservekopie)'],
                ['zaken', 'Gekozen zaken'],
                ['pleinincidenten', 'Mijn pleinincidenten'],
              ] as const
            ).map(([kind, label]) => (
              <label key={kind} class="choice">
                <input type="radio" name="transfer-scope" checked={scopeKind === kind} onChange={() => setScopeKind(kind)} />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {scopeKind === 'zaken' && (
          <fieldset class="field">
            <legend>Welke zaken?</legend>
            {data.zaken.map((z) => (
              <CheckItem
                key={z.id}
                id={`transfer-zaak-${z.id}`}
                label={pupilWithGroup(data, z.bulliedPupilId)}
                checked={zaakIds.includes(z.id)}
                onChange={(on) => setZaakIds(on ? [...zaakIds, z.id] : zaakIds.filter((x) => x !== z.id))}
              />
            ))}
          </fieldset>
        )}
        <TextField id="transfer-pass" label="Eenmalig wachtwoord" hint={`Minstens ${MIN_PASSPHRASE_LENGTH} tekens.`} type="password" value={pass} onInput={setPass} error={exportError.passphrase} autoComplete="new-password" />
        <TextField id="transfer-repeat" label="Eenmalig wachtwoord nogmaals" type="password" value={repeat} onInput={setRepeat} error={exportError.repeat} autoComplete="new-password" />
        {exportError.form && (
          <p role="alert" class="notice notice--error">
            {exportError.form}
          </p>
        )}
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void onExport()}>
          Versleuteld bestand maken
        </button>
        {progress?.at === 'export' && <ProgressLine {...progress} />}
      </section>

      <section class="card" aria-labelledby="transfer-import">
        <h2 id="transfer-import">Bestand inlezen (terugzetten of overnemen)</h2>
        <p>Wat al op deze tablet staat, blijft staan: Kring voegt toe wat nieuw is en laat u kiezen waar iets verschilt.</p>
        <div class="field">
          <label for="transfer-file">Bestand</label>
          <input
            id="transfer-file"
            type="file"
            accept=".kring,application/octet-stream,application/json"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setPlan(null);
              setReport(null);
            }}
          />
        </div>
        <TextField id="transfer-import-pass" label="Wachtwoord van het bestand" type="password" value={importPass} onInput={setImportPass} autoComplete="off" />
        {importError && (
          <p role="alert" class="notice notice--error">
            {importError}
          </p>
        )}
        <button type="button" class="button" disabled={busy} onClick={() => void onRead()}>
          Bestand lezen
        </button>
        {progress?.at === 'read' && <ProgressLine {...progress} />}
        {report && (
          <p role="status" class="notice">
            {report}
          </p>
        )}
        {plan && (
          <div data-testid="import-plan">
            <h3>Wat er gebeurt</h3>
            <ul>
              <li>Nieuw: {count(plan.add)}</li>
              <li>Bijgewerkt (verder gekomen op de andere tablet): {count(plan.update)}</li>
              <li>Al gelijk: {plan.same}</li>
              <li>Hier nieuwer, blijft zoals het is: {count(plan.keptLocal)}</li>
              <li>Verschillend, u kiest: {plan.conflicts.length}</li>
              {settingsReport(settingsPlan) && <li>Instellingen van de school:{settingsReport(settingsPlan)}</li>}
            </ul>
            {plan.conflicts.map((c) => (
              <ConflictChoice key={`${c.table}:${c.id}`} data={data} conflict={c} choice={choices[`${c.table}:${c.id}`]} onChoose={(v) => setChoices({ ...choices, [`${c.table}:${c.id}`]: v })} />
            ))}
            <button type="button" class="button button--primary" disabled={busy || open.length > 0} onClick={() => void onImport()}>
              {open.length > 0 ? `Kies eerst bij ${open.length} ${open.length === 1 ? 'verschil' : 'verschillen'}` : 'Importeren'}
            </button>
            {progress?.at === 'import' && <ProgressLine {...progress} />}
          </div>
        )}
      </section>
    </>
  );
}
