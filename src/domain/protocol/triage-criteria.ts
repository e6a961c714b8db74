import type { TriageCriterion } from './types';

/** Section 2 of the protocol: the difference between plagen and pesten. */
export const jpsTriageCriteria: TriageCriterion[] = [
  {
    id: 'opzet',
    question: 'Is het opzettelijk, om iemand te kwetsen?',
    pesten: 'Opzettelijk, om iemand te kwetsen',
    plagen: 'Niet opzettelijk of kwetsend bedoeld',
  },
  {
    id: 'herhaling',
    question: 'Gebeurt het telkens opnieuw tegen dezelfde persoon?',
    pesten: 'Telkens opnieuw tegen dezelfde persoon',
    plagen: 'Gebeurt af en toe en steeds bij iemand anders',
  },
  {
    id: 'macht',
    question: 'Is er sprake van machtsongelijkheid?',
    pesten: 'Machtsongelijkheid',
    plagen: 'Kinderen ongeveer even sterk',
  },
];

export const jpsMotto =
  'We zijn er niet allemaal verantwoordelijk voor dat er wordt gepest, we zijn er wel allemaal verantwoordelijk voor dat het stopt';
