import type { EsisDestinationInfo, EsisTemplates, ParticipantRole } from './types';

/** Where each child's note goes in Esis, as section 4 of the protocol says. */
export const jpsEsisDestinations: EsisDestinationInfo[] = [
  { id: 'incidenten-pesten', label: 'Incidenten → pesten', path: 'Leerling → Incidenten → categorie “pesten”' },
  { id: 'dagboek', label: 'Dagboek', path: 'Leerling → Dagboek' },
];

/**
 * The bullied child and the bullies get their note under Incidenten → pesten;
 * the other support-group members get theirs in the dagboek.
 */
export const jpsRoles: ParticipantRole[] = [
  {
    id: 'gepeste',
    label: 'Gepeste leerling',
    description: 'Het kind dat gepest wordt; zit niet bij de gesprekken van de supportgroep.',
    supportGroupMember: false,
    esis: 'incidenten-pesten',
  },
  { id: 'pester', label: 'Pester', description: 'Neemt het initiatief tot het pesten.', supportGroupMember: true, esis: 'incidenten-pesten' },
  { id: 'assistent', label: 'Assistent', description: 'Doet mee met de pester.', supportGroupMember: true, esis: 'dagboek' },
  { id: 'aanmoediger', label: 'Aanmoediger', description: 'Moedigt aan, lacht mee of kijkt toe.', supportGroupMember: true, esis: 'dagboek' },
  { id: 'leider', label: 'Leider', description: 'Heeft invloed in de groep.', supportGroupMember: true, esis: 'dagboek' },
  { id: 'verdediger', label: 'Verdediger', description: 'Komt op voor de gepeste leerling.', supportGroupMember: true, esis: 'dagboek' },
  { id: 'buitenstaander', label: 'Buitenstaander', description: 'Staat erbuiten en bemoeit zich er niet mee.', supportGroupMember: true, esis: 'dagboek' },
  { id: 'vriend', label: 'Vriend', description: 'Een vriend of vriendin van de gepeste leerling.', supportGroupMember: true, esis: 'dagboek' },
];

export const jpsEsisTemplates: EsisTemplates = {
  gepeste:
    'Pesten. {naam} wordt gepest; melding van {melding}. Aanpak volgens het pestprotocol (supportgroepaanpak) gestart op {start}.',
  pester:
    'Pesten. {naam} is betrokken bij pestgedrag tegen een medeleerling. Vanaf {start} neemt {naam} deel aan de supportgroep (No Blame); eigen actiepunt: {actie}.',
  dagboek: '{naam} neemt vanaf {start} deel aan een supportgroep om een medeleerling te helpen en heeft daarvoor een eigen actiepunt afgesproken.',
  incident: '{naam}: de melding van {melding} is op {start} in een gesprek besproken. Het ging niet om pesten maar om een incident; een passend vervolg is afgesproken.',
};
