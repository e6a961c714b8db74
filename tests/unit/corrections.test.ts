import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCorrected } from '../../src/domain/case/corrected';
import { correctConversation } from '../../src/domain/case/corrections';
import { dossierOf } from '../../src/domain/case/dossier';
import { zaakTimeline } from '../../src/domain/case/timeline';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { mergeZaken } from '../../src/domain/case/zaak-merge';
import type { Zaak } from '../../src/domain/case/zaak';
import { esisNotes } from '../../src/domain/esis/esis-notes';
import { parentsCopy } from '../../src/domain/privacy/parents-copy';
import { jpsProtocol } from '../../src/domain/protocol';
import { versionThatHoldsAll } from '../../src/domain/transfer/merge';
import { at, members, newZaak, validStap1, validStap2 } from './zaak-builders';

const names: Record<string, string> = { gepeste: 'Zoë Distelhoek', p1: 'Bram Eikenlaar', p2: 'Daan Appelgaard', p3: 'Emma Vlierbes', p4: 'Sem Irisdal', p5: 'Noor Gagelbos', p6: 'Liv Hazelwinde' };
const pupils = Object.entries(names).map(([id, name]) => ({ id, firstName: name.split(' ')[0]!, lastName: name.split(' ')[1]!, groupId: 'g5' }));
const dossierNames = { pupil: (id: string) => names[id] ?? id, staff: (id: string | undefined) => (id === 'juf' ? 'Juf Anouk' : undefined) };

function throughStap2(): Zaak {
  const s1 = finishConversation(jpsProtocol, newZaak(), validStap1('2026-11-02', members), at('2026-11-02'));
  if (!s1.ok) throw new Error('stap 1');
  const s2 = finishConversation(jpsProtocol, s1.zaak, validStap2(s1.zaak), at('2026-11-03'));
  if (!s2.ok) throw new Error('stap 2');
  return s2.zaak;
}
const correct = (zaak: Zaak, index: number, field: string, to: string, reason = 'Verkeerd overgenomen uit het gesprek.', when = '2026-11-10') => {
  const result = correctConversation(jpsProtocol, zaak, zaak.conversations[index]!, field, to, reason, at(when), 'juf');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.zaak;
};

const zaaktitles = (zaak: Zaak) => zaakTimeline(jpsProtocol, zaak).map((e) => e.title);

