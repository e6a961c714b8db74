import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { openTasks, markTaskDone } from '../../src/domain/case/tasks';
import { addDays } from '../../src/domain/dates';
import type { Zaak } from '../../src/domain/case/zaak';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, members, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from './zaak-builders';

/** "Gehouden op" follows the protocol in time: never after today, never before what it follows. */

const finish = (zaak: Zaak, c: Parameters<typeof finishConversation>[2], day: string) => {
  const result = finishConversation(jpsProtocol, zaak, c, at(day));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.zaak;
};
const errorsOf = (zaak: Zaak, c: Parameters<typeof finishConversation>[2], day: string) => {
  const result = finishConversation(jpsProtocol, zaak, c, at(day));
  return result.ok ? {} : result.errors;
};

describe('the day a conversation was held', () => {
  const stap2 = () => {
    const z1 = finish(newZaak(), validStap1('2026-11-02'), '2026-11-02');
    return finish(z1, validStap2(z1, '2026-11-03'), '2026-11-03');
  };

  it('is never after today, typed or not', () => {
    expect(errorsOf(newZaak(), validStap1('2026-12-14'), '2026-12-07').heldOn).toBe(
      'Een gesprek wordt vastgelegd nadat het is gehouden: 14 december 2026 ligt in de toekomst.',
    );
    expect(errorsOf(newZaak(), validStap1('2026-12-07'), '2026-12-07').heldOn).toBeUndefined();
  });

  it('is never before the zaak was opened, nor before the conversation it follows', () => {
    expect(errorsOf(newZaak(), validStap1('2026-11-01'), '2026-11-05').heldOn).toMatch(/geopend op 2 november 2026/);
    const zaak = stap2();
    expect(errorsOf(zaak, validStap3(1, '2026-11-02'), '2026-11-10').heldOn).toMatch(/volgt op het gesprek van 3 november 2026/);
    // Stap 3 and 4 of one evaluation may come in either order, on the same day or a day apart.
    const z3 = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    expect(errorsOf(z3, validStap3(1, '2026-11-09'), '2026-11-10').heldOn).toBeUndefined();
    const z4 = finish(z3, validStap3(1, '2026-11-09'), '2026-11-10');
    // The extra stap follows the evaluation that decided it: the reported case of a confronting
    // conversation dated before the stap 4 that asked for it.
    expect(errorsOf(z4, validExtra(1, '2026-11-08'), '2026-11-12').heldOn).toMatch(/10 november 2026/);
    expect(errorsOf(z4, validExtra(1, '2026-11-11'), '2026-11-12').heldOn).toBeUndefined();
  });

  it('whatever the days, a finished zaak lists its conversations in time order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 4, maxLength: 4 }), (offsets) => {
        let zaak = newZaak();
        const today = '2026-11-20';
        const days = offsets.map((o) => addDays(today, o));
        const steps = [
          (z: Zaak, d: string) => validStap1(d),
          (z: Zaak, d: string) => validStap2(z, d),
          (_z: Zaak, d: string) => validStap3(1, d),
          (z: Zaak, d: string) => validStap4(z, 1, d, 'opheffen'),
        ];
        steps.forEach((make, i) => {
          const result = finishConversation(jpsProtocol, zaak, make(zaak, days[i]!), at(today));
          if (result.ok) zaak = result.zaak;
        });
        const held = zaak.conversations.map((c) => c.heldOn);
        for (const day of held) expect(day <= today && day >= '2026-11-02').toBe(true);
        // Stap 1 before stap 2 before either evaluation.
        expect(held.slice(0, 2)).toEqual([...held.slice(0, 2)].sort());
        for (const later of held.slice(2)) expect(later >= (held[1] ?? '')).toBe(true);
      }),
    );
  });
});

describe('stap 1 names who bullies', () => {
  const noPester = members.map((m) => ({ ...m, role: m.role === 'pester' ? ('buitenstaander' as const) : m.role }));

  it('refuses a group in which no child is the pester, unless it says why that is not known yet', () => {
    expect(errorsOf(newZaak(), validStap1('2026-11-02', noPester), '2026-11-02').members).toBe(
      'Geef bij minstens één kind de rol Pester, of vink aan dat nog niet bekend is wie pest en schrijf waarom.',
    );
    expect(errorsOf(newZaak(), { ...validStap1('2026-11-02', noPester), bulliesUnknown: ' ' }, '2026-11-02').members).toBeDefined();
  });

  it('keeps "nog niet bekend" open on the lead’s agenda until someone marks it done', () => {
    const zaak = finish(newZaak(), { ...validStap1('2026-11-02', noPester), bulliesUnknown: 'Het gebeurt in de app, de namen zijn onbekend.' }, '2026-11-02');
    const task = openTasks(jpsProtocol, zaak).find((t) => t.key.endsWith(':wie-pest'));
    expect(task?.todo).toBe('Uitzoeken wie pest (bij stap 1 nog niet bekend: Het gebeurt in de app, de namen zijn onbekend.)');
    const done = markTaskDone(jpsProtocol, zaak, task!.key, at('2026-11-04'), 'juf');
    expect(done.ok && openTasks(jpsProtocol, done.zaak).some((t) => t.key === task!.key)).toBe(false);
    expect(done.ok && done.zaak.tasksDone?.[task!.key]).toEqual({ at: '2026-11-04T10:00:00.000Z', by: 'juf' });
  });
});

describe('a day that came in another way (a file, another tablet)', () => {
  it('is found, said with why, refused in a file, and gone once corrected', async () => {
    const { zaakDateProblems } = await import('../../src/domain/case/held-on');
    const { correctConversation } = await import('../../src/domain/case/corrections');
    const { archiveProblems } = await import('../../src/domain/transfer/integrity');
    const held = finish(newZaak(), validStap1('2026-11-02', members), '2026-11-02');
    // As another tablet with its clock a week ahead wrote it.
    const ahead: Zaak = { ...held, conversations: [{ ...held.conversations[0]!, heldOn: '2026-11-20' }] };
    expect(zaakDateProblems(ahead, '2026-11-12').map((p) => p.problem)).toEqual(['Een gesprek wordt vastgelegd nadat het is gehouden: 20 november 2026 ligt in de toekomst.']);
    const records = { groups: [], pupils: [], staff: [], meldingen: [], zaken: [ahead], incidents: [], prevention: [] };
    expect(archiveProblems(records, records, '2026-11-12')).toContain('Een zaak heeft een gesprek met een datum die niet kan: Een gesprek wordt vastgelegd nadat het is gehouden: 20 november 2026 ligt in de toekomst.');
    const fixed = correctConversation(jpsProtocol, ahead, ahead.conversations[0]!, 'heldOn', '2026-11-02', 'De klok van de tablet liep voor.', at('2026-11-12'), 'juf');
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.errors));
    expect(zaakDateProblems(fixed.zaak, '2026-11-12')).toEqual([]);
  });
});
