import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import type { FieldErrors } from '../validation';
import { actionsOf } from './flow';
import type { Conversation, Member, Zaak } from './zaak';

/**
 * What the protocol asks before a conversation may be finished ("Gesprek afronden"), per step.
 * Errors block; warnings are advice the teacher may set aside.
 */

export const SUPPORT_GROUP_SIZE = { min: 6, max: 8 } as const;

const filled = (value: unknown) => (typeof value === 'string' ? value.trim().length > 0 : value !== undefined);
const isFeeling = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** The extra stap alternates: odd rounds are the confronting conversation, even rounds its evaluation. */
export function definitionRound(stepId: Conversation['stepId'], round: number): number {
  return stepId === 'extra' ? (round % 2 === 1 ? 1 : 2) : 1;
}

function requiredChecklist(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation): FieldErrors {
  const errors: FieldErrors = {};
  const defRound = definitionRound(c.stepId, c.round);
  for (const item of stepById(protocol, c.stepId).checklist) {
    if ((item.round ?? 1) !== defRound) continue;
    const required = item.required || (item.requiredWhen === 'leadIsLeerkracht' && zaak.leadRole === 'leerkracht');
    if (!required) continue;
    // A task that may still be done later needs an honest answer, done or not yet; never a false tick.
    if (item.mayStayOpen) {
      if (c.checklist[item.id] === undefined) errors[`checklist:${item.id}`] = `Geef aan of dit gedaan is of nog moet gebeuren: ${item.text}.`;
    } else if (c.checklist[item.id] !== true) errors[`checklist:${item.id}`] = `Vink af: ${item.text}.`;
  }
  return errors;
}

export function supportGroupWarnings(zaak: Pick<Zaak, 'bulliedPupilId'>, members: Conversation['members'] = []): string[] {
  const warnings: string[] = [];
  if (!members.some((m) => m.role === 'verdediger' || m.role === 'vriend'))
    warnings.push('De groep heeft nog geen verdediger of vriend: kinderen die de gepeste leerling steunen, helpen de groep.');
  if (members.length < SUPPORT_GROUP_SIZE.min || members.length > SUPPORT_GROUP_SIZE.max)
    warnings.push(`Een supportgroep telt meestal ${SUPPORT_GROUP_SIZE.min} tot ${SUPPORT_GROUP_SIZE.max} kinderen; deze heeft er ${members.length}.`);
  return warnings;
}

/** Whether the group names a child who bullies: a role whose note goes under Incidenten → pesten (the school may add its own). */
export function namesWhoBullies(protocol: Pick<ProtocolDefinition, 'roles'>, members: readonly Member[] = []): boolean {
  return members.some((m) => protocol.roles.find((r) => r.id === m.role)?.esis === 'incidenten-pesten');
}

function stap1(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation, checklist: () => FieldErrors): FieldErrors {
  if (c.outcome === 'incident') return filled(c.followUp) ? {} : { followUp: 'Beschrijf het passende vervolg.' };
  const errors: FieldErrors = { ...checklist() };
  if (c.outcome !== 'pesten') errors.outcome = 'Kies of het om pesten gaat of om een incident.';
  if (!filled(c.answers['wat-speelt'])) errors['wat-speelt'] = 'Beschrijf wat er speelt.';
  if (!isFeeling(c.answers.gevoel)) errors.gevoel = 'Kies hoe de leerling zich voelt.';
  const members = c.members ?? [];
  if (members.length === 0) errors.members = 'Stel samen met de leerling een supportgroep samen.';
  if (members.some((m) => m.pupilId === zaak.bulliedPupilId))
    errors.members = 'De gepeste leerling zit niet in de supportgroep.';
  if (new Set(members.map((m) => m.pupilId)).size !== members.length) errors.members = 'Elk kind staat maar één keer in de groep.';
  // The pesters' Esis notes go under Incidenten → pesten: a group without one is said to be so, with why.
  if (!errors.members && members.length > 0 && !namesWhoBullies(protocol, members) && !filled(c.bulliesUnknown))
    errors.members = 'Geef bij minstens één kind de rol Pester, of vink aan dat nog niet bekend is wie pest en schrijf waarom.';
  return errors;
}

