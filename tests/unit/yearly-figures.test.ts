import type { Conversation } from '../../src/domain/case/zaak';
import { describe, expect, it } from 'vitest';
import type { Zaak } from '../../src/domain/case/zaak';
import type { Incident } from '../../src/domain/incidents/incident';
import type { Melding } from '../../src/domain/melding';
import { defaultOverviewYear, median, schoolYearsWithData, yearlyFigures, shownCount } from '../../src/domain/overview/yearly-figures';
import type { Group, Pupil } from '../../src/domain/pupils';
import { newZaak, validStap1, validStap2 } from './zaak-builders';
import { validExtra } from './zaak-builders';

/**
 * A generated school year with known answers: pupil i is in groep (i % 8) + 1; zaak i opens on day
 * (i * 7) of the school year and closes after (i + 1) * 3 days when i is even.
 */
const groups: Group[] = Array.from({ length: 8 }, (_, i) => ({ id: `g${i + 1}`, name: `Groep ${i + 1}`, order: i + 1 }));
const pupils: Pupil[] = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, firstName: 'A', lastName: `B${i}`, groupId: `g${(i % 8) + 1}` }));
const day = (offset: number) => new Date(Date.UTC(2026, 7, 1 + offset, 10)).toISOString();
const reasons = ['opgeheven', 'opgeheven-na-tweede-evaluatie', 'na-extra-stap'] as const;

const zaken: Zaak[] = Array.from({ length: 20 }, (_, i) => {
  const zaak = newZaak({ id: `z${i}`, bulliedPupilId: `p${i}`, openedAt: day(i * 7), updatedAt: day(i * 7) });
  if (i % 2 === 0) return { ...zaak, status: 'gesloten', closing: { at: day(i * 7 + (i + 1) * 3), reason: reasons[(i / 2) % 3]!, note: '' } };
  return zaak;
});
const melding = (i: number, outcome?: 'pesten' | 'plagen'): Melding => ({
  id: `m${i}`,
  status: outcome === 'pesten' ? 'zaak' : outcome ?? 'nieuw',
  reporterKind: 'ouder',
  reporterName: '',
  pupilIds: [`p${i}`],
  description: 'x',
  occurredOn: day(i * 10).slice(0, 10),
  location: '',
  createdAt: day(i * 10),
  updatedAt: day(i * 10),
  ...(outcome ? { triage: { opzet: true, herhaling: true, macht: true, outcome, reason: 'r', suggested: outcome } as unknown as Melding['triage'] } : {}),
});
const meldingen = [melding(0, 'pesten'), melding(1, 'plagen'), melding(2), melding(40)];
const incident = (i: number, area: string, pupilIds: string[]): Incident => ({
  id: `i${i}`,
  occurredAt: day(i),
  moment: 'pauze',
  area,
  kind: 'verbaal',
  involved: pupilIds.map((pupilId) => ({ pupilId, part: 'doelwit' as const })),
  note: '',
  createdAt: day(i),
});
const incidents = [incident(1, 'Zandbak', ['p0', 'p8']), incident(2, 'Zandbak', ['p1']), incident(40, 'Klimrek', ['p0', 'p1']), incident(400, 'Zandbak', ['p0'])];

