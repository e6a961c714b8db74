import type { ProtocolStep } from './types';

/** Section 4 of the JPS pestprotocol, step by step, in the protocol's own words. */
export const ONE_WEEK_DAYS = 7;

const melding: ProtocolStep = {
  id: 'melding',
  label: 'Melding',
  title: 'Melding van (vermoedelijk) pesten',
  purpose:
    'Iedereen die bij de school betrokken is, kan een melding doen van (vermoedelijk) pesten. Een briefje uit de blauwe brievenbus komt bij de interne vertrouwenspersonen.',
  leads: ['leerkracht', 'ivp'],
  participants: 'De melder en de groepsleerkracht of interne vertrouwenspersoon',
  prompts: [
    { id: 'wie-meldt', text: 'Wie doet de melding?', kind: 'text' },
    { id: 'over-wie', text: 'Over welke leerling(en) gaat het?', kind: 'text' },
    { id: 'wat', text: 'Wat is er gebeurd?', kind: 'text' },
    { id: 'wanneer-waar', text: 'Wanneer en waar gebeurde het?', kind: 'text' },
  ],
  checklist: [],
};

const triage: ProtocolStep = {
  id: 'triage',
  label: 'Plagen of pesten',
  title: 'Is het plagen of pesten?',
  purpose:
    'Pesten houdt niet vanzelf op maar wordt erger als er niet wordt ingegrepen. Bij pesten gaat de supportgroepaanpak (No Blame) in werking.',
  leads: ['leerkracht', 'ivp'],
  participants: 'De groepsleerkracht of interne vertrouwenspersoon',
  prompts: [
    { id: 'opzet', text: 'Is het opzettelijk, om iemand te kwetsen?', kind: 'yesNo' },
    { id: 'herhaling', text: 'Gebeurt het telkens opnieuw tegen dezelfde persoon?', kind: 'yesNo' },
    { id: 'macht', text: 'Is er sprake van machtsongelijkheid?', kind: 'yesNo' },
    { id: 'toelichting', text: 'Waarom komt u tot deze conclusie?', kind: 'text' },
  ],
  checklist: [],
};

const stap1: ProtocolStep = {
  id: 'stap1',
  label: 'Stap 1',
  title: 'Gesprek met de gepeste leerling',
  purpose:
    'Beeld krijgen van wat er speelt en samen met de leerling een supportgroep samenstellen. De gepeste leerling zit niet bij de gesprekken van de supportgroep.',
  leads: ['leerkracht', 'ivp'],
  participants: 'De gepeste leerling en de groepsleerkracht of interne vertrouwenspersoon',
  prompts: [
    { id: 'wat-speelt', text: 'Wat speelt er?', kind: 'text', hint: 'Beeld krijgen van wat er speelt.', private: true },
    { id: 'betrokkenen', text: 'Welke leerling(en) is/zijn erbij betrokken?', kind: 'text', private: true },
    {
      id: 'aanpak-uitgelegd',
      text: 'Heeft u de leerling over de aanpak verteld?',
      kind: 'yesNo',
      hint: '“Ik ga … niet straffen, maar ze moeten wel hun gedrag veranderen.”',
    },
    { id: 'wie-kan-helpen', text: 'Welke kinderen zouden kunnen helpen?', kind: 'text', private: true },
    { id: 'ouders', text: 'Hoe en wanneer worden de ouders erbij betrokken?', kind: 'text', private: true },
    { id: 'gevoel', text: 'Hoe voelt de leerling zich?', kind: 'faceScale', private: true },
  ],
  checklist: [
    { id: 'ouders-betrokken', text: 'Ouders erbij betrokken', todo: 'Ouders erbij betrekken', required: true, mayStayOpen: true },
    { id: 'supportgroep-samengesteld', text: 'Supportgroep samen met de leerling samengesteld', required: true },
    {
      id: 'extra-surveillant',
      text: 'Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld',
      todo: 'Tijdelijk een extra surveillant op de speelplaats regelen',
      required: true,
      mayStayOpen: true,
    },
  ],
};

const stap2: ProtocolStep = {
  id: 'stap2',
  label: 'Stap 2',
  title: 'De supportgroep',
  purpose:
    'Verantwoordelijkheid geven aan de supportgroep, zonder de rollen van ieder kind te benoemen. Niemand krijgt straf; het pesten wordt een gezamenlijke zorg.',
  leads: ['leerkracht', 'ivp'],
  participants: 'De supportgroep, geleid door de groepsleerkracht of interne vertrouwenspersoon',
  childrenLook: true,
  prompts: [
    { id: 'uitleg', text: 'Niemand krijgt straf. Ik heb jullie hulp nodig.', kind: 'text', hint: 'Vertel dit aan de groep.' },
    { id: 'zorg', text: 'Wat kunnen jullie doen zodat … zich weer fijn voelt op school?', kind: 'text' },
    {
      id: 'actiepunten',
      text: 'Welk concreet actiepunt neem jij op je?',
      kind: 'text',
      hint: 'Van elk kind wordt minimaal één actiepunt gevraagd; u notuleert ze.',
    },
    {
      id: 'klas-toelichting',
      text: 'Wordt de klas op de hoogte gesteld van de supportgroep? Waarom wel of niet?',
      kind: 'text',
      hint: 'Afhankelijk van de ernst van de situatie.',
      private: true,
    },
  ],
  checklist: [
    { id: 'klas-geinformeerd', text: 'Besloten of de klas op de hoogte wordt gesteld (en waarom)', required: true },
    { id: 'directeur-ib', text: 'Directeur en IB’er op de hoogte gesteld', todo: 'Directeur en IB’er op de hoogte stellen', required: true, mayStayOpen: true },
    {
      id: 'ivp-geinformeerd',
      text: 'Interne vertrouwenspersoon geïnformeerd',
      todo: 'Interne vertrouwenspersoon informeren',
      required: false,
      requiredWhen: 'leadIsLeerkracht',
      mayStayOpen: true,
    },
  ],
};

