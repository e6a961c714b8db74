import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameForms, NEUTRAL_LABEL, neutralizeNames, parentsCopy } from '../../src/domain/privacy/parents-copy';
import { closeZaak, finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import type { Zaak } from '../../src/domain/case/zaak';
import { at, members, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from './zaak-builders';

const others = [
  { firstName: 'Bram', lastName: 'Eikenlaar' },
  { firstName: 'Ilse', lastName: 'van Rietkraag' },
];

describe('the parents’ copy', () => {
  it('replaces other children’s full and first names, and leaves other words alone', () => {
    expect(neutralizeNames('Bram Eikenlaar duwde, Ilse lachte. Brammetje niet; de bramen wel.', others)).toBe(
      `Een medeleerling duwde, ${NEUTRAL_LABEL} lachte. Brammetje niet; de bramen wel.`,
    );
    expect(neutralizeNames('Ilse van Rietkraag', others)).toBe('Een medeleerling');
    expect(neutralizeNames('Het was Ilse van Rietkraag.', others)).toBe(`Het was ${NEUTRAL_LABEL}.`);
  });

  it('holds the child’s own conversations, with no other child named', () => {
    const child = { id: 'gepeste', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' };
    const pupils = [child, { id: 'p1', ...others[0]!, groupId: 'g5' }, { id: 'p2', ...others[1]!, groupId: 'g5' }];
    const done = finishConversation(jpsProtocol, newZaak(), { ...validStap1(), answers: { 'wat-speelt': 'Bram Eikenlaar scheldt haar uit', gevoel: 2 } }, at('2026-11-02'));
    if (!done.ok) throw new Error('stap 1');
    const copy = parentsCopy(jpsProtocol, child, pupils, [], [done.zaak], []);
    const text = JSON.stringify(copy);
    expect(text).toContain('Wat speelt er? Een medeleerling scheldt haar uit');
    expect(text).not.toMatch(/Bram|Ilse|Eikenlaar/);
  });

  it('matches names as people write them: any case, surname alone, initials, possessives, either Unicode form', () => {
    const jan = { firstName: 'Jan', lastName: 'de Vries' };
    const zoe = { firstName: 'Zoë', lastName: 'Distelhoek' };
    for (const text of ['JAN DE VRIES', 'jan', 'De Vries', 'Vries', 'J. de Vries', 'J de Vries', 'J. Vries', 'Jans fiets', "Jan's jas", 'Zoe\u0308', 'ZOË DISTELHOEK', 'distelhoek'])
      expect(neutralizeNames(`x ${text} y`, [jan, zoe]), text).not.toMatch(/Jan|Vries|Zo|Distelhoek/i);
    expect(neutralizeNames('Januari, Vriesland en Zoëtermeer', [jan, zoe])).toBe('Januari, Vriesland en Zoëtermeer');
  });

  it('keeps the child’s own name when another pupil shares it', () => {
    const child = { firstName: 'Lotte', lastName: 'Bremhof' };
    const namesake = { firstName: 'Lotte', lastName: 'Akkerwinde' };
    expect(neutralizeNames('Lotte wordt uitgescholden door Lotte Akkerwinde.', [namesake], child)).toBe(`Lotte wordt uitgescholden door ${NEUTRAL_LABEL}.`);
  });

  it('gives the bullied child’s parents nothing of the bully’s plan, consequence or care; feelings in words', () => {
    const child = { id: 'gepeste', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' };
    const pupils = [child, ...members.map((m, i) => ({ id: m.pupilId, firstName: `Kind${i}`, lastName: `Achter${i}`, groupId: 'g5' }))];
    const entries = parentsCopy(jpsProtocol, child, pupils, [], [wholeZaak()], []);
    const copy = JSON.stringify(entries);
    expect(copy).toContain('Hoe voelt de leerling zich? Verdrietig');
    // In words and as the face the child chose.
    const stap1 = entries.find((e) => e.title === 'Antwoorden — Stap 1')!;
    expect(stap1.faces![stap1.answers!.indexOf('Hoe voelt de leerling zich? Verdrietig')]).toBe(2);
    expect(copy).toContain('Hoe voelt de gepeste leerling zich nu? Gaat wel');
    for (const theirs of ['Elke pauze samen met de meester', 'Twee weken binnen spelen', 'Speltherapie bij de praktijk', 'Zijn de afspraken nagekomen'])
      expect(copy).not.toContain(theirs);
    // How the zaak ended may speak of the bully's consequence: the reason is there, the note is not.
    const closed = closeZaak(wholeZaak(), { reason: 'na-extra-stap', note: 'Voor Kind0 loopt een zorgtraject via SMW.' }, at('2026-11-20'));
    if (!closed.ok) throw new Error('close');
    const afterClosing = JSON.stringify(parentsCopy(jpsProtocol, child, pupils, [], [closed.zaak], []));
    expect(afterClosing).toContain('Zaak gesloten: Afgerond na de extra stap');
    expect(afterClosing).not.toContain('zorgtraject via SMW');
  });

  it('for every child of a generated school: no other child’s name in any form, and all of the child’s own answers (property)', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{3,7}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, name), { minLength: 3, maxLength: 7, selector: ([f, l]) => `${f}|${l}` }), fc.nat(), (people, pick) => {
        const pupils = people.map(([firstName, lastName], i) => ({ id: `p${i}`, firstName, lastName, groupId: 'g' }));
        const child = pupils[pick % pupils.length]!;
        const others = pupils.filter((p) => p.id !== child.id);
        const told = others.map((o, i) => [`${o.firstName} ${o.lastName}`, o.lastName, `${o.firstName.charAt(0)}. ${o.lastName}`, `${o.firstName}s`, o.firstName.toUpperCase()][i % 5]).join(', ');
        const s1 = finishConversation(jpsProtocol, newZaak({ bulliedPupilId: child.id }), { ...validStap1('2026-11-02', others.map((o) => ({ pupilId: o.id, role: 'verdediger' as const }))), answers: { 'wat-speelt': `Gepest door ${told}.`, gevoel: 2 } }, at('2026-11-02'));
        if (!s1.ok) return;
        const copy = JSON.stringify(parentsCopy(jpsProtocol, child, pupils, [], [s1.zaak], []));
        const mine = new Set(nameForms(child).map((n) => n.toLowerCase()));
        for (const other of others)
          for (const form of nameForms(other).filter((f) => !mine.has(f.toLowerCase())))
            expect(new RegExp(`(?<![A-Za-z])${form.replace('.', '\\.')}(?![a-z])`, 'i').test(copy), `${form} in ${child.firstName}'s copy`).toBe(false);
        expect(copy).toContain('Wat speelt er? Gepest door');
        expect(copy).toContain('Hoe voelt de leerling zich? Verdrietig');
      }),
      { numRuns: 200 },
    );
  });
});

