import { describe, expect, it } from 'vitest';
import { NEUTRAL_LABEL, neutralizeNames, parentsCopy } from '../../src/domain/privacy/parents-copy';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, newZaak, validStap1 } from './zaak-builders';

const others = [
  { firstName: 'Bram', lastName: 'Eikenlaar' },
  { firstName: 'Ilse', lastName: 'van Rietkraag' },
];

describe('the parents’ copy', () => {
  it('replaces other children’s full and first names, and leaves other words alone', () => {
    expect(neutralizeNames('Bram Eikenlaar duwde, Ilse lachte. Brammetje niet; de bramen wel.', others)).toBe(
      `${NEUTRAL_LABEL} duwde, ${NEUTRAL_LABEL} lachte. Brammetje niet; de bramen wel.`,
    );
    expect(neutralizeNames('Ilse van Rietkraag', others)).toBe(NEUTRAL_LABEL);
  });

  it('holds the child’s own conversations, with no other child named', () => {
    const child = { id: 'gepeste', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' };
    const pupils = [child, { id: 'p1', ...others[0]!, groupId: 'g5' }, { id: 'p2', ...others[1]!, groupId: 'g5' }];
    const done = finishConversation(jpsProtocol, newZaak(), { ...validStap1(), answers: { 'wat-speelt': 'Bram Eikenlaar scheldt haar uit', gevoel: 2 } }, at('2026-11-02'));
    if (!done.ok) throw new Error('stap 1');
    const copy = parentsCopy(jpsProtocol, child, pupils, [], [done.zaak], []);
    const text = JSON.stringify(copy);
    expect(text).toContain(`Wat speelt er? ${NEUTRAL_LABEL} scheldt haar uit`);
    expect(text).not.toMatch(/Bram|Ilse|Eikenlaar/);
  });
});
