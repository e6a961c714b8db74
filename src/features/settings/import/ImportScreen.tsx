import { useEffect, useRef, useState } from 'preact/hooks';
import { ProgressLine } from '../../../ui/ProgressLine';
import { dutchMessage } from '../../../data/errors';
import { importPupilList } from '../../../data/pupil-list';
import type { SchoolData } from '../../../data/school-data';
import { guessMapping, importFields, mappingProblems, type ColumnMapping, type ImportField } from '../../../domain/pupil-list/column-mapping';
import { importRecords, type ImportPlan } from '../../../domain/pupil-list/import-plan';
import { startPlanner, type ImportPlanner } from './import-planner';
import { Outcome } from '../../../ui/Outcome';
import { requireKey } from '../../session/lock-store';
import { putRecords } from '../../session/school-store';
import { BackToSettings } from '../BackToSettings';
import { ImportReport } from './ImportReport';
import { readPupilFile, type PupilFile } from './read-pupil-file';

/**
 * Pupils from a CSV export: choose the file, say which column is what, look at the preview, import.
 * Embedded in the first start it sits under that step's heading, without its own page heading.
 */
export function ImportScreen({ data, embedded = false }: { data: SchoolData; embedded?: boolean }) {
  const Sub = embedded ? 'h3' : 'h2';
  const [file, setFile] = useState<PupilFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = file ? mappingProblems(mapping) : [];
  // Planned in a worker: thousands of rows never freeze the screen, and a column change re-plans
  // from the rows the worker already holds.
  const planner = useRef<ImportPlanner | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!file) return;
    const started = startPlanner(file, data);
    planner.current = started;
    return () => started.close();
  }, [file]);
  useEffect(() => {
    setPlan(null);
    if (!file || problems.length > 0 || !planner.current) return;
    let current = true;
    planner.current
      .plan(mapping, (done, total) => current && setProgress({ done, total }))
      .then((made) => {
        if (!current) return;
        setPlan(made);
        setProgress(null);
      })
      .catch((e: unknown) => current && setError(dutchMessage(e)));
    return () => {
      current = false;
    };
  }, [file, mapping, problems.length]);

  async function onFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    setDone(null);
    try {
      const read = await readPupilFile(chosen);
      setFile(read);
      setMapping(guessMapping(read.header));
      setError(null);
    } catch (e) {
      setFile(null);
      setError(dutchMessage(e));
    }
    input.value = '';
  }

  async function runImport() {
    if (!plan || plan.add.length === 0) return;
    setBusy(true);
    try {
      const records = importRecords(plan, data.groups, () => crypto.randomUUID());
      await importPupilList(requireKey(), records);
      putRecords('groups', records.groups);
      putRecords('pupils', records.pupils);
      setDone(`${records.pupils.length} ${records.pupils.length === 1 ? 'leerling' : 'leerlingen'} geïmporteerd${records.groups.length ? `, in ${records.groups.length} nieuwe groepen` : ''}.`);
      setFile(null);
    } catch (e) {
      setError(dutchMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const setColumn = (field: ImportField, value: string) => {
    const { [field]: _old, ...rest } = mapping;
    setMapping(value === '' ? rest : { ...rest, [field]: Number(value) });
  };

  return (
    <>
      {!embedded && <BackToSettings />}
      {!embedded && <h1>Leerlingen importeren</h1>}
      <p>
        Kies een CSV-bestand met een regel per leerling, bijvoorbeeld een export uit Esis of een spreadsheet die als CSV is opgeslagen. Eerst ziet
        u wat er gebeurt; pas na “Importeren” verandert er iets.
      </p>
      <div class="field">
        <label for="import-file">Bestand met leerlingen (.csv)</label>
        <input id="import-file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => void onFile(e.currentTarget)} />
      </div>
      <Outcome status={done} error={error} />
      {file && (
        <section class="card" aria-labelledby="import-mapping">
          <Sub id="import-mapping">Welke kolom is wat?</Sub>
          <p>
            Bestand: {file.name}, {file.rows.length} {file.rows.length === 1 ? 'regel' : 'regels'} onder de kopregel.
          </p>
          <div class="field-row">
            {importFields.map((f) => (
              <div class="field" key={f.id}>
                <label for={`map-${f.id}`}>
                  {f.label}
                  {!f.required && <span class="field__optional"> (optioneel)</span>}
                </label>
                <select id={`map-${f.id}`} value={mapping[f.id] ?? ''} onChange={(e) => setColumn(f.id, e.currentTarget.value)}>
                  <option value="">{f.required ? 'Kies…' : 'Niet importeren'}</option>
                  {file.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Kolom ${i + 1}`} (bijv. {file.rows[0]?.[i] ?? ''})
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {problems.length > 0 && (
            <ul role="alert" class="notice notice--error">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {progress && !plan && <ProgressLine label="Bezig met lezen…" done={progress.done} total={progress.total} unit="regels" />}
      {plan && <ImportReport plan={plan} busy={busy} onImport={() => void runImport()} />}
    </>
  );
}
