import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { removePreventionRecord, savePreventionRecord } from '../../data/prevention';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { monthName, schoolYearOf } from '../../domain/dates';
import { byMonth, preventionRecordId, type PreventionRecord } from '../../domain/prevention/year-plan';
import type { PreventionActivity } from '../../domain/protocol';
import { currentProtocol } from '../../domain/protocol/school-protocol';
import { Outcome } from '../../ui/Outcome';
import { requireKey } from '../session/lock-store';
import { putRecords, removeRecords } from '../session/school-store';
import { useUser } from '../session/user-store';
import { PreventionItem } from './PreventionItem';


/** Section 3 of the protocol, prevention, as this school year's checklist by month. */
export function PreventionScreen({ data }: { data: SchoolData }) {
  const staffId = useUser((s) => s.staffId);
  const year = schoolYearOf(clock.today());
  const [error, setError] = useState<string | null>(null);
  const recordOf = (a: PreventionActivity) => data.prevention.find((r) => r.id === preventionRecordId(year, a.id));

  async function toggle(activity: PreventionActivity, done: boolean) {
    try {
      const id = preventionRecordId(year, activity.id);
      if (done) {
        const record: PreventionRecord = { id, schoolYear: year, activityId: activity.id, doneOn: clock.today(), note: '', ...(staffId ? { by: staffId } : {}) };
        await savePreventionRecord(requireKey(), record);
        putRecords('prevention', [record]);
      } else {
        await removePreventionRecord(id);
        removeRecords('prevention', [id]);
      }
      setError(null);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <>
      <h1>Preventie {year.replace('-', '–')}</h1>
      <p>Het jaarplan uit het pestprotocol (voorkomen is beter dan genezen). Vink af wat gedaan is; de datum en een notitie kunt u daarna aanvullen.</p>
      <Outcome error={error} />
      {byMonth(currentProtocol(data.school).preventionPlan).map((group) => (
        <section key={group.month ?? 'jaar'} aria-labelledby={`prevention-${group.month ?? 'jaar'}`}>
          <h2 id={`prevention-${group.month ?? 'jaar'}`}>{group.month ? monthName(group.month) : 'In de loop van het jaar'}</h2>
          <ul class="list">
            {group.activities.map((a) => (
              <PreventionItem key={a.id} data={data} activity={a} record={recordOf(a)} onToggle={(done) => void toggle(a, done)} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