function stap2(zaak: Zaak, c: Conversation, checklist: () => FieldErrors): FieldErrors {
  const errors: FieldErrors = { ...checklist() };
  const withoutAction = zaak.members.filter((m) => !(c.actions ?? []).some((a) => a.pupilId === m.pupilId && filled(a.text)));
  if (withoutAction.length > 0)
    errors.actions = `Van elk kind wordt minimaal één actiepunt gevraagd; nog ${withoutAction.length} ${withoutAction.length === 1 ? 'kind' : 'kinderen'} zonder.`;
  if (c.checklist['klas-geinformeerd'] && !filled(c.answers['klas-toelichting']))
    errors['klas-toelichting'] = 'Schrijf op of de klas op de hoogte wordt gesteld, en waarom.';
  return errors;
}

function stap3(c: Conversation): FieldErrors {
  return isFeeling(c.answers.gevoel) ? {} : { gevoel: 'Kies hoe de leerling zich nu voelt.' };
}

function stap4(zaak: Zaak, c: Conversation): FieldErrors {
  const errors: FieldErrors = {};
  const reviewed = c.actions ?? [];
  if (actionsOf(zaak).some((a) => reviewed.find((r) => r.pupilId === a.pupilId && r.text === a.text)?.done === undefined))
    errors.actions = 'Geef bij elk actiepunt aan of het is uitgevoerd.';
  if (!c.decision) errors.decision = 'Kies: opheffen, een tweede evaluatie of de extra stap.';
  if (c.decision === 'tweede-evaluatie' && c.round > 1)
    errors.decision = 'Er is al een tweede en laatste evaluatie geweest: kies opheffen of de extra stap.';
  return errors;
}

function extra(zaak: Zaak, c: Conversation, checklist: () => FieldErrors): FieldErrors {
  const errors: FieldErrors = { ...checklist() };
  if (!c.pupilId || !zaak.members.some((m) => m.pupilId === c.pupilId)) errors.pupilId = 'Kies het kind dat blijft pesten.';
  if (definitionRound('extra', c.round) === 1) {
    const present = c.attendees ?? [];
    const missing = (['leerkracht', 'ivp', 'directeur'] as const).filter((r) => !present.includes(r));
    if (missing.length && !filled(c.attendeesNote))
      errors.attendees = 'Bij dit gesprek horen de leerkracht, de interne vertrouwenspersoon en de directeur. Was iemand er niet bij? Schrijf op waarom.';
    if (!filled(c.answers.plan)) errors.plan = 'Schrijf de concrete acties uit het plan van de leerling op.';
  } else {
    if (!isFeeling(c.answers.gevoel)) errors.gevoel = 'Kies hoe de gepeste leerling zich nu voelt.';
    if (typeof c.answers['afspraken-nagekomen'] !== 'boolean') errors['afspraken-nagekomen'] = 'Geef aan of de afspraken zijn nagekomen.';
    else if (!c.answers['afspraken-nagekomen']) {
      if (!filled(c.answers.consequentie)) errors.consequentie = 'Afspraken zijn niet nagekomen: beschrijf de passende consequentie.';
      const next = c.nextSteps ?? [];
      if (next.length === 0) errors.nextSteps = 'Kies wat er na de consequentie volgt.';
      else if (next.includes('geen') && next.length > 1) errors.nextSteps = '"Alleen de consequentie" gaat niet samen met een andere vervolgstap.';
      if (next.includes('zorgtraject') && !filled(c.answers.zorgtraject)) errors.zorgtraject = 'Beschrijf het individuele zorgtraject dat wordt afgesproken.';
    }
  }
  return errors;
}

/** Every reason this conversation cannot be finished yet, by field; empty when it can. */
export function checkConversation(protocol: ProtocolDefinition, zaak: Zaak, c: Conversation): FieldErrors {
  const checklist = () => requiredChecklist(protocol, zaak, c);
  switch (c.stepId) {
    case 'stap1':
      return stap1(protocol, zaak, c, checklist);
    case 'stap2':
      return stap2(zaak, c, checklist);
    case 'stap3':
      return stap3(c);
    case 'stap4':
      return stap4(zaak, c);
    case 'extra':
      return extra(zaak, c, checklist);
  }
}
