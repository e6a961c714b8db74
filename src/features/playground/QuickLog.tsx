import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftStorage, personalDraftId } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { formatTime } from '../../domain/dates';
import { behaviourKinds, nextPart, parts, partForNext, type Incident } from '../../domain/incidents/incident';
import { playgroundSettings } from '../../domain/incidents/playground-settings';
import { searchPupils } from '../../domain/pupil-search';
import { nameOfPupil, pupilName } from '../../domain/pupils';
import { PupilFilters } from '../../ui/PupilFilters';
import { href } from '../../ui/routes';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { RecentIncidents } from './RecentIncidents';
import { logIncident, QUICK_LOG_DRAFT, undoLoggedIncident, type QuickLogValues } from './quick-log-actions';
import { focusFirstError } from '../../ui/focus-first-error';
import { useFieldErrors } from '../../ui/use-field-errors';

const UNDO_MS = 10_000;
const RECENT_PUPILS = 8;

/** "Pleinincident": who, what, where, in a few taps, one-handed, offline. The rest later. */
export function QuickLog({ data }: { data: SchoolData }) {
  const key = requireKey();
  const staffId = useUser((s) => s.staffId);
  const mine = useMemo(() => data.incidents.filter((i) => i.recordedBy === staffId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [data.incidents, staffId]);
  const lastArea = mine[0]?.area ?? '';
  const initial = useMemo<QuickLogValues>(() => ({ involved: [], kind: '', area: lastArea, note: '', time: '' }), [lastArea]);
  const form = useAutosavedForm<QuickLogValues>(draftStorage(key, personalDraftId(QUICK_LOG_DRAFT, staffId)), initial);
  const { values } = form;
  // A changed answer drops its own error at once.
  const setValues: typeof form.setValues = (change) => {
    form.setValues(change);
    fixed(Object.keys(change));
  };
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState('');
  const { errors, setErrors, fixed } = useFieldErrors();
  const [undo, setUndo] = useState<Incident | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!undo) return;
    const timer = window.setTimeout(() => setUndo(null), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [undo]);

  const picked = new Set(values.involved.map((i) => i.pupilId));
  const recentPupils = useMemo(() => {
    const ids: string[] = [];
    for (const incident of mine) for (const p of incident.involved) if (!ids.includes(p.pupilId)) ids.push(p.pupilId);
    return ids.slice(0, RECENT_PUPILS).map((id) => data.pupils.find((p) => p.id === id)).filter((p) => p !== undefined);
  }, [mine, data.pupils]);
  // A whole group when one is chosen (a class fits); a search across the school is cut short.
  const found = text || groupId ? searchPupils(data.pupils, data.groups, { text, groupId: groupId || undefined }) : recentPupils;
  const choices = groupId && !text ? found : found.slice(0, 12);
  const areas = [...new Set([...playgroundSettings(data.school).areas, ...(lastArea ? [lastArea] : [])])];

  const pick = (pupilId: string) => {
    setValues({ involved: picked.has(pupilId) ? values.involved.filter((i) => i.pupilId !== pupilId) : [...values.involved, { pupilId, part: partForNext(values.involved.length) }] });
    // A name found by typing is picked: the search starts empty for the next child.
    if (text) setText('');
  };
  const cyclePart = (pupilId: string) => setValues({ involved: values.involved.map((i) => (i.pupilId === pupilId ? { ...i, part: nextPart(i.part) } : i)) });
  const name = (pupilId: string) => nameOfPupil(data.pupils, pupilId);

  async function onSave() {
    setBusy(true);
    try {
      const result = await logIncident(key, form.current(), staffId);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError();
        return;
      }
      setErrors({});
      // The next entry starts at the place just used: on the playground the surveillant is still there.
      form.reset({ involved: [], kind: '', area: result.incident.area, note: '', time: '' });
      setText('');
      setUndo(result.incident);
      // The saved line and its undo, where the surveillant is looking (they sit at the top).
      requestAnimationFrame(() => document.getElementById('ql-saved')?.focus());
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="quick-log">
      <h1>Pleinincident</h1>
      {undo && (
        <div class="banner" role="status" id="ql-saved" tabIndex={-1}>
          <span>Opgeslagen: {undo.involved.map((i) => name(i.pupilId)).join(', ')}.</span>
          <button type="button" class="button button--small" onClick={() => void undoLoggedIncident(undo.id).then(() => setUndo(null))}>
            Ongedaan maken
          </button>
        </div>
      )}
      <fieldset class={`field${errors.involved ? ' field--invalid' : ''}`}>
        <legend>Wie? De eerste is het doelwit; tik op een naam om de rol te wisselen.</legend>
        {values.involved.length > 0 && (
          <ul class="chips" aria-label="Gekozen kinderen">
            {values.involved.map((i) => (
              <li key={i.pupilId}>
                <button type="button" class={`chip chip--${i.part}`} onClick={() => cyclePart(i.pupilId)}>
                  {name(i.pupilId)}: {parts.find((p) => p.id === i.part)?.label}
                </button>
              </li>
            ))}
          </ul>
        )}
        <PupilFilters id="ql" text={text} groupId={groupId} groups={data.groups} allLabel="Recent" onText={setText} onGroup={setGroupId} />
        {choices.length === 0 && !text && !groupId && <p class="field__hint">Nog geen kinderen van uw eerdere incidenten. Kies een groep of typ een naam.</p>}
        <ul class="picker__results" aria-label="Gevonden leerlingen">
          {choices.map((p) => (
            <li key={p.id}>
              <button type="button" class="picker__pupil" aria-pressed={picked.has(p.id)} onClick={() => pick(p.id)}>
                <span>{pupilName(p)}</span>
                <span class="picker__group">{data.groups.find((g) => g.id === p.groupId)?.name}</span>
              </button>
            </li>
          ))}
        </ul>
        {errors.involved && <p class="field__error">{errors.involved}</p>}
      </fieldset>
      <fieldset class={`field${errors.kind ? ' field--invalid' : ''}`}>
        <legend>Wat?</legend>
        <div class="tiles">
          {behaviourKinds.map((k) => (
            <button key={k.id} type="button" class="tile" aria-pressed={values.kind === k.id} onClick={() => setValues({ kind: k.id })}>
              {k.label}
            </button>
          ))}
        </div>
        {errors.kind && <p class="field__error">{errors.kind}</p>}
      </fieldset>
      <fieldset class="field">
        <legend>Waar?</legend>
        <div class="tiles">
          {areas.map((area) => (
            <button key={area} type="button" class="tile" aria-pressed={values.area === area} onClick={() => setValues({ area })}>
              {area}
            </button>
          ))}
        </div>
      </fieldset>
      <div class="field-row">
        <div class="field">
          <label for="ql-note">
            Notitie <span class="field__optional">(optioneel)</span>
          </label>
          <input id="ql-note" autoComplete="off" value={values.note} maxLength={500} onInput={(e) => setValues({ note: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="ql-time">Tijd (leeg is nu, {formatTime(clock.now())})</label>
          <input id="ql-time" type="time" autoComplete="off" value={values.time} onInput={(e) => setValues({ time: e.currentTarget.value })} />
        </div>
      </div>
      {errors._ && (
        <p role="alert" class="notice notice--error">
          {errors._}
        </p>
      )}
      <div class="actions quick-log__save">
        <button type="button" class="button button--primary button--big" disabled={busy} onClick={() => void onSave()}>
          Opslaan
        </button>
        <a class="button" href={href({ name: 'hotspots' })}>
          Overzicht plein
        </a>
      </div>
      <RecentIncidents data={data} incidents={mine.slice(0, 5)} />
    </div>
  );
}
