import { describe, expect, it } from 'vitest';
import { dossierOf } from '../../src/domain/case/dossier';
import type { Conversation, Zaak } from '../../src/domain/case/zaak';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, members, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from './zaak-builders';

const names = { pupil: (id: string) => `Naam van ${id}`, staff: (id: string | undefined) => (id ? `Juf ${id}` : undefined) };
const title = (c: Conversation) => `${c.stepId} ronde ${c.round}`;

function through(zaak: Zaak, c: Conversation, day: string): Zaak {
  const result = finishConversation(jpsProtocol, zaak, c, at(day));
  if (!result.ok) throw new Error(`${c.stepId}: ${JSON.stringify(result.errors)}`);
  return result.zaak;
}

/** A zaak through every step, the extra stap with a referral to Bijlage 1. */
function wholeZaak(): Zaak {
  let z = through(newZaak(), { ...validStap1('2026-11-02', members), recordedBy: 's1' }, '2026-11-02');
  z = through(z, validStap2(z), '2026-11-03');
  z = through(z, validStap3(1, '2026-11-10'), '2026-11-10');
  z = through(z, validStap4(z, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
  z = through(z, validExtra(1, '2026-11-11'), '2026-11-11');
  return through(z, { ...validExtra(2, '2026-11-18'), answers: { gevoel: 2, 'afspraken-nagekomen': false, consequentie: 'Twee weken binnen spelen', zorgtraject: 'Weerbaarheidstraining' }, nextSteps: ['zorgtraject'], referralProviderId: 'praktijk-van-de-wiel' }, '2026-11-18');
}

describe('the dossier of a zaak', () => {
  const dossier = dossierOf(jpsProtocol, wholeZaak(), names, title);
  const all = (i: number) => dossier[i]!.lines.map((l) => `${l.label}: ${l.text}`);

  it('has every conversation, when it was held and who recorded it', () => {
    expect(dossier.map((c) => c.title)).toEqual(['stap1 ronde 1', 'stap2 ronde 1', 'stap3 ronde 1', 'stap4 ronde 1', 'extra ronde 1', 'extra ronde 2']);
    expect(dossier[0]).toMatchObject({ heldOn: '2 november 2026', recordedBy: 'Juf s1' });
  });

  it('reads back what was said: answers, feelings in words, the checklist', () => {
    expect(all(0)).toContain('Wat speelt er?: Buitengesloten bij het voetbal');
    expect(all(0)).toContain('Hoe voelt de leerling zich?: Verdrietig');
    expect(all(0)).toContain('Ouders erbij betrokken: Gedaan (bij het gesprek van 2 november 2026)');
    expect(all(0)).toContain('Supportgroep samen met de leerling samengesteld: Gedaan');
  });

  it('says of each task whether it was done at the conversation, done later on which day, or is still to do', () => {
    const z = wholeZaak();
    const stap1 = { ...z.conversations[0]!, checklist: { ...z.conversations[0]!.checklist, 'ouders-betrokken': false, 'extra-surveillant': false } };
    const later = { ...z, conversations: [stap1, ...z.conversations.slice(1)], tasksDone: { 'stap1:1::ouders-betrokken': { at: '2026-11-05T08:00:00.000Z' } } };
    const lines = dossierOf(jpsProtocol, later, names, title)[0]!.lines.map((l) => `${l.label}: ${l.text}`);
    expect(lines).toContain('Ouders erbij betrokken: Gedaan op 5 november 2026');
    expect(lines).toContain('Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld: Nog te doen');
  });

  it('names the support group with roles, each action and its evaluation, and the decision', () => {
    expect(all(0)).toContain('Supportgroep: Naam van p1: Pester');
    expect(all(1)).toContain('Actiepunt van Naam van p1: Ik speel met haar (p1)');
    expect(all(3)).toContain('Actiepunt van Naam van p1: Ik speel met haar (p1) (uitgevoerd; effect: Helpt)');
    expect(all(3)).toContain('Besluit: Het pesten gaat door: extra stap');
  });

  it('holds the plan, who was present, the consequence and the referral to Bijlage 1', () => {
    expect(all(4)).toContain('Over het kind dat blijft pesten: Naam van p1');
    expect(all(4).join('\n')).toContain('Elke pauze samen met de meester');
    expect(all(4)).toContain('Aanwezig: Leerkracht, Interne vertrouwenspersoon, Directeur, Ouders van de leerling, De leerling');
    expect(all(5).join('\n')).toContain('Twee weken binnen spelen');
    expect(all(5)).toContain('Wat volgt er na de consequentie?: Individueel zorgtraject, eventueel met doorverwijzing (Bijlage 1)');
    expect(all(5)).toContain('Verwezen naar (Bijlage 1): Praktijk van de Wiel (Praktijk voor kind en gezin)');
    expect(all(5)).toContain('Hoe voelt de gepeste leerling zich nu?: Verdrietig');
  });
});