const stap3: ProtocolStep = {
  id: 'stap3',
  label: 'Stap 3',
  title: 'Evaluatiegesprek met de gepeste leerling',
  purpose: 'Na een week: hoe gaat het nu met de gepeste leerling?',
  leads: ['leerkracht', 'ivp'],
  participants: 'De gepeste leerling en de groepsleerkracht of interne vertrouwenspersoon',
  dueAfterDays: ONE_WEEK_DAYS,
  prompts: [
    { id: 'gevoel', text: 'Hoe voel je je nu?', kind: 'faceScale', private: true },
    { id: 'veranderd', text: 'Wat is er veranderd?', kind: 'text', private: true },
    { id: 'nodig', text: 'Wat heb je nodig om de situatie nog verder te verbeteren?', kind: 'text', private: true },
  ],
  checklist: [],
};

const stap4: ProtocolStep = {
  id: 'stap4',
  label: 'Stap 4',
  title: 'Evaluatiegesprek met de supportgroep',
  purpose:
    'Evalueren of de situatie van de gepeste leerling is verbeterd, en bepalen of de supportgroep opgeheven kan worden of dat er over een week een tweede en tevens laatste evaluatie nodig is.',
  leads: ['leerkracht', 'ivp'],
  participants: 'De supportgroep en de groepsleerkracht of interne vertrouwenspersoon',
  childrenLook: true,
  dueAfterDays: ONE_WEEK_DAYS,
  prompts: [
    { id: 'verbeterd', text: 'Is de situatie van de gepeste leerling verbeterd?', kind: 'text' },
    { id: 'acties', text: 'Zijn de concrete acties daadwerkelijk uitgevoerd, en welk effect had dat?', kind: 'text' },
    { id: 'meer', text: 'Wat kan er eventueel nog meer gedaan worden om de situatie te verbeteren?', kind: 'text' },
  ],
  checklist: [],
};

const extra: ProtocolStep = {
  id: 'extra',
  label: 'Extra stap',
  title: 'Confronterend gesprek (indien nodig)',
  purpose:
    'Voor kinderen die blijven pesten: een confronterend gesprek met het kind en de ouders, een eigen plan met concrete acties, en na een week een evaluatie met de gepeste leerling.',
  leads: ['leerkracht', 'ivp', 'directeur'],
  participants: 'Het kind dat blijft pesten en zijn ouders, met de leerkracht, de interne vertrouwenspersoon en de directeur',
  roundParticipants: [
    'Het kind dat blijft pesten en zijn ouders, met de leerkracht, de interne vertrouwenspersoon en de directeur',
    'De gepeste leerling en de groepsleerkracht of interne vertrouwenspersoon',
  ],
  optional: true,
  dueAfterDays: ONE_WEEK_DAYS,
  rounds: ['Confronterend gesprek met leerling en ouders', 'Evaluatie met de gepeste leerling na een week'],
  prompts: [
    { id: 'gesprek', text: 'Wat is er in het confronterende gesprek besproken?', kind: 'text', private: true, round: 1, concerns: 'pester' },
    {
      id: 'plan',
      text: 'Welke concrete acties staan in het plan dat de leerling heeft geschreven?',
      kind: 'text',
      private: true,
      round: 1,
      concerns: 'pester',
    },
    { id: 'gevoel', text: 'Hoe voelt de gepeste leerling zich nu?', kind: 'faceScale', private: true, round: 2 },
    { id: 'afspraken-nagekomen', text: 'Zijn de afspraken nagekomen?', kind: 'yesNo', private: true, round: 2, concerns: 'pester' },
    {
      id: 'consequentie',
      text: 'Welke passende consequentie volgt?',
      kind: 'text',
      hint: 'Alleen als afspraken niet zijn nagekomen.',
      private: true,
      round: 2,
      concerns: 'pester',
    },
    {
      id: 'zorgtraject',
      text: 'Is een individueel zorgtraject nodig? Wat wordt afgesproken?',
      kind: 'text',
      hint: 'In overleg met ouders, directeur, leerkracht, interne vertrouwenspersoon en IB’er. Denk aan training om zelfvertrouwen te vergroten, speltherapie of weerbaarheidstraining. Elke situatie wordt apart bekeken.',
      private: true,
      round: 2,
      concerns: 'pester',
    },
  ],
  checklist: [
    { id: 'plan-met-ouders', text: 'De ouders van de leerling gaan samen met het plan aan de slag', todo: 'Afspreken dat de ouders van de leerling samen met het plan aan de slag gaan', required: true, round: 1, mayStayOpen: true },
    { id: 'ouders-gepeste-geinformeerd', text: 'Ouders van de gepeste leerling geïnformeerd', todo: 'Ouders van de gepeste leerling informeren', required: true, round: 1, mayStayOpen: true },
  ],
};

/** In the order the protocol runs them. */
export const jpsSteps: ProtocolStep[] = [melding, triage, stap1, stap2, stap3, stap4, extra];
