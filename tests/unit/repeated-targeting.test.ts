import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { momentOf, nextPart, partForNext } from '../../src/domain/incidents/incident';
import { hotspots } from '../../src/domain/incidents/hotspots';
import {
  defaultThresholds,
  detectSignals,
  explainPupilSignals,
  explainSignal,
  signalsPerPupil,
  type Signal,
  type TargetEvent,
  type TargetingThresholds,
} from '../../src/domain/incidents/repeated-targeting';

const today = '2026-11-25';
const event = (id: string, daysAgo: number, target: string, actors: string[] = []): TargetEvent => ({
  id,
  source: 'incident',
  day: addDays(today, -daysAgo),
  target,
  actors,
  label: 'verbaal, Voetbalveld',
});
const key = (s: Signal) => `${s.pupilId}:${s.kind}:${s.kind === 'zelfde-dader' ? s.others[0] : ''}`;

describe('repeated targeting', () => {
  it('flags a child targeted 3 times within 4 weeks, exactly at the edges', () => {
    const twice = [event('a', 0, 'zoe'), event('b', 10, 'zoe')];
    expect(detectSignals(twice, today)).toEqual([]);
    const edge = [...twice, event('c', 27, 'zoe')];
    expect(detectSignals(edge, today).map(key)).toEqual(['zoe:herhaald-doelwit:']);
    const outside = [...twice, event('c', 28, 'zoe')];
    expect(detectSignals(outside, today)).toEqual([]);
    const future = [...twice, event('c', -1, 'zoe')];
    expect(detectSignals(future, today)).toEqual([]);
  });

  it('flags the same actor targeting the same child twice, and many targets of one actor as its own signal', () => {
    const signals = detectSignals([event('a', 1, 'zoe', ['bram']), event('b', 2, 'zoe', ['bram']), event('c', 3, 'daan', ['bram']), event('d', 4, 'emma', ['bram'])], today);
    expect(signals.map(key).sort()).toEqual(['bram:veel-doelwitten:', 'zoe:zelfde-dader:bram']);
  });

  it('honours the school’s own thresholds', () => {
    const strict: TargetingThresholds = { targetCount: 2, windowDays: 7, sameActorCount: 3, manyTargetsCount: 5 };
    const events = [event('a', 0, 'zoe', ['bram']), event('b', 6, 'zoe', ['bram'])];
    expect(detectSignals(events, today, strict).map(key)).toEqual(['zoe:herhaald-doelwit:']);
    expect(detectSignals([event('a', 0, 'zoe'), event('b', 7, 'zoe')], today, strict)).toEqual([]);
  });

  it('explains itself in Dutch', () => {
    const [signal] = detectSignals([event('a', 0, 'zoe'), event('b', 1, 'zoe'), event('c', 2, 'zoe')], today);
    expect(explainSignal(signal!, defaultThresholds, (id) => id)).toBe(
      '3 keer doelwit in 4 weken: 23 november 2026 (verbaal, Voetbalveld), 24 november 2026 (verbaal, Voetbalveld), 25 november 2026 (verbaal, Voetbalveld).',
    );
    const [many] = detectSignals([event('a', 0, 'a', ['x']), event('b', 0, 'b', ['x']), event('c', 0, 'c', ['x'])], today);
    expect(explainSignal(many!, defaultThresholds, (id) => id.toUpperCase())).toBe('Richt zich in 4 weken op 3 verschillende kinderen: A, B, C.');
  });

  it('shows one child once: targeted again and by the same classmate is one card, targeting many another', () => {
    const events = [event('a', 0, 'zoe', ['bram']), event('b', 1, 'zoe', ['bram']), event('c', 2, 'zoe'), event('d', 3, 'daan', ['zoe']), event('e', 3, 'emma', ['zoe']), event('f', 3, 'kim', ['zoe'])];
    const groups = signalsPerPupil(detectSignals(events, today));
    expect(groups.map((g) => `${g.pupilId}:${g.targeting}`)).toEqual(['zoe:false', 'zoe:true']);
    expect(explainPupilSignals(groups[0]!, defaultThresholds, (id) => id.toUpperCase())).toEqual([
      '3 keer doelwit in 4 weken: 23 november 2026 (verbaal, Voetbalveld), 24 november 2026 (verbaal, Voetbalveld), 25 november 2026 (verbaal, Voetbalveld).',
      'Daarvan 2 keer door dezelfde leerling: BRAM.',
    ]);
    // The same classmate alone, below the count: the whole sentence.
    const [alone] = signalsPerPupil(detectSignals([event('a', 0, 'zoe', ['bram']), event('b', 1, 'zoe', ['bram'])], today));
    expect(explainPupilSignals(alone!, defaultThresholds, (id) => id)).toEqual([
      '2 keer doelwit van dezelfde leerling (bram) in 4 weken: 24 november 2026 (verbaal, Voetbalveld), 25 november 2026 (verbaal, Voetbalveld).',
    ]);
  });

  const pupil = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
  const anEvent = fc.record({
    id: fc.uuid(),
    daysAgo: fc.integer({ min: -3, max: 40 }),
    target: pupil,
    actors: fc.uniqueArray(pupil, { maxLength: 2 }),
  });
  const thresholds = fc.record({
    targetCount: fc.integer({ min: 2, max: 5 }),
    windowDays: fc.integer({ min: 7, max: 42 }),
    sameActorCount: fc.integer({ min: 2, max: 4 }),
    manyTargetsCount: fc.integer({ min: 2, max: 5 }),
  });

  it('never loses a flag when another incident is added (property)', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 30 }), anEvent, thresholds, (events, extra, t) => {
        const toEvent = (e: typeof extra) => event(e.id, e.daysAgo, e.target, e.actors.filter((a) => a !== e.target));
        const before = new Set(detectSignals(events.map(toEvent), today, t).map(key));
        const after = new Set(detectSignals([...events, extra].map(toEvent), today, t).map(key));
        for (const flag of before) expect(after.has(flag)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('flags a child exactly when the count in the window reaches the threshold (property)', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 30 }), thresholds, (raw, t) => {
        const events = raw.map((e) => event(e.id, e.daysAgo, e.target));
        const flagged = new Set(detectSignals(events, today, t).filter((s) => s.kind === 'herhaald-doelwit').map((s) => s.pupilId));
        for (const p of ['p1', 'p2', 'p3', 'p4', 'p5']) {
          const inWindow = raw.filter((e) => e.target === p && e.daysAgo >= 0 && e.daysAgo < t.windowDays).length;
          expect(flagged.has(p)).toBe(inWindow >= t.targetCount);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the playground log', () => {
  it('tells the moment from the time', () => {
    expect(momentOf(new Date('2026-11-25T08:10:00'))).toBe('voor-schooltijd');
    expect(momentOf(new Date('2026-11-25T08:30:00'))).toBe('pauze');
    expect(momentOf(new Date('2026-11-25T12:15:00'))).toBe('pauze');
    expect(momentOf(new Date('2026-11-25T14:30:00'))).toBe('na-schooltijd');
  });

  it('makes the first child picked the target, and cycles a part on a tap', () => {
    expect([0, 1, 2].map(partForNext)).toEqual(['doelwit', 'dader', 'dader']);
    expect(nextPart('doelwit')).toBe('dader');
    expect(nextPart('dader')).toBe('getuige');
    expect(nextPart('getuige')).toBe('doelwit');
  });

  it('counts incidents by area and moment over a period', () => {
    const incident = (day: string, area: string, moment: 'pauze' | 'na-schooltijd') => ({
      id: day + area,
      occurredAt: new Date(`${day}T12:00:00`).toISOString(),
      moment,
      area,
      kind: 'verbaal' as const,
      involved: [{ pupilId: 'p1', part: 'doelwit' as const }],
      note: '',
      createdAt: new Date(`${day}T12:00:00`).toISOString(),
    });
    const result = hotspots(
      [incident('2026-11-02', 'Zandbak', 'pauze'), incident('2026-11-03', 'Zandbak', 'na-schooltijd'), incident('2026-11-04', 'Hek', 'pauze'), incident('2026-10-01', 'Hek', 'pauze')],
      '2026-11-01',
      '2026-11-30',
    );
    expect(result.total).toBe(3);
    expect(result.byArea).toEqual([
      { area: 'Zandbak', count: 2 },
      { area: 'Hek', count: 1 },
    ]);
    expect(result.byMoment).toEqual([
      { moment: 'voor-schooltijd', count: 0 },
      { moment: 'pauze', count: 2 },
      { moment: 'na-schooltijd', count: 1 },
    ]);
  });
});
