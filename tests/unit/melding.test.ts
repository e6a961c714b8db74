import { describe, expect, it } from 'vitest';
import { checkMeldingInput, emptyMeldingInput, MAX_PUPILS_PER_MELDING, sortMeldingen, type Melding } from '../../src/domain/melding';

const today = '2026-11-25';
const valid = { ...emptyMeldingInput(today), pupilIds: ['p1'], description: 'Tas afgepakt bij het hek.' };

describe('checking a new melding', () => {
  it('accepts a complete melding and trims its text', () => {
    const result = checkMeldingInput({ ...valid, description: '  Tas afgepakt.  ', location: ' Plein ' }, today);
    expect(result).toEqual({ ok: true, value: { ...valid, description: 'Tas afgepakt.', location: 'Plein' } });
  });

  it('asks in Dutch for what is missing', () => {
    const result = checkMeldingInput({ ...valid, pupilIds: [], description: '   ' }, today);
    expect(result).toEqual({
      ok: false,
      errors: { pupilIds: 'Kies minstens één leerling.', description: 'Vul in wat er is gebeurd.' },
    });
  });

  it('refuses over-long text, too many pupils, an unknown reporter and a date in the future', () => {
    const tooLong = checkMeldingInput({ ...valid, description: 'x'.repeat(4001) }, today);
    expect(tooLong.ok || tooLong.errors.description).toMatch(/te lang/);
    const many = checkMeldingInput({ ...valid, pupilIds: Array.from({ length: MAX_PUPILS_PER_MELDING + 1 }, (_, i) => `p${i}`) }, today);
    expect(many.ok || many.errors.pupilIds).toMatch(/hoogstens/);
    const reporter = checkMeldingInput({ ...valid, reporterKind: 'buurman' }, today);
    expect(reporter.ok || reporter.errors.reporterKind).toBe('Kies wie de melding doet.');
    const future = checkMeldingInput({ ...valid, occurredOn: '2026-11-26' }, today);
    expect(future.ok || future.errors.occurredOn).toBe('De datum ligt in de toekomst.');
    const garbage = checkMeldingInput({ ...valid, occurredOn: 'gisteren' }, today);
    expect(garbage.ok || garbage.errors.occurredOn).toBe('Vul een geldige datum in.');
  });

  it('rejects what is not a form at all', () => {
    expect(checkMeldingInput(null, today).ok).toBe(false);
    expect(checkMeldingInput('melding', today).ok).toBe(false);
  });
});

describe('listing meldingen', () => {
  const m = (id: string, status: Melding['status'], createdAt: string): Melding => ({
    ...valid,
    id,
    status,
    createdAt,
    updatedAt: createdAt,
  });
  it('puts meldingen still to assess first, newest first within a status', () => {
    const sorted = sortMeldingen([
      m('a', 'plagen', '2026-11-20T10:00:00.000Z'),
      m('b', 'nieuw', '2026-11-01T10:00:00.000Z'),
      m('c', 'nieuw', '2026-11-21T10:00:00.000Z'),
      m('d', 'zaak', '2026-11-22T10:00:00.000Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
