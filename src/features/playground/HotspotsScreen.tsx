import { useState } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { addDays } from '../../domain/dates';
import { hotspots } from '../../domain/incidents/hotspots';
import { moments } from '../../domain/incidents/incident';
import { BarChart } from '../../ui/BarChart';

const PERIODS = [
  { id: '28', label: 'Afgelopen 4 weken', days: 28 },
  { id: '91', label: 'Afgelopen 3 maanden', days: 91 },
  { id: '365', label: 'Afgelopen jaar', days: 365 },
] as const;

/** For the team: where and when on the playground things happen, over a chosen period. */
export function HotspotsScreen({ data }: { data: SchoolData }) {
  const [period, setPeriod] = useState<string>('28');
  const today = clock.today();
  const days = PERIODS.find((p) => p.id === period)?.days ?? 28;
  const result = hotspots(data.incidents, addDays(today, -(days - 1)), today);
  return (
    <>
      <h1>Overzicht plein</h1>
      <div class="field field--inline">
        <label for="hotspot-period">Periode</label>
        <select id="hotspot-period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
          {PERIODS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <p>{result.total === 0 ? 'Geen pleinincidenten in deze periode.' : `${result.total} pleinincidenten in deze periode.`}</p>
      {result.total > 0 && (
        <>
          <BarChart title="Per plek" bars={result.byArea.map((a) => ({ label: a.area, value: a.count }))} />
          <BarChart title="Per moment" bars={result.byMoment.map((m) => ({ label: moments.find((x) => x.id === m.moment)?.label ?? m.moment, value: m.count }))} />
        </>
      )}
    </>
  );
}
