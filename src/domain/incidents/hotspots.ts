import { isoDay } from '../dates';
import type { Incident, Moment } from './incident';

/** Incidents by playground area and by moment over a period: where and when to look. */
export interface Hotspots {
  byArea: { area: string; count: number }[];
  byMoment: { moment: Moment; count: number }[];
  total: number;
}

export function hotspots(incidents: readonly Incident[], from: string, to: string): Hotspots {
  const inPeriod = incidents.filter((i) => {
    const day = isoDay(new Date(i.occurredAt));
    return day >= from && day <= to;
  });
  const areas = new Map<string, number>();
  const moments = new Map<Moment, number>([
    ['voor-schooltijd', 0],
    ['pauze', 0],
    ['na-schooltijd', 0],
  ]);
  for (const i of inPeriod) {
    const area = i.area || 'Onbekend';
    areas.set(area, (areas.get(area) ?? 0) + 1);
    moments.set(i.moment, (moments.get(i.moment) ?? 0) + 1);
  }
  return {
    byArea: [...areas].map(([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count || a.area.localeCompare(b.area)),
    byMoment: [...moments].map(([moment, count]) => ({ moment, count })),
    total: inPeriod.length,
  };
}
