import type { PreventionActivity } from './types';

/** Section 3 of the protocol (prevention) as a checklist per school year. */
export const jpsPreventionPlan: PreventionActivity[] = [
  { id: 'sociogram-okt', title: 'Afname sociogram + aanpak n.a.v. de uitslag', months: [10], owner: 'Leerkrachten' },
  { id: 'sociogram-mrt', title: 'Afname sociogram + aanpak n.a.v. de uitslag', months: [3], owner: 'Leerkrachten' },
  { id: 'klimaatschaal', title: 'Afname Klimaatschaal + aanpak n.a.v. de uitslag', months: [], owner: 'Leerkrachten' },
  {
    id: 'scol-nov',
    title: 'Afname SCOL (incl. sociale veiligheid)',
    months: [11],
    owner: 'Leerkrachten, gecoördineerd door de IB’er',
    note: 'Na de afname maakt de leerkracht voor bepaalde leerlingen een plan van aanpak.',
  },
  {
    id: 'scol-apr',
    title: 'Afname SCOL (incl. sociale veiligheid)',
    months: [4],
    owner: 'Leerkrachten, gecoördineerd door de IB’er',
    note: 'Bekijken of de aanpak van november effect heeft gehad.',
  },
  { id: 'wmkpo', title: 'WMKPO Sociale Veiligheid (leerlingen gr. 5–8, ouders, leerkrachten)', months: [], owner: 'Directeur' },
  { id: 'ivp-bezoek-1', title: 'Interne vertrouwenspersonen bezoeken alle klassen (blauwe brievenbus)', months: [9], owner: 'IVP' },
  { id: 'ivp-bezoek-2', title: 'Interne vertrouwenspersonen bezoeken alle klassen (blauwe brievenbus)', months: [2], owner: 'IVP' },
  { id: 'oefenen-1', title: 'Team oefent de supportgroepaanpak', months: [10], owner: 'IVP' },
  { id: 'oefenen-2', title: 'Team oefent de supportgroepaanpak', months: [4], owner: 'IVP' },
  { id: 'intentieverklaring', title: 'Personeel tekent de intentieverklaring preventie machtsmisbruik', months: [9], owner: 'Directeur' },
  { id: 'week-tegen-pesten', title: 'Week tegen pesten', months: [9], owner: 'Team' },
  { id: 'week-mediawijsheid', title: 'Week van de mediawijsheid', months: [11], owner: 'Team' },
  { id: 'week-lentekriebels', title: 'Week van de lentekriebels', months: [3], owner: 'Team' },
  { id: 'klassencontract', title: 'Klassencontract na elke vakantie bespreken en zo nodig bijstellen', months: [], owner: 'Leerkrachten' },
  { id: 'evaluatie-protocol', title: 'Jaarlijkse evaluatie en bijstelling van het pestprotocol', months: [6], owner: 'Directeur en IB’er' },
];
