import { describe, expect, it } from 'vitest';
import { agenda, agendaTasks, schoolDaysBetween, triageWaitingDays, waitsTooLong } from '../../src/domain/case/agenda';
import { markTaskDone, openTasks, zaakTasks } from '../../src/domain/case/tasks';
import { supportGroupWarnings } from '../../src/domain/case/conversation-rules';
import { extraEndings, endingText } from '../../src/domain/case/extra-stap';
import { closingReasonFor, feelings, mayHold, nextConversations } from '../../src/domain/case/flow';
import { checkTriage, suggestedOutcome } from '../../src/domain/case/triage';
import { closeZaak, finishConversation, openZaken, reopenZaak, rescheduleConversation } from '../../src/domain/case/zaak-events';
import type { Zaak } from '../../src/domain/case/zaak';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, members, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from './zaak-builders';

const finish = (zaak: Zaak, c: Parameters<typeof finishConversation>[2], day: string) => {
  const result = finishConversation(jpsProtocol, zaak, c, at(day));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.zaak;
};

/** A zaak through stap 1 and 2, held on 2 and 3 November. */
function throughStap2(): Zaak {
  const z1 = finish(newZaak(), validStap1(), '2026-11-02');
  return finish(z1, validStap2(z1), '2026-11-03');
}

describe('triage', () => {
  it('suggests pesten only when all three signs are there', () => {
    expect(suggestedOutcome({ opzet: true, herhaling: true, macht: true })).toBe('pesten');
    expect(suggestedOutcome({ opzet: false, herhaling: false, macht: false })).toBe('plagen');
    expect(suggestedOutcome({ opzet: true, herhaling: false, macht: false })).toBe('incident');
    expect(suggestedOutcome({ opzet: true, herhaling: undefined, macht: true })).toBeNull();
  });

  it('asks for the bullied child and a lead for pesten, and a follow-up otherwise', () => {
    const base = { reason: 'Telkens weer', bulliedPupilIds: [], followUp: '' };
    expect(checkTriage({ ...base, outcome: 'pesten' }, ['p1'])).toEqual({
      ok: false,
      errors: { bulliedPupilIds: 'Kies de leerling die gepest wordt.', leadStaffId: 'Kies wie de zaak leidt.' },
    });
    expect(checkTriage({ ...base, outcome: 'plagen' }, ['p1'])).toEqual({ ok: false, errors: { followUp: 'Beschrijf het vervolg dat u kiest.' } });
    expect(checkTriage({ ...base, outcome: 'pesten', bulliedPupilIds: ['p9'], leadStaffId: 's' }, ['p1']).ok).toBe(false);
    const ok = checkTriage({ ...base, outcome: 'pesten', bulliedPupilIds: ['p1', 'p2'], leadStaffId: 's' }, ['p1', 'p2']);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(openZaken('m1', ok.value, 'ivp', at('2026-11-01'), () => crypto.randomUUID()).map((z) => z.bulliedPupilId)).toEqual(['p1', 'p2']);
  });
});

