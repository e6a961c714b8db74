import type { Conversation, Member, Zaak } from '../../src/domain/case/zaak';

/** Small builders for zaken and the conversations that satisfy each step. */

export const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

export function newZaak(change: Partial<Zaak> = {}): Zaak {
  return {
    id: 'z1',
    meldingId: 'm1',
    bulliedPupilId: 'gepeste',
    leadStaffId: 'juf',
    leadRole: 'leerkracht',
    status: 'open',
    openedAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    rev: 1,
    members: [],
    conversations: [],
    reopenings: [],
    ...change,
  };
}

const base = (stepId: Conversation['stepId'], round: number, heldOn: string): Conversation => ({
  stepId,
  round,
  heldOn,
  recordedAt: `${heldOn}T11:00:00.000Z`,
  answers: {},
  checklist: {},
});

export const members = [
  { pupilId: 'p1', role: 'pester' as const },
  { pupilId: 'p2', role: 'assistent' as const },
  { pupilId: 'p3', role: 'verdediger' as const },
  { pupilId: 'p4', role: 'vriend' as const },
  { pupilId: 'p5', role: 'buitenstaander' as const },
  { pupilId: 'p6', role: 'leider' as const },
];

export function validStap1(heldOn = '2026-11-02', groupMembers: Member[] = members): Conversation {
  return {
    ...base('stap1', 1, heldOn),
    outcome: 'pesten',
    answers: { 'wat-speelt': 'Buitengesloten bij het voetbal', gevoel: 2 },
    checklist: { 'ouders-betrokken': true, 'supportgroep-samengesteld': true, 'extra-surveillant': true },
    members: groupMembers,
  };
}

export function validStap2(zaak: Zaak, heldOn = '2026-11-03'): Conversation {
  return {
    ...base('stap2', 1, heldOn),
    answers: { 'klas-toelichting': 'Nee: de groep is klein en het speelt niet in de klas.' },
    checklist: { 'klas-geinformeerd': true, 'directeur-ib': true, 'ivp-geinformeerd': true },
    actions: zaak.members.map((m) => ({ pupilId: m.pupilId, text: `Ik speel met haar (${m.pupilId})` })),
  };
}

export const validStap3 = (round: number, heldOn: string): Conversation => ({ ...base('stap3', round, heldOn), answers: { gevoel: 4 } });

export function validStap4(zaak: Zaak, round: number, heldOn: string, decision: Conversation['decision']): Conversation {
  const stap2 = zaak.conversations.find((c) => c.stepId === 'stap2');
  return {
    ...base('stap4', round, heldOn),
    actions: (stap2?.actions ?? []).map((a) => ({ ...a, done: true, effect: 'Helpt' })),
    decision,
  };
}

/** An extra-stap conversation about one child who keeps bullying (default: the pester, p1). */
export function validExtra(round: number, heldOn: string, pupilId = 'p1'): Conversation {
  return round % 2 === 1
    ? {
        ...base('extra', round, heldOn),
        pupilId,
        attendees: ['leerkracht', 'ivp', 'directeur', 'ouders', 'leerling'],
        answers: { plan: 'Elke pauze samen met de meester' },
        checklist: { 'plan-met-ouders': true, 'ouders-gepeste-geinformeerd': true },
      }
    : { ...base('extra', round, heldOn), pupilId, answers: { gevoel: 3, 'afspraken-nagekomen': true } };
}
