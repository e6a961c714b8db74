import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jpsProtocol, stepById } from '../../src/domain/protocol';

/** The protocol text the definition was taken from; words are compared without layout. */
const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
const protocolText = fold(readFileSync(new URL('../fixtures/pestprotocol-jps.txt', import.meta.url), 'utf8'));

describe('the JPS protocol definition', () => {
  it('has every step of section 4, in the protocol’s order', () => {
    expect(jpsProtocol.steps.map((s) => s.id)).toEqual(['melding', 'triage', 'stap1', 'stap2', 'stap3', 'stap4', 'extra']);
    expect(jpsProtocol.steps.map((s) => s.label)).toEqual([
      'Melding',
      'Plagen of pesten',
      'Stap 1',
      'Stap 2',
      'Stap 3',
      'Stap 4',
      'Extra stap',
    ]);
  });

  it('titles stap 1–4 as the protocol does', () => {
    for (const id of ['stap1', 'stap2', 'stap3', 'stap4'] as const) {
      expect(protocolText).toContain(fold(stepById(jpsProtocol, id).title));
    }
  });

  it('asks the protocol’s own questions in the evaluation steps', () => {
    const texts = (id: 'stap3' | 'stap4') => stepById(jpsProtocol, id).prompts.map((p) => fold(p.text));
    expect(texts('stap3')).toContain(fold('Wat is er veranderd?'));
    expect(protocolText).toContain(fold('Wat heb je nodig om de situatie nog verder te verbeteren?'));
    expect(texts('stap3')).toContain(fold('Wat heb je nodig om de situatie nog verder te verbeteren?'));
    expect(protocolText).toContain(fold('Wat kan er eventueel nog meer gedaan worden om de situatie te verbeteren?'));
    expect(texts('stap4')).toContain(fold('Wat kan er eventueel nog meer gedaan worden om de situatie te verbeteren?'));
  });

  it('makes the extra surveillant an action of stap 1 and schedules evaluations one week on', () => {
    expect(stepById(jpsProtocol, 'stap1').checklist.map((c) => c.id)).toContain('extra-surveillant');
    expect(stepById(jpsProtocol, 'stap3').dueAfterDays).toBe(7);
    expect(stepById(jpsProtocol, 'stap4').dueAfterDays).toBe(7);
    expect(stepById(jpsProtocol, 'extra').optional).toBe(true);
  });

  it('requires informing the IVP in stap 2 only when a teacher leads', () => {
    const ivp = stepById(jpsProtocol, 'stap2').checklist.find((c) => c.id === 'ivp-geinformeerd');
    expect(ivp).toMatchObject({ required: false, requiredWhen: 'leadIsLeerkracht' });
  });

  it('sends the bullied child and the bullies to Incidenten → pesten, the rest of the group to the dagboek', () => {
    const esis = Object.fromEntries(jpsProtocol.roles.map((r) => [r.id, r.esis]));
    expect(esis).toMatchObject({ gepeste: 'incidenten-pesten', pester: 'incidenten-pesten', verdediger: 'dagboek', vriend: 'dagboek' });
    expect(jpsProtocol.roles.find((r) => r.id === 'gepeste')?.supportGroupMember).toBe(false);
    for (const role of ['assistent', 'aanmoediger', 'leider', 'verdediger', 'buitenstaander']) {
      expect(protocolText).toContain(role);
    }
  });

  it('carries the plagen/pesten table of section 2', () => {
    for (const c of jpsProtocol.triageCriteria) {
      expect(protocolText).toContain(fold(c.plagen));
    }
    expect(protocolText).toContain(fold(jpsProtocol.motto));
  });

  it('keeps the prevention plan of section 3 on its months', () => {
    const months = (id: string) => jpsProtocol.preventionPlan.find((a) => a.id === id)?.months;
    expect(months('sociogram-okt')).toEqual([10]);
    expect(months('sociogram-mrt')).toEqual([3]);
    expect(months('scol-nov')).toEqual([11]);
    expect(months('scol-apr')).toEqual([4]);
  });

  it('names organisations of Bijlage 1 but no person', () => {
    const names = jpsProtocol.socialNetwork.map((p) => p.name).join(' ');
    // Every organisation and every kind of provider that Bijlage 1 lists.
    for (const organisation of ['SMW', 'Psychologisch Instituut Tilburg', 'Kindverbindt', 'Praktijk van de Wiel', 'BOV', 'GGD']) expect(names).toContain(organisation);
    const kinds = jpsProtocol.socialNetwork.map((p) => p.kind).join(' ');
    for (const kind of ['Psycholoog', 'Speltherapeut', 'Orthopedagoog']) expect(kinds).toContain(kind);
    for (const person of ['Heleen', 'Edith', 'Trudy', 'Marlies', 'Annemieke', 'Ivonne', 'Antje']) {
      expect(JSON.stringify(jpsProtocol)).not.toContain(person);
    }
  });
});