describe('the order of the protocol', () => {
  it('starts with stap 1 and refuses a step out of order in Dutch', () => {
    expect(nextConversations(newZaak())).toEqual([{ stepId: 'stap1', round: 1 }]);
    const result = finishConversation(jpsProtocol, newZaak(), validStap3(1, '2026-11-02'), at('2026-11-02'));
    expect(result).toEqual({ ok: false, errors: { _: 'Stap 3 kan nu niet. Eerst: Stap 1.' } });
  });

  it('moves a planned evaluation to another day with a reason, stap 3 and 4 together, kept in the timeline', async () => {
    const { zaakTimeline } = await import('../../src/domain/case/timeline');
    const zaak = throughStap2();
    expect(rescheduleConversation(zaak, { stepId: 'stap3', round: 1, to: '2026-11-12', reason: '' }, '2026-11-04', at('2026-11-04'))).toEqual({
      ok: false,
      errors: { reason: 'Schrijf op waarom het gesprek verzet wordt.' },
    });
    expect(rescheduleConversation(zaak, { stepId: 'stap3', round: 1, to: '2026-11-01', reason: 'Ziek' }, '2026-11-04', at('2026-11-04')).ok).toBe(false);
    const moved = rescheduleConversation(zaak, { stepId: 'stap3', round: 1, to: '2026-11-12', reason: 'Schoolreis op de 10e' }, '2026-11-04', at('2026-11-04'));
    if (!moved.ok) throw new Error(JSON.stringify(moved.errors));
    expect(nextConversations(moved.zaak).map((n) => [n.stepId, n.dueOn])).toEqual([
      ['stap3', '2026-11-12'],
      ['stap4', '2026-11-12'],
    ]);
    expect(agenda([moved.zaak], '2026-11-11').overdue).toEqual([]);
    expect(zaakTimeline(jpsProtocol, moved.zaak).find((e) => e.title.startsWith('Gesprek verzet'))).toMatchObject({
      title: 'Gesprek verzet: Stap 3 van 10 november 2026 naar 12 november 2026',
      detail: 'Schoolreis op de 10e',
    });
  });

  it('flags a conversation that may start now once it has waited more than two school days', () => {
    const zaak = newZaak({ openedAt: '2026-11-05T10:00:00.000Z' });
    // Opened on a Thursday: Friday and Monday are two school days, Tuesday is the third.
    expect(agenda([zaak], '2026-11-09').toStart[0]).toMatchObject({ since: '2026-11-05', waitingTooLong: false });
    expect(agenda([zaak], '2026-11-10').toStart[0]!.waitingTooLong).toBe(true);
    // A school that allows a week: not yet.
    expect(agenda([zaak], '2026-11-10', 5).toStart[0]!.waitingTooLong).toBe(false);
    expect(schoolDaysBetween('2026-11-06', '2026-11-09')).toBe(1);
  });

  it('calls work waiting too long only after more school days than the school allows, weekends not counted', () => {
    // Friday to Tuesday: two school days, allowed by the default.
    expect(waitsTooLong('2026-11-06', '2026-11-10')).toBe(false);
    expect(waitsTooLong('2026-11-06', '2026-11-11')).toBe(true);
    expect(waitsTooLong('2026-11-06', '2026-11-11', 3)).toBe(false);
    expect(waitsTooLong('2026-11-06', '2026-11-06', 1)).toBe(false);
    // A melding not judged yet: how many school days, once too many; a judged one never.
    const melding = { status: 'nieuw' as const, createdAt: new Date('2026-11-06T10:00:00').toISOString() };
    expect(triageWaitingDays(melding, '2026-11-10')).toBeUndefined();
    expect(triageWaitingDays(melding, '2026-11-11')).toBe(3);
    expect(triageWaitingDays({ ...melding, status: 'zaak' as const }, '2026-11-20')).toBeUndefined();
  });

  it('schedules stap 3 and 4 one week after stap 2, and puts them on the agenda', () => {
    const zaak = throughStap2();
    expect(nextConversations(zaak)).toEqual([
      { stepId: 'stap3', round: 1, dueOn: '2026-11-10' },
      { stepId: 'stap4', round: 1, dueOn: '2026-11-10' },
    ]);
    expect(agenda([zaak], '2026-11-03').thisWeek).toHaveLength(0);
    // Planned a week ahead: on the agenda as "later", never "nothing planned".
    expect(agenda([zaak], '2026-11-03').later.map((i) => [i.stepId, i.dueOn])).toEqual([
      ['stap3', '2026-11-10'],
      ['stap4', '2026-11-10'],
    ]);
    expect(agenda([zaak], '2026-11-05').thisWeek.map((i) => i.stepId)).toEqual(['stap3', 'stap4']);
    expect(agenda([zaak], '2026-11-10').today).toHaveLength(2);
    expect(agenda([zaak], '2026-11-11').overdue.map((i) => i.dueOn)).toEqual(['2026-11-10', '2026-11-10']);
  });

  it('allows exactly one second evaluation, a week after the first', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'tweede-evaluatie'), '2026-11-10');
    expect(nextConversations(zaak).map((n) => [n.stepId, n.round, n.dueOn])).toEqual([
      ['stap3', 2, '2026-11-17'],
      ['stap4', 2, '2026-11-17'],
    ]);
    zaak = finish(zaak, validStap3(2, '2026-11-17'), '2026-11-17');
    const again = finishConversation(jpsProtocol, zaak, validStap4(zaak, 2, '2026-11-17', 'tweede-evaluatie'), at('2026-11-17'));
    expect(again).toEqual({
      ok: false,
      errors: { decision: 'Er is al een tweede en laatste evaluatie geweest: kies opheffen of de extra stap.' },
    });
    zaak = finish(zaak, validStap4(zaak, 2, '2026-11-17', 'opheffen'), '2026-11-17');
    expect(nextConversations(zaak)).toEqual([]);
    expect(closingReasonFor(zaak)).toBe('opgeheven-na-tweede-evaluatie');
  });

  it('runs the extra stap with its evaluation a week later, then closes saying how it ended', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    expect(nextConversations(zaak)).toEqual([{ stepId: 'extra', round: 1 }]);
    zaak = finish(zaak, validExtra(1, '2026-11-11'), '2026-11-11');
    expect(nextConversations(zaak)).toEqual([{ stepId: 'extra', round: 2, dueOn: '2026-11-18', pupilId: 'p1' }]);
    zaak = finish(zaak, validExtra(2, '2026-11-18'), '2026-11-18');
    expect(closingReasonFor(zaak)).toBe('na-extra-stap');
    expect(closeZaak(zaak, { reason: 'na-extra-stap', note: '' }, at('2026-11-18'))).toEqual({ ok: false, errors: { note: 'Schrijf op hoe de zaak is geëindigd.' } });
    const closed = closeZaak(zaak, { reason: 'na-extra-stap', note: 'Afspraken nagekomen, het gaat goed.' }, at('2026-11-18'));
    expect(closed.ok && closed.zaak.status).toBe('gesloten');
    expect(feelings(zaak).map((f) => f.feeling)).toEqual([2, 4, 3]);
  });

  it('extra stap: the leerkracht, IVP and directeur are expected; when one was not there the record says why, never a false tick', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    const withoutDirecteur = { ...validExtra(1, '2026-11-11'), attendees: ['leerkracht' as const, 'ivp' as const, 'ouders' as const] };
    expect(finishConversation(jpsProtocol, zaak, withoutDirecteur, at('2026-11-11'))).toEqual({
      ok: false,
      errors: { attendees: 'Bij dit gesprek horen de leerkracht, de interne vertrouwenspersoon en de directeur. Was iemand er niet bij? Schrijf op waarom.' },
    });
    expect(finishConversation(jpsProtocol, zaak, { ...withoutDirecteur, attendeesNote: 'De directeur was ziek; zij belt de ouders morgen.' }, at('2026-11-11')).ok).toBe(true);
  });

  it('holds the extra stap per child: two children who keep bullying, each with their own pair and ending', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    expect(mayHold(zaak, 'extra', 1)).toBe(false);
    expect(mayHold(zaak, 'extra', 1, 'not-a-member')).toBe(false);
    zaak = finish(zaak, validExtra(1, '2026-11-11', 'p1'), '2026-11-11');
    // The second child may still start while the first waits for their evaluation.
    expect(mayHold(zaak, 'extra', 1, 'p2')).toBe(true);
    expect(mayHold(zaak, 'extra', 1, 'p1')).toBe(false);
    zaak = finish(zaak, validExtra(1, '2026-11-12', 'p2'), '2026-11-12');
    expect(nextConversations(zaak)).toEqual([
      { stepId: 'extra', round: 2, dueOn: '2026-11-18', pupilId: 'p1' },
      { stepId: 'extra', round: 2, dueOn: '2026-11-19', pupilId: 'p2' },
    ]);
    zaak = finish(zaak, validExtra(2, '2026-11-18', 'p1'), '2026-11-18');
    const broken = { ...validExtra(2, '2026-11-19', 'p2'), answers: { gevoel: 2, 'afspraken-nagekomen': false } };
    expect(finishConversation(jpsProtocol, zaak, broken, at('2026-11-19'))).toEqual({
      ok: false,
      errors: { consequentie: 'Afspraken zijn niet nagekomen: beschrijf de passende consequentie.', nextSteps: 'Kies wat er na de consequentie volgt.' },
    });
    const withCare = { ...broken, answers: { ...broken.answers, consequentie: 'Twee weken binnen spelen' }, nextSteps: ['zorgtraject' as const] };
    expect(finishConversation(jpsProtocol, zaak, withCare, at('2026-11-19'))).toMatchObject({ ok: false, errors: { zorgtraject: expect.any(String) } });
    zaak = finish(zaak, { ...withCare, answers: { ...withCare.answers, zorgtraject: 'Weerbaarheidstraining' }, nextSteps: ['zorgtraject', 'nieuw-gesprek'], referralProviderId: 'sova' }, '2026-11-19');
    // Another confronting conversation was chosen for p2: the zaak is not done.
    expect(nextConversations(zaak)).toEqual([{ stepId: 'extra', round: 3, pupilId: 'p2' }]);
    expect(closingReasonFor(zaak)).toBeNull();
    zaak = finish(zaak, validExtra(3, '2026-11-20', 'p2'), '2026-11-20');
    zaak = finish(zaak, { ...validExtra(4, '2026-11-27', 'p2'), answers: { gevoel: 2, 'afspraken-nagekomen': false, consequentie: 'Schorsing' }, nextSteps: ['schorsingsprocedure'] }, '2026-11-27');
    expect(extraEndings(zaak).map((e) => [e.pupilId, endingText(e)])).toEqual([
      ['p1', 'afspraken nagekomen'],
      ['p2', 'afspraken niet nagekomen; consequentie: Schorsing; schorsings- en verwijderingsprocedure van de school'],
    ]);
    expect(closingReasonFor(zaak)).toBe('na-extra-stap');
    // Both evaluations of 18 November were one talk with the bullied child: one feeling that day.
    expect(feelings(zaak).filter((f) => f.heldOn === '2026-11-18')).toHaveLength(1);
  });

  it('ends at stap 1 when it was an incident after all', () => {
    const zaak = finish(newZaak(), { ...validStap1(), outcome: 'incident', followUp: 'Gesprek met beide ouders', members: [] }, '2026-11-02');
    expect(zaak.status).toBe('gesloten');
    expect(zaak.closing).toMatchObject({ reason: 'geen-pesten', note: 'Gesprek met beide ouders' });
  });

  it('keeps a closed zaak read-only until it is reopened with a reason', () => {
    let zaak = throughStap2();
    const early = closeZaak(zaak, { reason: 'opgeheven', note: '' }, at('2026-11-04'));
    expect(early.ok).toBe(false);
    const closed = closeZaak(zaak, { reason: 'anders', note: 'Gezin verhuisd' }, at('2026-11-04'));
    if (!closed.ok) throw new Error('expected closing with a note to work');
    zaak = closed.zaak;
    expect(finishConversation(jpsProtocol, zaak, validStap3(1, '2026-11-10'), at('2026-11-10'))).toEqual({
      ok: false,
      errors: { _: 'Deze zaak is gesloten. Heropen de zaak om verder te gaan.' },
    });
    expect(reopenZaak(zaak, { reason: ' ' }, at('2026-11-05')).ok).toBe(false);
    const reopened = reopenZaak(zaak, { reason: 'Het pesten is weer begonnen' }, at('2026-11-05'));
    expect(reopened.ok && reopened.zaak.status).toBe('open');
    expect(reopened.ok && reopened.zaak.rev).toBe(zaak.rev + 1);
  });
});

