import { describe, expect, it } from 'vitest';
import { esisNotes } from '../../src/domain/esis/esis-notes';
import { jpsProtocol, stepById, type ProtocolDefinition } from '../../src/domain/protocol';
import { applyChanges, changesFrom, hasChanges, nextVersion, resetVersion, type ProtocolVersion } from '../../src/domain/protocol/customization';
import { currentProtocol, currentProtocolChanges, currentProtocolVersion, protocolOfZaak } from '../../src/domain/protocol/school-protocol';
import type { School } from '../../src/domain/school';
import { newZaak, validStap1 } from './zaak-builders';

const at = new Date('2026-11-25T10:00:00Z');
const school: School = { id: 'school', name: 'De Linde', isDemo: false, protocolId: 'jps', createdAt: at.toISOString() };

function edited(change: (p: ProtocolDefinition) => ProtocolDefinition): ProtocolDefinition {
  return change(structuredClone(jpsProtocol));
}

const ownWords = edited((p) => {
  stepById(p, 'stap1').prompts[0]!.text = 'Vertel eens: wat gebeurt er?';
  p.roles.find((r) => r.id === 'pester')!.label = 'Initiatiefnemer';
  p.esisTemplates.dagboek = '{naam} helpt sinds {start} in een supportgroep.';
  p.preventionPlan = p.preventionPlan.filter((a) => a.id !== 'klimaatschaal');
  p.socialNetwork = [...p.socialNetwork, { id: 'wijkteam', kind: 'Wijkteam', name: 'Wijkteam Oost', offers: 'Gezinsondersteuning', contact: '013 123 45 67' }];
  return p;
});

describe('a school’s own protocol', () => {
  it('stores only what differs from the default', () => {
    const changes = changesFrom(jpsProtocol, ownWords);
    expect(changes.prompts).toEqual({ 'stap1.wat-speelt': { text: 'Vertel eens: wat gebeurt er?', hint: 'Beeld krijgen van wat er speelt.' } });
    expect(Object.keys(changes.roles)).toEqual(['pester']);
    expect(changes.esisTemplates?.dagboek).toBe('{naam} helpt sinds {start} in een supportgroep.');
    expect(changes.socialNetwork).toHaveLength(jpsProtocol.socialNetwork.length + 1);
    expect(hasChanges(changesFrom(jpsProtocol, jpsProtocol))).toBe(false);
  });

  it('keeps which screens children look at, and which roles count as pesters in Esis, as the school marks them', () => {
    const marked = edited((p) => {
      stepById(p, 'stap3').childrenLook = true;
      p.roles.find((r) => r.id === 'assistent')!.esis = 'incidenten-pesten';
      return p;
    });
    const changes = changesFrom(jpsProtocol, marked);
    expect(changes.childrenLook).toEqual({ stap3: true });
    expect(changes.roles.assistent).toMatchObject({ esis: 'incidenten-pesten' });
    const applied = applyChanges(jpsProtocol, changes);
    expect(stepById(applied, 'stap3').childrenLook).toBe(true);
    expect(stepById(applied, 'stap2').childrenLook).toBe(true);
    expect(applied.roles.find((r) => r.id === 'assistent')!.esis).toBe('incidenten-pesten');
    expect(nextVersion([], changes, at).ok).toBe(true);
  });

  it('lays a saved version over the default, leaving the rest as JPS wrote it', () => {
    const result = nextVersion([], changesFrom(jpsProtocol, ownWords), at);
    if (!result.ok) throw new Error(result.errors.join());
    const protocol = applyChanges(jpsProtocol, result.version);
    expect(stepById(protocol, 'stap1').prompts[0]!.text).toBe('Vertel eens: wat gebeurt er?');
    expect(stepById(protocol, 'stap1').prompts[1]).toEqual(stepById(jpsProtocol, 'stap1').prompts[1]);
    expect(protocol.roles.find((r) => r.id === 'pester')).toMatchObject({ label: 'Initiatiefnemer', esis: 'incidenten-pesten', supportGroupMember: true });
    expect(protocol.socialNetwork.at(-1)?.contact).toBe('013 123 45 67');
    expect(protocol.preventionPlan.map((a) => a.id)).not.toContain('klimaatschaal');
    expect(protocol.preventionPlan).toHaveLength(jpsProtocol.preventionPlan.length - 1);
  });

  it('refuses templates with an unknown placeholder or without the child’s name, and empty prompts, in Dutch', () => {
    const bad = edited((p) => {
      p.esisTemplates.gepeste = '{naaam} wordt gepest.';
      p.esisTemplates.pester = 'Iemand is betrokken.';
      stepById(p, 'stap3').prompts[0]!.text = '   ';
      return p;
    });
    const result = nextVersion([], changesFrom(jpsProtocol, bad), at);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('De tekst voor de gepeste leerling: gebruik alleen de invulplekken {naam}, {start}, {melding}, {actie} en {stand}.');
    expect(result.errors).toContain('De tekst voor de pester: zet {naam} in de tekst, zodat duidelijk is over welk kind het gaat.');
    expect(result.errors).toContain('Vul de vraag in.');
  });

  it('applies to new zaken only: a zaak carries the wording it opened with, and a reset brings back JPS', () => {
    const first = nextVersion([], changesFrom(jpsProtocol, ownWords), at);
    if (!first.ok) throw new Error();
    const withOwn: School = { ...school, protocolVersions: [first.version] };
    expect(currentProtocolVersion(school)).toBeUndefined();
    expect(currentProtocolChanges(school)).toBeUndefined();
    expect(currentProtocolVersion(withOwn)).toBe(1);

    const before = newZaak({ id: 'old' });
    const after = newZaak({ id: 'new', protocol: currentProtocolChanges(withOwn)! });
    expect(protocolOfZaak(before)).toBe(jpsProtocol);
    expect(protocolOfZaak(after).esisTemplates.dagboek).toBe('{naam} helpt sinds {start} in een supportgroep.');
    // The copy holds no version metadata: only the wording, so it travels with the zaak to another tablet.
    expect(Object.keys(after.protocol!).sort()).toEqual(['esisTemplates', 'preventionPlan', 'prompts', 'roles', 'socialNetwork']);

    const reset: ProtocolVersion = resetVersion(withOwn.protocolVersions!, at);
    const afterReset: School = { ...withOwn, protocolVersions: [first.version, reset] };
    expect(reset.version).toBe(2);
    expect(currentProtocol(afterReset).esisTemplates).toEqual(jpsProtocol.esisTemplates);
    expect(currentProtocolChanges(afterReset)).toBeUndefined();
    // The zaak opened under version 1 still reads its own words.
    expect(protocolOfZaak(after).roles.find((r) => r.id === 'pester')?.label).toBe('Initiatiefnemer');

    const zaak = { ...after, members: [{ pupilId: 'p2', role: 'assistent' as const }], conversations: [validStap1('2026-11-03', [{ pupilId: 'p2', role: 'assistent' }])] };
    const notes = esisNotes(protocolOfZaak(zaak), zaak, { name: () => 'Sam' });
    expect(notes.find((n) => n.pupilId === 'p2')?.text).toBe('Sam helpt sinds 3 november 2026 in een supportgroep.');
  });
});
