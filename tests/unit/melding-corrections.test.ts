import { describe, expect, it } from 'vitest';
import { pupilTimeline, zaakTimeline } from '../../src/domain/case/timeline';
import { emptyMeldingInput, withOtherJudgements, type Melding } from '../../src/domain/melding';
import { asCorrectedMelding, correctMelding } from '../../src/domain/melding-corrections';
import { parentsCopy } from '../../src/domain/privacy/parents-copy';
import { jpsProtocol } from '../../src/domain/protocol';
import { versionThatHoldsAll } from '../../src/domain/transfer/merge';
import { newZaak } from './zaak-builders';

const melding: Melding = {
  ...emptyMeldingInput('2026-11-02'),
  id: 'm1',
  pupilIds: ['gepeste'],
  description: 'Tas afgepakt bij het hek.',
  status: 'zaak',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  triage: { opzet: true, herhaling: true, macht: true, outcome: 'pesten', reason: 'Al weken, steeds hetzelfde kind.', followUp: '', bulliedPupilIds: ['gepeste'], leadStaffId: 'juf', decidedAt: '2026-11-02T10:00:00.000Z' },
};
const at = (day: string) => new Date(`${day}T12:00:00.000Z`);
const correct = (m: Melding, field: string, to: string, day = '2026-11-05', reason = 'Verkeerd genoteerd.') => {
  const result = correctMelding(m, field, to, reason, at(day), 'juf');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.melding;
};

/** A melding as filed and its triage are held: corrected by an added entry, never rewritten. */
describe('correcting a melding or its triage', () => {
  it('adds an entry; the melding as filed stays; every reader reads the new text and says it was corrected', () => {
    const corrected = correct(correct(melding, 'description', 'Jas afgepakt bij het hek.'), 'triage.reason', 'Al weken, steeds hetzelfde groepje.', '2026-11-06');
    expect(corrected.description).toBe('Tas afgepakt bij het hek.');
    expect(corrected.triage!.reason).toBe('Al weken, steeds hetzelfde kind.');
    expect(asCorrectedMelding(corrected)).toMatchObject({ description: 'Jas afgepakt bij het hek.', triage: { reason: 'Al weken, steeds hetzelfde groepje.' } });

    const timeline = zaakTimeline(jpsProtocol, newZaak(), corrected);
    expect(timeline.find((e) => e.title === 'Beoordeeld: pesten')!.detail).toBe('Al weken, steeds hetzelfde groepje.');
    expect(timeline.filter((e) => e.title.startsWith('Melding gecorrigeerd')).map((e) => [e.title, e.correction])).toEqual([
      ['Melding gecorrigeerd: Wat is er gebeurd', { was: 'Tas afgepakt bij het hek.', now: 'Jas afgepakt bij het hek.' }],
      ['Melding gecorrigeerd: Waarom (beoordeling)', { was: 'Al weken, steeds hetzelfde kind.', now: 'Al weken, steeds hetzelfde groepje.' }],
    ]);
    expect(pupilTimeline(jpsProtocol, 'gepeste', [corrected], []).find((e) => e.title === 'Melding')!.detail).toBe('Jas afgepakt bij het hek.');
    const child = { id: 'gepeste', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' };
    const copy = JSON.stringify(parentsCopy(jpsProtocol, child, [child], [corrected], [], []));
    expect(copy).toContain('Jas afgepakt bij het hek.');
    expect(copy).toContain('Melding gecorrigeerd: Wat is er gebeurd');
    expect(copy).not.toContain('Tas afgepakt');
  });

  it('refuses no change, no reason, or an emptied description, and changes nothing', () => {
    const result = correctMelding(melding, 'description', ' Tas afgepakt bij het hek. ', '', at('2026-11-05'));
    expect(result).toEqual({ ok: false, errors: { to: 'De nieuwe tekst is gelijk aan de huidige. Er is niets gecorrigeerd.', reason: 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft bij de melding staan.' } });
    const emptied = correctMelding(melding, 'description', '  ', 'reden', at('2026-11-05'));
    expect(emptied.ok ? null : emptied.errors.to).toBe('Vul in wat er had moeten staan.');
    expect(correctMelding({ ...melding, triage: undefined, status: 'nieuw' }, 'triage.reason', 'x', 'reden', at('2026-11-05')).ok).toBe(false);
  });

  it('never loses a correction made on another tablet or in a file: every merge keeps them all', () => {
    const here = correct(melding, 'description', 'Jas afgepakt bij het hek.');
    const there = correct(melding, 'location', 'Bij het fietsenhok', '2026-11-06');
    expect(versionThatHoldsAll('meldingen', [here, melding])).toBe(0);
    expect(versionThatHoldsAll('meldingen', [here, there])).toBeNull();
    // Judged apart as well: the judgement that opened a zaak stands, with every correction.
    const judgedElsewhere = { ...there, status: 'plagen' as const, triage: { ...melding.triage!, outcome: 'plagen' as const, decidedAt: '2026-11-02T10:05:00.000Z' } };
    expect(withOtherJudgements([here, judgedElsewhere])!.corrections!.map((k) => k.field)).toEqual(['description', 'location']);
    // Corrected while new on one tablet, judged on another: the judgement does not hold the correction.
    const waiting = { ...melding, status: 'nieuw' as const, triage: undefined };
    const correctedWaiting = correct(waiting, 'description', 'Jas afgepakt bij het hek.');
    expect(versionThatHoldsAll('meldingen', [correctedWaiting, melding])).toBeNull();
    expect(versionThatHoldsAll('meldingen', [waiting, melding])).toBe(1);
  });
});
