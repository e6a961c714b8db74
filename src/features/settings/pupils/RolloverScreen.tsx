import { useState } from 'preact/hooks';
import { dutchMessage } from '../../../data/errors';
import { saveRollover } from '../../../data/pupil-list';
import type { SchoolData } from '../../../data/school-data';
import { clock } from '../../../domain/clock';
import { applyRollover, planRollover, rolloverSchoolYear } from '../../../domain/pupil-list/school-year-rollover';
import { pupilName } from '../../../domain/pupils';
import { CheckItem } from '../../../ui/CheckItem';
import { Outcome } from '../../../ui/Outcome';
import { requireKey } from '../../session/lock-store';
import { updateSchoolData } from '../../session/school-store';
import { BackToSettings } from '../BackToSettings';

/** Moves every group up in one step, after a preview; pupils kept back a year can be ticked first. */
export function RolloverScreen({ data }: { data: SchoolData }) {
  const [keepBack, setKeepBack] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = clock.today();
  const schoolYear = rolloverSchoolYear(today);
  const plan = planRollover(data.groups, data.pupils, keepBack);
  const name = (id: string) => {
    const p = data.pupils.find((x) => x.id === id);
    return p ? pupilName(p) : '';
  };
  const movingCount = plan.moves.reduce((n, m) => n + m.pupilIds.length, 0);
  const leavingCount = plan.leaving.reduce((n, l) => n + l.pupilIds.length, 0);

  async function run() {
    setBusy(true);
    try {
      const records = applyRollover(plan, data.groups, data.pupils, today, () => crypto.randomUUID());
      const school = { ...data.school, rolledOverFor: schoolYear };
      await saveRollover(requireKey(), records, school);
      updateSchoolData((current) => {
        const changed = new Map(records.pupils.map((p) => [p.id, p]));
        const groups = [...current.groups, ...records.groups].sort((a, b) => a.order - b.order);
        return { ...current, school, groups, pupils: current.pupils.map((p) => changed.get(p.id) ?? p) };
      });
      setKeepBack(new Set());
      setStatus(`Schooljaar ${schoolYear} is klaargezet: ${movingCount} leerlingen een groep hoger, ${leavingCount} hebben de school verlaten.`);
    } catch (e) {
      setError(dutchMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(keepBack);
    if (on) next.add(id);
    else next.delete(id);
    setKeepBack(next);
  };

  return (
    <>
      <BackToSettings />
      <h1>Nieuw schooljaar {schoolYear}</h1>
      <Outcome status={status} error={error} />
      {data.school.rolledOverFor === schoolYear && !status && (
        <p class="notice notice--warning">De groepen zijn voor {schoolYear} al een keer doorgeschoven. Doe het alleen nog eens als dat echt de bedoeling is.</p>
      )}
      <p>
        Alle leerlingen gaan een groep hoger; groep 8 verlaat de school. Wie de school verlaat, blijft bij zijn of haar meldingen en zaken staan, als
        vertrokken, tot de bewaartermijn voorbij is.
      </p>
      <section class="card" aria-labelledby="rollover-preview">
        <h2 id="rollover-preview">Wat er gebeurt</h2>
        <ul class="rollover-list">
          {plan.moves.map((m) => (
            <li key={m.from.id}>
              {m.from.name} ({m.pupilIds.length}) → {m.toName}
              {plan.newGroups.includes(m.toName) && ' (nieuwe groep)'}
            </li>
          ))}
          {plan.leaving.map((l) => (
            <li key={l.from.id}>
              {l.from.name} ({l.pupilIds.length}) verlaat de school
            </li>
          ))}
          {plan.unrecognized.map((u) => (
            <li key={u.group.id}>
              {u.group.name} ({u.count}): blijft staan, want Kring kan er geen groepsnummer in lezen. Verplaats deze leerlingen met de hand.
            </li>
          ))}
          {plan.staying.length > 0 && <li>Blijven in hun groep: {plan.staying.map(name).join(', ')}</li>}
        </ul>
        {plan.moves.length + plan.leaving.length === 0 && <p>Er zijn geen leerlingen om door te schuiven.</p>}
      </section>
      <details class="card">
        <summary>Leerlingen die een jaar overdoen</summary>
        {data.groups.map((g) => {
          const pupils = data.pupils.filter((p) => p.groupId === g.id && !p.leftOn);
          if (pupils.length === 0) return null;
          return (
            <fieldset key={g.id} class="field">
              <legend>{g.name}</legend>
              {pupils.map((p) => (
                <CheckItem key={p.id} id={`stay-${p.id}`} label={pupilName(p)} checked={keepBack.has(p.id)} onChange={(on) => toggle(p.id, on)} />
              ))}
            </fieldset>
          );
        })}
      </details>
      <button type="button" class="button button--primary" disabled={busy || plan.moves.length + plan.leaving.length === 0} onClick={() => void run()}>
        {busy ? 'Bezig…' : `Groepen doorschuiven naar ${schoolYear}`}
      </button>
    </>
  );
}