describe('what each conversation needs', () => {
  it('stap 1: a support group without the bullied child, the checklist and the feeling', () => {
    const result = finishConversation(
      jpsProtocol,
      newZaak(),
      { ...validStap1(), members: [{ pupilId: 'gepeste', role: 'vriend' }], checklist: {}, answers: {} },
      at('2026-11-02'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toMatchObject({
        members: 'De gepeste leerling zit niet in de supportgroep.',
        gevoel: 'Kies hoe de leerling zich voelt.',
        'checklist:supportgroep-samengesteld': 'Vink af: Supportgroep samen met de leerling samengesteld.',
        'checklist:extra-surveillant':
          'Geef aan of dit gedaan is of nog moet gebeuren: Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld.',
      });
  });

  it('stap 1: a task may honestly stay "nog te doen"; it stays open on the zaak until marked done, with its day', () => {
    const zaak = finish(newZaak(), { ...validStap1(), checklist: { 'ouders-betrokken': false, 'supportgroep-samengesteld': true, 'extra-surveillant': true } }, '2026-11-02');
    expect(openTasks(jpsProtocol, zaak).map((t) => t.text)).toEqual(['Ouders erbij betrokken']);
    const [task] = openTasks(jpsProtocol, zaak);
    const done = markTaskDone(jpsProtocol, zaak, task!.key, at('2026-11-04'), 'juf');
    if (!done.ok) throw new Error('not done');
    expect(openTasks(jpsProtocol, done.zaak)).toEqual([]);
    expect(zaakTasks(jpsProtocol, done.zaak).map((t) => [t.text, t.done])).toEqual([
      ['Ouders erbij betrokken', { at: '2026-11-04T10:00:00.000Z', by: 'juf', during: false }],
      ['Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld', { at: '2026-11-02T11:00:00.000Z', by: undefined, during: true }],
    ]);
    expect(markTaskDone(jpsProtocol, done.zaak, task!.key, at('2026-11-05')).ok).toBe(false);
    expect(markTaskDone(jpsProtocol, zaak, 'stap9:1::x', at('2026-11-05')).ok).toBe(false);
    // The agenda keeps the lead's open tasks.
    expect(agendaTasks(jpsProtocol, [zaak, done.zaak]).map((t) => t.text)).toEqual(['Ouders erbij betrokken']);
    // Closing never drops an open task in silence: done first, or the note says why not.
    expect(closeZaak(zaak, { reason: 'anders', note: '' }, at('2026-11-05'), openTasks(jpsProtocol, zaak))).toEqual({
      ok: false,
      errors: { note: 'Er staat nog een taak open (Ouders erbij betrokken). Markeer hem als gedaan, of schrijf hieronder waarom de zaak toch sluit.' },
    });
    expect(closeZaak(zaak, { reason: 'anders', note: 'Ouders zijn onbereikbaar; de zaak sluit.' }, at('2026-11-05'), openTasks(jpsProtocol, zaak)).ok).toBe(true);
  });

  it('warns about a group without defender or friend, or outside 6–8 children', () => {
    expect(supportGroupWarnings(newZaak(), members)).toEqual([]);
    const [first, second] = supportGroupWarnings(newZaak(), [{ pupilId: 'p1', role: 'pester' }]);
    expect(first).toMatch(/verdediger of vriend/);
    expect(second).toMatch(/6 tot 8 kinderen; deze heeft er 1/);
  });

  it('stap 2: an action from every member, and the IVP informed when a teacher leads', () => {
    const zaak = finish(newZaak(), validStap1(), '2026-11-02');
    const c = validStap2(zaak);
    const { 'ivp-geinformeerd': _, ...unanswered } = c.checklist;
    const missing = { ...c, actions: c.actions!.slice(1), checklist: unanswered };
    const result = finishConversation(jpsProtocol, zaak, missing, at('2026-11-03'));
    expect(result.ok || result.errors).toEqual({
      actions: 'Van elk kind wordt minimaal één actiepunt gevraagd; nog 1 kind zonder.',
      'checklist:ivp-geinformeerd': 'Geef aan of dit gedaan is of nog moet gebeuren: Interne vertrouwenspersoon geïnformeerd.',
    });
    expect(finishConversation(jpsProtocol, zaak, { ...c, checklist: { ...c.checklist, 'ivp-geinformeerd': false } }, at('2026-11-03')).ok).toBe(true);
    const ivpLeads = finishConversation(jpsProtocol, { ...zaak, leadRole: 'ivp' }, { ...c, checklist: unanswered }, at('2026-11-03'));
    expect(ivpLeads.ok).toBe(true);
  });

  it('stap 4: every action reviewed and a decision', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    const c = validStap4(zaak, 1, '2026-11-10', undefined);
    const result = finishConversation(jpsProtocol, zaak, { ...c, actions: [] }, at('2026-11-10'));
    expect(result.ok || result.errors).toEqual({
      actions: 'Geef bij elk actiepunt aan of het is uitgevoerd.',
      decision: 'Kies: opheffen, een tweede evaluatie of de extra stap.',
    });
  });

  it('extra stap: teacher, IVP and director present; a consequence when agreements were broken', () => {
    let zaak = throughStap2();
    zaak = finish(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = finish(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    const absent = finishConversation(jpsProtocol, zaak, { ...validExtra(1, '2026-11-11'), attendees: ['leerkracht'] }, at('2026-11-11'));
    expect(absent.ok || absent.errors.attendees).toMatch(/horen de leerkracht, de interne vertrouwenspersoon en de directeur/);
    zaak = finish(zaak, validExtra(1, '2026-11-11'), '2026-11-11');
    const broken = { ...validExtra(2, '2026-11-18'), answers: { gevoel: 2, 'afspraken-nagekomen': false } };
    const result = finishConversation(jpsProtocol, zaak, broken, at('2026-11-18'));
    expect(result.ok || result.errors.consequentie).toMatch(/consequentie/);
  });
});

describe('timelines', () => {
  it('tell a pupil’s story across zaken: bullied in one, in the support group of another', async () => {
    const { pupilTimeline, zaakTimeline } = await import('../../src/domain/case/timeline');
    const own = throughStap2();
    const other = finish(newZaak({ id: 'z2', bulliedPupilId: 'p9' }), validStap1('2026-11-04', [{ pupilId: 'gepeste', role: 'vriend' }, { pupilId: 'p1', role: 'pester' }, ...members.slice(2)]), '2026-11-04');
    const titles = zaakTimeline(jpsProtocol, own).map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['Zaak geopend', 'Stap 1 — Gesprek met de gepeste leerling', '✓ Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld']));
    const story = pupilTimeline(jpsProtocol, 'gepeste', [], [own, other]);
    expect(story.at(-1)).toMatchObject({ title: 'Lid van een supportgroep', zaakId: 'z2' });
    expect(story.filter((e) => e.zaakId === 'z1').length).toBeGreaterThan(3);
    expect(pupilTimeline(jpsProtocol, 'nobody', [], [own, other])).toEqual([]);
  });
});
