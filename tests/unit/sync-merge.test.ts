import { describe, expect, it } from 'vitest';
import { withOtherJudgements } from '../../src/domain/melding';
import { versionThatHoldsAll } from '../../src/domain/transfer/merge';
import { newZaak, validStap1, validStap2 } from './zaak-builders';

/** Of two tablets' versions of one record, the one that holds the other stays; rival edits are asked. */
describe('settling versions from two tablets', () => {
  const opened = newZaak();
  const withStap1 = newZaak({ rev: 2, conversations: [validStap1()], updatedAt: '2026-11-02T11:00:00.000Z' });

  it('keeps a zaak carried further over the one it started from, whichever came first', () => {
    expect(versionThatHoldsAll('zaken', [opened, withStap1])).toBe(1);
    expect(versionThatHoldsAll('zaken', [withStap1, opened])).toBe(0);
  });

  it('counts identical versions as one', () => {
    expect(versionThatHoldsAll('zaken', [withStap1, structuredClone(withStap1)])).toBe(0);
  });

  it('asks a person when two tablets each held a different conversation', () => {
    const a = newZaak({ rev: 3, conversations: [validStap1(), validStap2(withStap1, '2026-11-03')] });
    const b = newZaak({ rev: 3, conversations: [validStap1(), validStap2(withStap1, '2026-11-04')] });
    expect(versionThatHoldsAll('zaken', [a, b])).toBeNull();
  });

  it('asks for rival edits of a pupil; a melding judged on one tablet holds the new one', () => {
    const pupil = { id: 'p1', firstName: 'Anna', lastName: 'Jansen', groupId: 'g1' };
    expect(versionThatHoldsAll('pupils', [pupil, { ...pupil, groupId: 'g2' }])).toBeNull();
    const melding = { id: 'm1', status: 'nieuw' } as never;
    const judged = { id: 'm1', status: 'plagen' } as never;
    expect(versionThatHoldsAll('meldingen', [melding, judged])).toBe(1);
  });

  it('keeps the judgement that opened a zaak over any other: the zaak exists on every tablet', () => {
    const plagen = { id: 'm1', status: 'plagen' } as never;
    const zaak = { id: 'm1', status: 'zaak' } as never;
    expect(versionThatHoldsAll('meldingen', [plagen, zaak])).toBe(1);
    expect(versionThatHoldsAll('meldingen', [zaak, plagen])).toBe(0);
  });
});

describe('two judgements of one melding', () => {
  const base = { id: 'm1', reporterKind: 'personeel' as const, reporterName: '', location: '', pupilIds: ['p1'], description: 'x', occurredOn: '2026-11-25', createdAt: '2026-11-25T08:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z' };
  const judged = (outcome: 'pesten' | 'plagen', by: string, at: string) => ({ opzet: true, herhaling: outcome === 'pesten', macht: true, outcome, reason: `${by} vindt ${outcome}`, followUp: '', bulliedPupilIds: outcome === 'pesten' ? ['p1'] : [], decidedAt: at, decidedBy: by });
  const zaak = { ...base, status: 'zaak' as const, triage: judged('pesten', 'sven', '2026-11-25T09:10:00.000Z') };
  const plagen = { ...base, status: 'plagen' as const, triage: { ...judged('plagen', 'carla', '2026-11-25T09:05:00.000Z'), followUp: 'Gesprek in de klas.' } };

  it('keeps the one that opened a zaak and the other beside it, whichever order, the same on every tablet', () => {
    const one = withOtherJudgements([zaak, plagen]);
    const other = withOtherJudgements([plagen, zaak]);
    expect(one).toEqual(other);
    expect(one!.status).toBe('zaak');
    expect(one!.triage).toEqual(zaak.triage);
    expect(one!.otherJudgements).toEqual([plagen.triage]);
    // Settled twice at once: the two merged records are the same, and settle again as one.
    expect(withOtherJudgements([one!, other!])).toBeNull();
  });

  it('leaves it to the other rules when no judgement opened a zaak', () => {
    expect(withOtherJudgements([plagen, { ...plagen, triage: judged('plagen', 'sven', '2026-11-25T09:06:00.000Z') }])).toBeNull();
  });
});