describe('every child’s copy of a generated zaak (property)', () => {
  // Names that are no Dutch word, so the protocol's own wording ("na een week") never looks like one.
  const name = fc.stringMatching(/^Q[a-z]{3,7}$/);
  const roles = ['pester', 'assistent', 'aanmoediger', 'leider', 'verdediger', 'buitenstaander', 'vriend'] as const;
  it('holds all of the child’s own records and nothing of another child’s: no name in any form, no plan, action, role or feeling', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, name), { minLength: 4, maxLength: 8, selector: ([f, l]) => `${f}|${l}|`.toLowerCase().slice(0, 4) }),
        fc.array(fc.constantFrom(...roles), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        (people, memberRoles, seed) => {
          const pupils = people.map(([firstName, lastName], i) => ({ id: `p${i}`, firstName, lastName, groupId: 'g' }));
          const [bullied, ...rest] = pupils;
          const bully = rest[seed % rest.length]!;
          // Stap 1 names who bullies: the child of the extra stap is at least the pester.
          const group = rest.map((p, i) => ({ pupilId: p.id, role: p === bully ? ('pester' as const) : memberRoles[i]! }));
          const mention = (p: { firstName: string; lastName: string }, i: number) => [`${p.firstName} ${p.lastName}`, p.lastName, `${p.firstName.charAt(0)}. ${p.lastName}`, `${p.firstName}s`, p.firstName.toUpperCase()][i % 5];
          const about = (except: string) => pupils.filter((p) => p.id !== except).map(mention).join(', ');
          let z = newZaak({ bulliedPupilId: bullied!.id });
          const step = (c: Parameters<typeof finishConversation>[2], day: string) => {
            const r = finishConversation(jpsProtocol, z, c, at(day));
            if (!r.ok) throw new Error(`${c.stepId}: ${JSON.stringify(r.errors)}`);
            z = r.zaak;
          };
          step({ ...validStap1('2026-11-02', group), answers: { 'wat-speelt': `WAT-${bullied!.id} door ${about(bullied!.id)}.`, gevoel: 2 } }, '2026-11-02');
          step({ ...validStap2(z), actions: group.map((m) => ({ pupilId: m.pupilId, text: `ACT-${m.pupilId} met ${about(m.pupilId)}` })) }, '2026-11-03');
          step(validStap3(1, '2026-11-10'), '2026-11-10');
          step(validStap4(z, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
          step({ ...validExtra(1, '2026-11-11', bully.id), answers: { plan: `PLAN-${bully.id} niet meer bij ${about(bully.id)}` } }, '2026-11-11');
          step(
            { ...validExtra(2, '2026-11-18', bully.id), answers: { gevoel: 1, 'afspraken-nagekomen': false, consequentie: `CONS-${bully.id}`, zorgtraject: `ZORG-${bully.id}` }, nextSteps: ['zorgtraject'] },
            '2026-11-18',
          );
          for (const child of pupils) {
            const copy = JSON.stringify(parentsCopy(jpsProtocol, child, pupils, [], [z], []));
            const mine = new Set(nameForms(child).map((n) => n.toLowerCase()));
            for (const other of pupils.filter((p) => p.id !== child.id)) {
              for (const form of nameForms(other).filter((f) => !mine.has(f.toLowerCase())))
                expect(new RegExp(`(?<![A-Za-z])${form.replace('.', '\\.')}(?![a-z])`, 'i').test(copy), `${form} in ${child.firstName}'s copy`).toBe(false);
              expect(copy).not.toMatch(new RegExp(`(WAT|ACT|PLAN|CONS|ZORG)-${other.id}(?!\\d)`));
            }
            const own = child === bullied ? ['WAT', 'Verdrietig'] : child === bully ? ['ACT', 'PLAN', 'CONS', 'ZORG', 'Rol in de supportgroep'] : ['ACT', 'Rol in de supportgroep'];
            for (const token of own) expect(copy, `${token} in ${child.id}'s copy`).toContain(token.length <= 4 ? `${token}-${child.id}` : token);
            // How the bullied child feels belongs to the bullied child alone.
            if (child !== bullied) expect(copy).not.toMatch(/Verdrietig|Heel verdrietig|Hoe voel/);
            // The extra stap's tasks about a bully's parents are that bully's, never the bullied child's.
            if (child === bully) expect(copy).toContain('De ouders van de leerling gaan samen met het plan aan de slag');
            else expect(copy).not.toMatch(/gaan samen met het plan|Confronterend gesprek/);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

function wholeZaak(): Zaak {
  const through = (zaak: Zaak, c: Parameters<typeof finishConversation>[2], day: string) => {
    const result = finishConversation(jpsProtocol, zaak, c, at(day));
    if (!result.ok) throw new Error(`${c.stepId}: ${JSON.stringify(result.errors)}`);
    return result.zaak;
  };
  let z = through(newZaak(), validStap1('2026-11-02', members), '2026-11-02');
  z = through(z, validStap2(z), '2026-11-03');
  z = through(z, validStap3(1, '2026-11-10'), '2026-11-10');
  z = through(z, validStap4(z, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
  z = through(z, validExtra(1, '2026-11-11'), '2026-11-11');
  return through(z, { ...validExtra(2, '2026-11-18'), answers: { gevoel: 3, 'afspraken-nagekomen': false, consequentie: 'Twee weken binnen spelen', zorgtraject: 'Speltherapie bij de praktijk' }, nextSteps: ['zorgtraject'] }, '2026-11-18');
}
