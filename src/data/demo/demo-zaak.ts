import { finishConversation, openZaken } from '../../domain/case/zaak-events';
import type { Conversation, Zaak } from '../../domain/case/zaak';
import { addDays, isoDay } from '../../domain/dates';
import type { Melding } from '../../domain/melding';
import { jpsProtocol } from '../../domain/protocol';
import type { Pupil } from '../../domain/pupils';

/**
 * One demo melding judged "pesten", with its zaak through stap 1 and 2 eight days ago: the evaluations
 * are a day overdue, so a newcomer sees the agenda at work. Built with the domain's own rules.
 */
export function buildDemoZaak(melding: Melding, classmates: Pupil[], now: Date): { melding: Melding; zaak: Zaak } {
  const today = isoDay(now);
  const stap1Day = addDays(today, -9);
  const stap2Day = addDays(today, -8);
  const bullied = melding.pupilIds[0]!;
  const roles = ['pester', 'assistent', 'aanmoediger', 'verdediger', 'vriend', 'buitenstaander'] as const;
  const members = classmates.filter((p) => p.id !== bullied).slice(0, roles.length).map((p, i) => ({ pupilId: p.id, role: roles[i]! }));
  // The melding came in the day before the first conversation.
  const reportedOn = addDays(stap1Day, -1);
  const reportedAt = new Date(`${reportedOn}T10:10:00`).toISOString();
  const triaged: Melding = {
    ...melding,
    occurredOn: reportedOn,
    createdAt: reportedAt,
    updatedAt: new Date(`${stap1Day}T09:00:00`).toISOString(),
    status: 'zaak',
    triage: {
      opzet: true,
      herhaling: true,
      macht: true,
      outcome: 'pesten',
      reason: 'Het gebeurt al weken, steeds bij hetzelfde kind, en de groep lacht mee.',
      followUp: '',
      bulliedPupilIds: [bullied],
      leadStaffId: 'demo-lkr-6',
      decidedAt: new Date(`${stap1Day}T09:00:00`).toISOString(),
    },
  };
  const [opened] = openZaken(melding.id, triaged.triage!, 'leerkracht', new Date(`${stap1Day}T09:05:00`), () => 'demo-zaak-1');
  const conversation = (stepId: Conversation['stepId'], heldOn: string, rest: Partial<Conversation>): Conversation => ({
    stepId,
    round: 1,
    heldOn,
    recordedAt: new Date(`${heldOn}T12:00:00`).toISOString(),
    recordedBy: 'demo-lkr-6',
    answers: {},
    checklist: {},
    ...rest,
  });
  const steps: Conversation[] = [
    conversation('stap1', stap1Day, {
      outcome: 'pesten',
      answers: { 'wat-speelt': 'Wordt bij het voetballen steeds buitengesloten en uitgelachen.', 'aanpak-uitgelegd': true, gevoel: 2 },
      checklist: { 'ouders-betrokken': true, 'supportgroep-samengesteld': true, 'extra-surveillant': true },
      members,
    }),
  ];
  let zaak = opened!;
  for (const c of steps) zaak = apply(zaak, c, stap1Day);
  zaak = apply(
    zaak,
    conversation('stap2', stap2Day, {
      answers: { 'klas-toelichting': 'Nee: het speelt vooral op het plein.' },
      checklist: { 'klas-geinformeerd': true, 'directeur-ib': false, 'ivp-geinformeerd': true },
      actions: members.map((m, i) => ({ pupilId: m.pupilId, text: ['Ik vraag of hij meedoet', 'Ik zeg stop als het gebeurt', 'Ik ga naast hem zitten', 'Ik haal de juf', 'Ik speel met hem in de pauze', 'Ik lach niet meer mee'][i] ?? 'Ik help mee' })),
    }),
    stap2Day,
  );
  return { melding: triaged, zaak };
}

function apply(zaak: Zaak, c: Conversation, day: string): Zaak {
  const result = finishConversation(jpsProtocol, zaak, c, new Date(`${day}T12:00:00`));
  if (!result.ok) throw new Error(`Demo zaak breaks the protocol: ${JSON.stringify(result.errors)}`);
  return result.zaak;
}
