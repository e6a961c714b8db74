import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEsisExport, esisExportSchema, esisJsonSchema, exportFileName, ESIS_EXPORT_SCHEMA_VERSION } from '../../src/domain/esis/esis-export';
import { esisNotes, markEsisEntered, notesToEnter } from '../../src/domain/esis/esis-notes';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, members, newZaak, validStap1, validStap2 } from './zaak-builders';

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
    const where = Object.fromEntries(notes.map((n) => [n.pupilId, n.destination]));
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
      'Pesten. Zoë Distelhoek wordt gepest; melding van 1 november 2026. Aanpak volgens het pestprotocol (supportgroepaanpak) gestart op 2 november 2026. Stand: evaluatie gepland op 10 november 2026.',
    );
    expect(notes.find((n) => n.pupilId === 'p1')!.text).toContain('Bram Eikenlaar is betrokken bij pestgedrag tegen een medeleerling');
  });

  it('words dagboek notes neutrally: no role, no bullying, no other child named', () => {
    for (const note of esisNotes(jpsProtocol, zaakThroughStap2(), context).filter((n) => n.destination === 'dagboek')) {
      for (const word of ['pester', 'Pester', 'pesten', 'gepest', 'assistent', 'aanmoediger', 'verdediger', 'vriend', 'buitenstaander', 'leider', 'Zoë'])
        expect(note.text).not.toContain(word);
      expect(note.text).toMatch(/neemt vanaf 2 november 2026 deel aan een supportgroep om een medeleerling te helpen\. Eigen actiepunt: Ik speel met haar/);
    }
  });

  it('remembers which notes were entered, when and by whom', () => {
    const zaak = zaakThroughStap2();
    const ticked = markEsisEntered(zaak, 'p2', true, at('2026-11-04'), 'juf');
    const notes = esisNotes(jpsProtocol, ticked, context);
    expect(notes.find((n) => n.pupilId === 'p2')!.entered).toEqual({ at: '2026-11-04T10:00:00.000Z', by: 'juf' });
    expect(notesToEnter(notes)).toBe(6);
    expect(ticked.rev).toBe(zaak.rev + 1);
    expect(notesToEnter(esisNotes(jpsProtocol, markEsisEntered(ticked, 'p2', false, at('2026-11-05')), context))).toBe(7);
  });
});

describe('the Esis JSON export', () => {
  it('names its format and schema version, and validates against its own schema', () => {
    const notes = esisNotes(jpsProtocol, zaakThroughStap2(), context);
    const doc = buildEsisExport('Basisschool De Linde', notes, (id) => ({ name: names[id]!, group: 'Groep 5' }), (d) => d, at('2026-11-05'));
    expect(doc).toMatchObject({ format: 'kring-esis-export', schemaVersion: ESIS_EXPORT_SCHEMA_VERSION, school: 'Basisschool De Linde' });
    expect(doc.notes).toHaveLength(7);
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
