import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEsisExport, esisExportSchema, esisJsonSchema, exportFileName, ESIS_EXPORT_SCHEMA_VERSION } from '../../src/domain/esis/esis-export';
import { esisNotes, markEsisEntered, notesToEnter } from '../../src/domain/esis/esis-notes';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { closeZaak } from '../../src/domain/case/zaak-events';
import type { Conversation, Zaak } from '../../src/domain/case/zaak';
import { at, members, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from './zaak-builders';

const names: Record<string, string> = { gepeste: 'Zoë Distelhoek', p1: 'Bram Eikenlaar', p2: 'Daan Appelgaard', p3: 'Emma Vlierbes', p4: 'Sem Irisdal', p5: 'Noor Gagelbos', p6: 'Liv Hazelwinde' };
const context = { name: (id: string) => names[id] ?? id, meldingDay: '2026-11-01' };

function zaakThroughStap2() {
  const s1 = finishConversation(jpsProtocol, newZaak(), validStap1('2026-11-02', members), at('2026-11-02'));
  if (!s1.ok) throw new Error('stap 1');
  const s2 = finishConversation(jpsProtocol, s1.zaak, validStap2(s1.zaak), at('2026-11-03'));
  if (!s2.ok) throw new Error('stap 2');
  return s2.zaak;
}

describe('Esis notes', () => {
  it('has none before the support group is known', () => {
    expect(esisNotes(jpsProtocol, newZaak(), context)).toEqual([]);
  });

  it('sends the bullied child and the bully to Incidenten → pesten, the others to the dagboek', () => {
    const notes = esisNotes(jpsProtocol, zaakThroughStap2(), context);
    const where = Object.fromEntries(notes.filter((n) => n.kind === 'start').map((n) => [n.pupilId, n.destination]));
    expect(where).toEqual({
      gepeste: 'incidenten-pesten',
      p1: 'incidenten-pesten',
      p2: 'dagboek',
      p3: 'dagboek',
      p4: 'dagboek',
      p5: 'dagboek',
      p6: 'dagboek',
    });
    expect(notes[0]!.text).toBe(
      'Pesten. Zoë Distelhoek wordt gepest; melding van 1 november 2026. Aanpak volgens het pestprotocol (supportgroepaanpak) gestart op 2 november 2026.',
    );
    expect(notes.find((n) => n.pupilId === 'p1')!.text).toContain('Bram Eikenlaar is betrokken bij pestgedrag tegen een medeleerling');
  });

  it('words dagboek notes neutrally: no role, no bullying, no other child named', () => {
    for (const note of esisNotes(jpsProtocol, zaakThroughStap2(), context).filter((n) => n.destination === 'dagboek')) {
      for (const word of ['pester', 'Pester', 'pesten', 'gepest', 'assistent', 'aanmoediger', 'verdediger', 'vriend', 'buitenstaander', 'leider', 'Zoë'])
        expect(note.text).not.toContain(word);
      expect(note.text).toMatch(/neemt vanaf 2 november 2026 deel aan een supportgroep om een medeleerling te helpen en heeft daarvoor een eigen actiepunt afgesproken\./);
    }
  });

  it('remembers which notes were entered, when and by whom', () => {
    const zaak = zaakThroughStap2();
    const p2 = esisNotes(jpsProtocol, zaak, context).find((n) => n.pupilId === 'p2')!;
    const ticked = markEsisEntered(zaak, p2, true, at('2026-11-04'), 'juf');
    const notes = esisNotes(jpsProtocol, ticked, context);
    expect(notes.find((n) => n.pupilId === 'p2')!.entered).toEqual({ at: '2026-11-04T10:00:00.000Z', by: 'juf', text: p2.text, destination: 'dagboek' });
    // Seven first notes and the bullied child's follow-up after stap 2.
    expect(notes).toHaveLength(8);
    expect(notesToEnter(notes)).toBe(7);
    expect(ticked.rev).toBe(zaak.rev + 1);
    expect(notesToEnter(esisNotes(jpsProtocol, markEsisEntered(ticked, p2, false, at('2026-11-05')), context))).toBe(8);
  });

  it('files no pesten note when stap 1 concluded "geen pesten maar een incident": one neutral dagboek note', () => {
    const stap1 = { ...validStap1('2026-11-02', []), outcome: 'incident' as const, followUp: 'Gesprek met Bram en Zoë samen; ouders gebeld.', members: [] };
    const result = finishConversation(jpsProtocol, newZaak(), stap1, at('2026-11-02'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const notes = esisNotes(jpsProtocol, result.zaak, context);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ pupilId: 'gepeste', destination: 'dagboek' });
    expect(notes[0]!.text).toBe(
      'Zoë Distelhoek: de melding van 1 november 2026 is op 2 november 2026 in een gesprek besproken. Het ging niet om pesten maar om een incident; een passend vervolg is afgesproken.',
    );
    // Neutral: no bullying, and none of the free text (which names another child).
    expect(notes[0]!.text).not.toMatch(/Pesten\.|gepest|Bram|ouders/);
  });

  it('never copies a child’s own words into a dagboek note, even when the school’s template asks for {actie}', () => {
    const own = { ...jpsProtocol, esisTemplates: { ...jpsProtocol.esisTemplates, dagboek: '{naam} doet mee in een supportgroep. Actie: {actie}.' } };
    const zaak = zaakThroughStap2();
    const withNames = { ...zaak, conversations: zaak.conversations.map((c) => (c.stepId === 'stap2' ? { ...c, actions: c.actions!.map((a) => ({ ...a, text: 'Ik vraag Zoë mee te voetballen' })) } : c)) };
    const notes = esisNotes(own, withNames, context);
    for (const note of notes.filter((n) => n.destination === 'dagboek')) {
      expect(note.text).toMatch(/doet mee in een supportgroep\. Actie: een eigen actiepunt\.$/);
      expect(note.text).not.toContain('voetballen');
    }
    // The pester's note under Incidenten → pesten carries the action, as the protocol asks, without another child's name.
    expect(notes.find((n) => n.pupilId === 'p1')!.text).toContain('Ik vraag Zoë mee te voetballen');
    const neutral = esisNotes(own, withNames, { ...context, neutral: (text) => text.replace('Zoë', 'een medeleerling') });
    expect(neutral.find((n) => n.pupilId === 'p1')!.text).toContain('Ik vraag een medeleerling mee te voetballen');
  });

  it('says when a note changed after it was entered, and counts it as still to enter', () => {
    // A school's own template that carries the state of the zaak changes as the zaak goes on.
    const own = { ...jpsProtocol, esisTemplates: { ...jpsProtocol.esisTemplates, gepeste: '{naam} wordt gepest. Stand: {stand}.' } };
    const zaak = zaakThroughStap2();
    const before = esisNotes(own, zaak, context)[0]!;
    const ticked = markEsisEntered(zaak, before, true, at('2026-11-04'));
    expect(esisNotes(own, ticked, context)[0]!.changedSinceEntered).toBe(false);
    const closed = { ...ticked, status: 'gesloten' as const };
    const after = esisNotes(own, closed, context)[0]!;
    expect(after.text).toBe('Zoë Distelhoek wordt gepest. Stand: afgesloten.');
    expect(after.changedSinceEntered).toBe(true);
    expect(after.entered!.text).toBe(before.text);
    expect(notesToEnter(esisNotes(own, closed, context))).toBe(8);
    // Entering the new text clears it.
    const again = esisNotes(own, markEsisEntered(closed, after, true, at('2026-11-20')), context)[0]!;
    expect(again.changedSinceEntered).toBe(false);
  });

  it('files the roles the protocol marks as pesters under Incidenten → pesten: a school may add the Assistent', () => {
    const assistentToo = { ...jpsProtocol, roles: jpsProtocol.roles.map((r) => (r.id === 'assistent' ? { ...r, esis: 'incidenten-pesten' as const } : r)) };
    const notes = esisNotes(assistentToo, zaakThroughStap2(), context).filter((n) => n.kind === 'start');
    expect(notes.filter((n) => n.destination === 'incidenten-pesten').map((n) => n.pupilId)).toEqual(['gepeste', 'p1', 'p2']);
    expect(notes.find((n) => n.pupilId === 'p2')!.text).toContain('Daan Appelgaard is betrokken bij pestgedrag');
  });

  it('writes a follow-up per step: stap 2, each evaluation, each extra-stap conversation per child, the closing', () => {
    const step = (z: Zaak, c: Conversation, day: string) => {
      const r = finishConversation(jpsProtocol, z, c, at(day));
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.zaak;
    };
    let z = zaakThroughStap2();
    z = step(z, validStap3(1, '2026-11-10'), '2026-11-10');
    z = step(z, validStap4(z, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    // The Assistent keeps bullying too: in the extra stap, a pester in Esis.
    z = step(z, validExtra(1, '2026-11-11', 'p1'), '2026-11-11');
    z = step(z, validExtra(1, '2026-11-11', 'p2'), '2026-11-11');
    z = step(z, validExtra(2, '2026-11-18', 'p1'), '2026-11-18');
    z = step(z, { ...validExtra(2, '2026-11-18', 'p2'), answers: { gevoel: 2, 'afspraken-nagekomen': false, consequentie: 'Bram mag niet mee op schoolreis', zorgtraject: 'Training bij Zoë’s oude club' }, nextSteps: ['zorgtraject', 'schorsingsprocedure'], referralProviderId: 'praktijk-van-de-wiel' }, '2026-11-18');
    const closed = closeZaak(z, { reason: 'na-extra-stap', note: 'Gestopt.' }, at('2026-11-19'));
    if (!closed.ok) throw new Error('close');
    const notes = esisNotes(jpsProtocol, closed.zaak, context);
    const of = (id: string) => notes.filter((n) => n.pupilId === id).map((n) => `${n.kind} ${n.destination}: ${n.text}`);
    expect(of('gepeste').slice(1)).toEqual([
      'vervolg incidenten-pesten: Vervolg pesten Zoë Distelhoek: op 3 november 2026 is de supportgroep bijeengekomen; elk kind in de groep heeft een eigen actiepunt afgesproken.',
      'vervolg incidenten-pesten: Vervolg pesten Zoë Distelhoek: op 10 november 2026 evaluatie met de gepeste leerling en de supportgroep. Besluit: het pesten gaat door: extra stap.',
      // Two children, one day: one note for the bullied child.
      'vervolg incidenten-pesten: Vervolg pesten Zoë Distelhoek: op 11 november 2026 is een confronterend gesprek gevoerd met 2 kinderen die blijven pesten en hun ouders (extra stap).',
      'vervolg incidenten-pesten: Vervolg pesten Zoë Distelhoek: op 18 november 2026 evaluatie van de extra stap met de gepeste leerling.',
      'vervolg incidenten-pesten: Vervolg pesten Zoë Distelhoek: de zaak is op 19 november 2026 afgesloten (afgerond na de extra stap).',
    ]);
    expect(of('p2')).toEqual([
      expect.stringMatching(/^start incidenten-pesten: Pesten\. Daan Appelgaard is betrokken bij pestgedrag/),
      'vervolg incidenten-pesten: Vervolg pesten Daan Appelgaard: op 11 november 2026 confronterend gesprek met Daan Appelgaard en de ouders (extra stap). Daan Appelgaard heeft een plan met concrete acties geschreven; de ouders gaan samen met dit plan aan de slag.',
      'vervolg incidenten-pesten: Vervolg pesten Daan Appelgaard: op 18 november 2026 evaluatie van de extra stap. De afspraken zijn niet nagekomen; er volgt een passende consequentie. Er is een individueel zorgtraject afgesproken, met doorverwijzing naar Praktijk van de Wiel (Praktijk voor kind en gezin). Besloten is de schorsings- en verwijderingsprocedure van de school te volgen.',
      'vervolg incidenten-pesten: Vervolg pesten Daan Appelgaard: de aanpak is op 19 november 2026 afgesloten.',
    ]);
    expect(of('p1').at(-2)).toContain('De afspraken zijn nagekomen.');
    // A dagboek member: a neutral word at the end, nothing more.
    expect(of('p3')).toEqual([expect.stringMatching(/^start dagboek/), 'vervolg dagboek: Emma Vlierbes: de supportgroep is op 19 november 2026 afgerond.']);
    // Never a child's own words: not the consequence, not the care text, not another child's name.
    expect(JSON.stringify(notes)).not.toMatch(/schoolreis|oude club|Gestopt/);
    expect(new Set(notes.map((n) => n.key)).size).toBe(notes.length);
  });
});

describe('the Esis JSON export', () => {
  it('names its format and schema version, and validates against its own schema', () => {
    const notes = esisNotes(jpsProtocol, zaakThroughStap2(), context);
    const doc = buildEsisExport('Basisschool De Linde', notes, (id) => ({ name: names[id]!, group: 'Groep 5' }), (d) => d, at('2026-11-05'));
    expect(doc).toMatchObject({ format: 'kring-esis-export', schemaVersion: ESIS_EXPORT_SCHEMA_VERSION, school: 'Basisschool De Linde' });
    expect(doc.notes).toHaveLength(8);
    expect(doc.notes.map((n) => n.kind)).toEqual(['start', 'vervolg', 'start', 'start', 'start', 'start', 'start', 'start']);
    expect(esisExportSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  const schemaFile = new URL('../../src/domain/esis/esis-export.schema.json', import.meta.url);
  /** After changing the export format: KRING_WRITE_SCHEMA=1 npx vitest run tests/unit/esis.test.ts */
  it.runIf(process.env.KRING_WRITE_SCHEMA === '1')('writes the JSON Schema file from the code', () => {
    writeFileSync(schemaFile, `${JSON.stringify(esisJsonSchema(), null, 2)}\n`);
  });

  it('keeps the JSON Schema in the repository equal to the code', () => {
    const stored = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(stored).toEqual(esisJsonSchema());
  });

  it('names the file after the school and the day', () => {
    expect(exportFileName('Basisschool Ĳsselmonde & Zoë', '2026-11-25')).toBe('kring-esis-basisschool-ijsselmonde-zoe-2026-11-25.json');
  });
});