describe('the yearly overview', () => {
  const figures = yearlyFigures({ zaken, meldingen, incidents, pupils, groups }, '2026-2027', '2027-06-01');

  it('counts the year’s zaken, meldingen and incidents per month from August', () => {
    expect(figures.totals).toEqual({ meldingen: 3, zaken: 20, incidents: 3 });
    // Zaak i opens on day 7i after 1 August: August holds days 0–30 → zaken 0–4.
    expect(figures.perMonth.map((m) => m.zaken)).toEqual([5, 4, 5, 4, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(figures.perMonth[0]).toEqual({ month: 8, meldingen: 3, zaken: 5, incidents: 2 });
    expect(figures.perMonth[1]!.incidents).toBe(1);
  });

  it('knows how the closed zaken ended and the median time to close', () => {
    // Ten closed zaken (even i), taking 3, 9, 15, … 57 days: median of 27 and 33.
    expect(figures.closedCount).toBe(10);
    expect(figures.medianDaysToClose).toBe(30);
    expect(figures.howEnded.filter((h) => h.count > 0)).toEqual([
      { reason: 'opgeheven', count: 4 },
      { reason: 'opgeheven-na-tweede-evaluatie', count: 3 },
      { reason: 'na-extra-stap', count: 3 },
    ]);
  });

  it('shows open zaken by the step they wait for, and which are overdue', () => {
    expect(figures.openByNextStep.find((s) => s.step === 'stap1')?.count).toBe(10);
    const inProgress = newZaak({ id: 'busy', bulliedPupilId: 'p3' });
    const withStap1 = { ...inProgress, conversations: [validStap1('2027-05-01')], members: validStap1().members! };
    const waitingForEvaluation = { ...withStap1, conversations: [...withStap1.conversations, validStap2(withStap1, '2027-05-02')] };
    const again = yearlyFigures({ zaken: [waitingForEvaluation], meldingen: [], incidents: [], pupils, groups }, '2026-2027', '2027-06-01');
    expect(again.openByNextStep.find((s) => s.step === 'stap3')?.count).toBe(1);
    expect(again.overdueEvaluations).toBe(1);
    const notYet = yearlyFigures({ zaken: [waitingForEvaluation], meldingen: [], incidents: [], pupils, groups }, '2026-2027', '2027-05-05');
    expect(notYet.overdueEvaluations).toBe(0);
  });

  it('counts the extra stap per child, what followed broken agreements and the referrals of the year', () => {
    const base = newZaak({ id: 'extra', bulliedPupilId: 'p3' });
    const extra = (round: number, heldOn: string, pupilId: string, change: Partial<Conversation> = {}): Conversation => ({ ...validExtra(round, heldOn, pupilId), ...change });
    const zaak = {
      ...base,
      conversations: [
        extra(1, '2027-03-01', 'p1'),
        extra(1, '2027-03-01', 'p2'),
        extra(2, '2027-03-08', 'p1', { answers: { gevoel: 2, 'afspraken-nagekomen': false, consequentie: 'x' }, nextSteps: ['zorgtraject'], referralProviderId: 'ggd' }),
        extra(2, '2027-03-08', 'p2', { answers: { gevoel: 2, 'afspraken-nagekomen': false, consequentie: 'x' }, nextSteps: ['zorgtraject', 'schorsingsprocedure'], referralProviderId: 'ggd' }),
        // Last school year: not counted in this one.
        extra(1, '2026-06-01', 'p4'),
      ],
    };
    const f = yearlyFigures({ zaken: [zaak], meldingen: [], incidents: [], pupils, groups }, '2026-2027', '2027-06-01').extraStap;
    expect(f.children).toBe(2);
    expect(f.nextSteps.filter((s) => s.count > 0)).toEqual([
      { step: 'zorgtraject', count: 2 },
      { step: 'schorsingsprocedure', count: 1 },
    ]);
    expect(f.referrals).toEqual([{ providerId: 'ggd', count: 2 }]);
  });

  it('counts per group by the bullied pupil, and an incident once per group involved', () => {
    expect(figures.perGroup.map((g) => g.zaken)).toEqual([3, 3, 3, 3, 2, 2, 2, 2]);
    expect(figures.perGroup[0]).toEqual({ group: 'Groep 1', zaken: 3, incidents: 2 });
    expect(figures.perGroup[1]).toEqual({ group: 'Groep 2', zaken: 3, incidents: 2 });
  });

  it('tells the triage outcomes and the playground hotspots of the year only', () => {
    expect(figures.triage).toEqual([
      { outcome: 'pesten', count: 1 },
      { outcome: 'plagen', count: 1 },
      { outcome: 'incident', count: 0 },
      { outcome: 'open', count: 1 },
    ]);
    expect(figures.hotspots.byArea).toEqual([
      { area: 'Zandbak', count: 2 },
      { area: 'Klimrek', count: 1 },
    ]);
  });

  it('carries no name of any child', () => {
    expect(JSON.stringify(figures)).not.toMatch(/B\d|"p\d/);
  });

  it('lists the school years with data, newest first', () => {
    expect(schoolYearsWithData({ zaken, meldingen, incidents }, '2027-06-01')).toEqual(['2027-2028', '2026-2027']);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
  });

  it('opens on the current school year, or right after the summer on the year that just ended', () => {
    // Only records of 2026-2027: melding 40 and incident 400 fall in September 2027.
    const year = { zaken, meldingen: meldingen.filter((m) => m.id !== 'm40'), incidents: incidents.filter((i) => i.id !== 'i400') };
    expect(defaultOverviewYear(year, '2027-06-01')).toBe('2026-2027');
    // 1 August: a new school year with nothing in it yet; the year to evaluate is the last one.
    expect(defaultOverviewYear(year, '2027-08-01')).toBe('2026-2027');
    expect(defaultOverviewYear(year, '2027-08-15')).toBe('2026-2027');
    // Once the new year has its first record, it is the one shown.
    expect(defaultOverviewYear({ ...year, incidents }, '2027-09-10')).toBe('2027-2028');
    // A school without any records opens on the current year.
    expect(defaultOverviewYear({ zaken: [], meldingen: [], incidents: [] }, '2027-08-01')).toBe('2027-2028');
  });
});

describe('small counts', () => {
  it('shows 1 or 2 per group as "< 3", never the exact number', () => {
    expect([0, 1, 2, 3, 12].map(shownCount)).toEqual(['0', '< 3', '< 3', '3', '12']);
  });
});