/** Held is held: a correction is added beside the conversation, and every record shows it. */
describe('correcting a held conversation', () => {
  it('adds an entry and leaves the conversation as held; the record reads the new text and says it was corrected', () => {
    const held = throughStap2();
    const zaak = correct(held, 0, 'answer:wat-speelt', 'Buitengesloten bij het tikkertje');
    expect(zaak.conversations).toEqual(held.conversations);
    expect(zaak.corrections).toEqual([
      expect.objectContaining({ by: 'juf', stepId: 'stap1', field: 'answer:wat-speelt', from: 'Buitengesloten bij het voetbal', to: 'Buitengesloten bij het tikkertje', reason: 'Verkeerd overgenomen uit het gesprek.' }),
    ]);
    expect(asCorrected(zaak).conversations[0]!.answers['wat-speelt']).toBe('Buitengesloten bij het tikkertje');

    const line = dossierOf(jpsProtocol, zaak, dossierNames, () => 'Stap 1')[0]!.lines.find((l) => l.label === 'Wat speelt er?')!;
    expect(line.text).toBe('Buitengesloten bij het tikkertje');
    expect(line.corrections).toEqual([expect.objectContaining({ by: 'Juf Anouk', was: 'Buitengesloten bij het voetbal', reason: 'Verkeerd overgenomen uit het gesprek.' })]);

    const entry = zaakTimeline(jpsProtocol, zaak).find((e) => e.title.startsWith('Gecorrigeerd'))!;
    expect(entry).toMatchObject({ by: 'juf', title: 'Gecorrigeerd: Stap 1 — Wat speelt er?', detail: 'Reden: Verkeerd overgenomen uit het gesprek.', correction: { was: 'Buitengesloten bij het voetbal', now: 'Buitengesloten bij het tikkertje' } });
    expect(zaakTimeline(jpsProtocol, zaak).find((e) => e.title.startsWith('Stap 1'))!.detail).toContain('(verslag gecorrigeerd)');
  });

  it('the parents’ copy shows the corrected answer and says so, never the text it replaced, and no other child’s name', () => {
    const zaak = correct(throughStap2(), 0, 'answer:wat-speelt', 'Chloe\u0301 en Bram Eikenlaar sluiten haar buiten', 'De namen ontbraken.');
    const child = pupils.find((p) => p.id === 'gepeste')!;
    const copy = parentsCopy(jpsProtocol, child, [...pupils, { id: 'p7', firstName: 'Chloé', lastName: 'Zandhaver', groupId: 'g5' }], [], [zaak], []);
    const text = JSON.stringify(copy);
    expect(text).toContain('Wat speelt er? Een medeleerling en een medeleerling sluiten haar buiten (gecorrigeerd op 10 november 2026)');
    expect(text).toContain('Reden: De namen ontbraken.');
    expect(text).not.toContain('voetbal');
    expect(text.normalize('NFC')).not.toMatch(/Chlo|Bram|Eikenlaar/);
  });

  it('a corrected day moves the Esis notes and what falls due; refused when it breaks the protocol’s order', () => {
    const zaak = throughStap2();
    const moved = correct(zaak, 0, 'heldOn', '2026-11-03', 'Het gesprek was op dinsdag, niet op maandag.');
    const note = esisNotes(jpsProtocol, moved, { name: (id) => names[id] ?? id, meldingDay: '2026-11-01' }).find((n) => n.pupilId === 'gepeste')!;
    expect(note.text).toContain('3 november 2026');
    expect(note.text).not.toContain('2 november 2026');
    const refuse = (index: number, to: string, today = '2026-11-10') => {
      const result = correctConversation(jpsProtocol, zaak, zaak.conversations[index]!, 'heldOn', to, 'Typfout', at(today), 'juf');
      return result.ok ? null : result.errors.to;
    };
    expect(refuse(0, '2026-11-12')).toMatch(/ligt in de toekomst/);
    expect(refuse(0, '2026-11-01')).toMatch(/De zaak is geopend op 2 november 2026/);
    expect(refuse(0, '2026-11-04')).toBe('Stap 2 (gehouden op 3 november 2026) volgt op dit gesprek; dit gesprek kan niet later zijn gehouden.');
    expect(refuse(1, '2026-11-01')).toMatch(/geopend op/);
  });

  it('refuses a correction that changes nothing, or has no reason, and changes nothing', () => {
    const zaak = throughStap2();
    const same = correctConversation(jpsProtocol, zaak, zaak.conversations[0]!, 'answer:wat-speelt', ' Buitengesloten bij het voetbal ', '', at('2026-11-10'));
    expect(same).toEqual({
      ok: false,
      errors: { to: 'De nieuwe tekst is gelijk aan de huidige. Er is niets gecorrigeerd.', reason: 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.' },
    });
    const noReason = correctConversation(jpsProtocol, zaak, zaak.conversations[0]!, 'answer:wat-speelt', 'Anders', '  ', at('2026-11-10'));
    expect(noReason.ok ? null : noReason.errors.reason).toMatch(/waarom/);
    const unknown = correctConversation(jpsProtocol, zaak, zaak.conversations[0]!, 'answer:bestaat-niet', '5', 'reden', at('2026-11-10'));
    expect(unknown.ok ? null : unknown.errors.field).toBe('Kies wat u wilt corrigeren.');
    // A wrong day and no reason: both said at once.
    const both = correctConversation(jpsProtocol, zaak, zaak.conversations[0]!, 'heldOn', '2026-11-30', '', at('2026-11-10'));
    expect(both.ok ? null : Object.keys(both.errors).sort()).toEqual(['reason', 'to']);
  });

  it('a tapped face or Ja/Nee is corrected by choosing again, and reads in words', () => {
    const zaak = correct(throughStap2(), 0, 'answer:gevoel', '4', 'De leerling wees het gezicht ernaast aan.');
    expect(zaak.corrections![0]).toMatchObject({ from: '2', to: '4', kind: 'faceScale' });
    expect(asCorrected(zaak).conversations[0]!.answers.gevoel).toBe(4);
    const line = dossierOf(jpsProtocol, zaak, dossierNames, () => 'Stap 1')[0]!.lines.find((l) => l.label === 'Hoe voelt de leerling zich?')!;
    expect(line.text).toBe('Goed');
    expect(line.corrections![0]!.was).toBe('Verdrietig');
    const outOfScale = correctConversation(jpsProtocol, zaak, zaak.conversations[0]!, 'answer:gevoel', '9', 'reden', at('2026-11-11'));
    expect(outOfScale.ok ? null : outOfScale.errors.to).toBe('Kies wat het had moeten zijn.');
  });

  it('a decision tapped wrong is corrected while nothing followed it, and what comes next follows the correction', async () => {
    const { validStap3, validStap4 } = await import('./zaak-builders');
    const { nextConversations } = await import('../../src/domain/case/flow');
    let zaak = throughStap2();
    for (const c of [validStap3(1, '2026-11-10'), validStap4(zaak, 1, '2026-11-10', 'opheffen')]) {
      const r = finishConversation(jpsProtocol, zaak, c, at('2026-11-10'));
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      zaak = r.zaak;
    }
    const index = zaak.conversations.findIndex((c) => c.stepId === 'stap4');
    const corrected = correct(zaak, index, 'decision', 'tweede-evaluatie', 'Verkeerd aangetikt: we evalueren nog een keer.', '2026-11-11');
    expect(zaaktitles(corrected)).toContain('Besluit: Over een week een tweede en tevens laatste evaluatie');
    expect(nextConversations(corrected).map((n) => [n.stepId, n.round])).toContainEqual(['stap3', 2]);
    // Once a conversation followed it, the decision stands.
    const r = finishConversation(jpsProtocol, corrected, validStap3(2, '2026-11-17'), at('2026-11-17'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const refused = correctConversation(jpsProtocol, r.zaak, r.zaak.conversations[index]!, 'decision', 'opheffen', 'toch niet', at('2026-11-18'));
    expect(refused.ok ? null : refused.errors.to).toMatch(/^Na dit besluit is al een gesprek gehouden/);
  });

  it('the note a zaak was closed with is corrected beside the closing, which stays as recorded', async () => {
    const { closeZaak } = await import('../../src/domain/case/zaak-events');
    const closed = closeZaak(throughStap2(), { reason: 'anders', note: 'De ouders zijn verhuisd.' }, at('2026-11-20'), []);
    if (!closed.ok) throw new Error(JSON.stringify(closed.errors));
    const { correctClosingNote } = await import('../../src/domain/case/corrections');
    const r = correctClosingNote(closed.zaak, 'Het gezin is verhuisd naar Zwolle.', 'Verduidelijkt.', at('2026-11-21'), 'juf');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.zaak.closing).toEqual(closed.zaak.closing);
    expect(asCorrected(r.zaak).closing!.note).toBe('Het gezin is verhuisd naar Zwolle.');
    const timeline = zaakTimeline(jpsProtocol, r.zaak);
    expect(timeline.find((e) => e.title.startsWith('Zaak gesloten'))!.detail).toBe('Het gezin is verhuisd naar Zwolle.');
    expect(timeline.find((e) => e.title === 'Gecorrigeerd: de toelichting bij het sluiten')!.correction).toEqual({ was: 'De ouders zijn verhuisd.', now: 'Het gezin is verhuisd naar Zwolle.' });
    expect(mergeZaken([r.zaak, closed.zaak])!.closingCorrections).toHaveLength(1);
  });

  it('two tablets correcting apart keep both corrections; a version that moved on never drops one made elsewhere', () => {
    const zaak = throughStap2();
    const here = correct(zaak, 0, 'answer:wat-speelt', 'Buitengesloten bij het tikkertje');
    const there = correct(zaak, 1, 'answer:klas-toelichting', 'Ja: de klas weet ervan.', 'Verkeerd aangeklikt.', '2026-11-11');
    expect(versionThatHoldsAll('zaken', [here, there])).toBeNull();
    expect(mergeZaken([here, there])!.corrections).toHaveLength(2);
    // A later version (moved on elsewhere) without the correction made here does not hold it: both are merged.
    const further = { ...zaak, rev: zaak.rev + 5, updatedAt: '2026-11-12T10:00:00.000Z' };
    expect(versionThatHoldsAll('zaken', [here, further])).toBeNull();
    expect(mergeZaken([here, further])!.corrections).toEqual(here.corrections);
  });

  it('whatever is typed (any text, either Unicode form), the held answer stays and the last correction is what reads (property)', () => {
    const zaak = throughStap2();
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 4 }), (texts) => {
        let z = zaak;
        let reads = 'Buitengesloten bij het voetbal';
        for (const [i, text] of texts.entries()) {
          const result = correctConversation(jpsProtocol, z, z.conversations[0]!, 'answer:wat-speelt', text, 'reden', at(`2026-11-1${i}`), 'juf');
          if (!result.ok) {
            expect(text.normalize('NFC').trim()).toBe(reads);
            continue;
          }
          z = result.zaak;
          reads = text.normalize('NFC').trim();
        }
        expect(z.conversations[0]).toEqual(zaak.conversations[0]);
        expect(asCorrected(z).conversations[0]!.answers['wat-speelt']).toBe(reads);
      }),
    );
  });
});
