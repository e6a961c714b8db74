import { addDays, isoDay } from '../../domain/dates';
import { momentOf, type BehaviourKind, type Incident } from '../../domain/incidents/incident';
import type { Pupil } from '../../domain/pupils';

/**
 * A few weeks of playground log for the demo: one child in groep 6 targeted three times (so the
 * repeated-targeting signal shows on the start screen), and scattered incidents for the hotspots.
 */
export function buildDemoIncidents(pupils: Pupil[], now: Date): Incident[] {
  const today = isoDay(now);
  const groep = (n: number) => pupils.filter((p) => p.groupId === `groep-${n}`);
  const [target, actor, witness] = [groep(6)[10]!, groep(6)[11]!, groep(6)[12]!];
  const entries: { daysAgo: number; time: string; area: string; kind: BehaviourKind; involved: Incident['involved']; note: string }[] = [
    { daysAgo: 2, time: '12:20', area: 'Voetbalveld', kind: 'verbaal', involved: [{ pupilId: target.id, part: 'doelwit' }, { pupilId: actor.id, part: 'dader' }], note: 'Uitgescholden na een doelpunt.' },
    { daysAgo: 6, time: '10:20', area: 'Zandbak', kind: 'buitensluiten', involved: [{ pupilId: target.id, part: 'doelwit' }, { pupilId: witness.id, part: 'getuige' }], note: '' },
    { daysAgo: 11, time: '12:30', area: 'Voetbalveld', kind: 'fysiek', involved: [{ pupilId: target.id, part: 'doelwit' }, { pupilId: actor.id, part: 'dader' }], note: 'Geduwd bij het doel.' },
    { daysAgo: 4, time: '08:15', area: 'Bij het hek', kind: 'spullen', involved: [{ pupilId: groep(4)[3]!.id, part: 'doelwit' }], note: 'Muts afgepakt.' },
    { daysAgo: 9, time: '14:40', area: 'Fietsenstalling', kind: 'verbaal', involved: [{ pupilId: groep(7)[5]!.id, part: 'doelwit' }], note: '' },
    { daysAgo: 15, time: '12:10', area: 'Klimrek', kind: 'fysiek', involved: [{ pupilId: groep(3)[2]!.id, part: 'doelwit' }], note: '' },
  ];
  return entries.map((e, i) => {
    const at = new Date(`${addDays(today, -e.daysAgo)}T${e.time}:00`);
    return {
      id: `demo-incident-${i + 1}`,
      occurredAt: at.toISOString(),
      moment: momentOf(at),
      area: e.area,
      kind: e.kind,
      involved: e.involved,
      note: e.note,
      recordedBy: 'demo-surv',
      createdAt: at.toISOString(),
    };
  });
}
