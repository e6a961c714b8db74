import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { saveSchool } from '../../data/school-settings';
import { defaultPlaygroundAreas } from '../../domain/incidents/incident';
import { playgroundSettings } from '../../domain/incidents/playground-settings';
import { defaultThresholds } from '../../domain/incidents/repeated-targeting';
import { playgroundSettingsSchema, type PlaygroundSettings } from '../../domain/school';
import { fieldErrors } from '../../domain/validation';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { TextField } from '../../ui/TextField';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { requireData, setSchool } from '../session/school-store';

const NUMBERS = [
  { id: 'targetCount', label: 'Signaal bij zoveel keer doelwit' },
  { id: 'windowDays', label: 'binnen zoveel dagen' },
  { id: 'sameActorCount', label: 'Signaal bij zoveel keer dezelfde dader' },
  { id: 'manyTargetsCount', label: 'Apart signaal bij zoveel verschillende doelwitten van één kind' },
] as const;

/** The form's text values for stored settings: areas one per line, numbers as typed. */
function formValues(settings: PlaygroundSettings) {
  return { areas: settings.areas.join('\n'), numbers: Object.fromEntries(Object.entries(settings.thresholds).map(([k, v]) => [k, String(v)])) };
}

/** The school's playground areas and the thresholds of the repeated-targeting signal. */
export function PlaygroundSettingsForm({ data }: { data: SchoolData }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const initial = useMemo(() => formValues(playgroundSettings(data.school)), []);
  const form = useAutosavedForm(draftStorage(requireKey(), 'instellingen:plein'), initial);
  const { areas, numbers } = form.values;

  async function save(reset = false) {
    const { areas, numbers } = form.current();
    const input = reset
      ? { areas: [...defaultPlaygroundAreas], thresholds: { ...defaultThresholds } }
      : {
          areas: areas.split('\n').map((a) => a.trim()).filter(Boolean),
          thresholds: Object.fromEntries(NUMBERS.map((n) => [n.id, Number(numbers[n.id])])),
        };
    const parsed = playgroundSettingsSchema.safeParse(input);
    if (!parsed.success) {
      setMessage({ kind: 'error', text: Object.values(fieldErrors(parsed.error))[0] ?? 'Controleer de instellingen.' });
      return;
    }
    try {
      const school = { ...requireData().school, playground: parsed.data };
      await saveSchool(requireKey(), school);
      await form.discard(formValues(parsed.data));
      setSchool(school);
      setMessage({ kind: 'ok', text: 'Opgeslagen.' });
    } catch (error) {
      setMessage({ kind: 'error', text: dutchMessage(error) });
    }
  }

  return (
    <section class="card" aria-labelledby="settings-playground">
      <h2 id="settings-playground">Plein en signalen</h2>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <TextField id="settings-areas" label="Plekken op het plein (één per regel)" multiline value={areas} onInput={(v) => form.setValues({ areas: v })} />
      {NUMBERS.map((n) => (
        <div key={n.id} class="field field--inline">
          <label for={`settings-${n.id}`}>{n.label}</label>
          <input id={`settings-${n.id}`} autoComplete="off" type="number" inputMode="numeric" value={numbers[n.id]} onInput={(e) => form.setValues({ numbers: { ...form.current().numbers, [n.id]: e.currentTarget.value } })} />
        </div>
      ))}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind === 'error' ? 'notice notice--error' : undefined}>
          {message.text}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => void save()}>
          Opslaan
        </button>
        <button type="button" class="button button--quiet" onClick={() => void save(true)}>
          Standaard herstellen
        </button>
      </div>
    </section>
  );
}
