import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { saveSchool } from '../../data/school-settings';
import { DEFAULT_WAITING_SCHOOL_DAYS } from '../../domain/case/agenda';
import { Outcome } from '../../ui/Outcome';
import { requireKey } from '../session/lock-store';
import { requireData, setSchool } from '../session/school-store';

const CHOICES = [1, 2, 3, 4, 5, 10] as const;

/** How long work that may start now (judging a melding, stap 1, stap 2) may wait before the start screen flags it. */
export function AgendaSetting({ data }: { data: SchoolData }) {
  const current = data.school.agendaWaitingDays ?? DEFAULT_WAITING_SCHOOL_DAYS;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(days: number) {
    try {
      const school = { ...requireData().school, agendaWaitingDays: days };
      await saveSchool(requireKey(), school);
      setSchool(school);
      setError(null);
      setStatus(`De agenda meldt werk dat langer dan ${days} ${days === 1 ? 'schooldag' : 'schooldagen'} wacht.`);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <section class="card" aria-labelledby="settings-agenda">
      <h2 id="settings-agenda">Agenda</h2>
      <div class="field">
        <label for="agenda-waiting">De agenda meldt werk dat kan beginnen (een melding beoordelen, een gesprek houden), als het langer wacht dan</label>
        <select id="agenda-waiting" value={String(current)} onChange={(e) => void choose(Number(e.currentTarget.value))}>
          {CHOICES.map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? 'schooldag' : 'schooldagen'}
            </option>
          ))}
        </select>
      </div>
      <Outcome status={status} error={error} />
    </section>
  );
}
