import type { NetworkProvider } from './types';

/**
 * Bijlage 1, as kinds of provider and organisations only: Kring ships no real person's name.
 * A school enters its own contacts in settings.
 */
export const jpsSocialNetwork: NetworkProvider[] = [
  { id: 'smw', kind: 'Schoolmaatschappelijk werk', name: 'SMW', offers: 'Ondersteuning van kind en gezin' },
  { id: 'psycholoog', kind: 'Psycholoog', name: 'Psycholoog', offers: 'Onderzoek en behandeling' },
  { id: 'pit', kind: 'Psychologisch instituut', name: 'Psychologisch Instituut Tilburg (PIT)', offers: 'Onderzoek en behandeling' },
  { id: 'speltherapeut', kind: 'Speltherapeut', name: 'Speltherapeut', offers: 'Speltherapie' },
  { id: 'orthopedagoog', kind: 'Orthopedagoog', name: 'Orthopedagoog', offers: 'Onderzoek en begeleiding' },
  { id: 'kindverbindt', kind: 'Jeugdhulp', name: 'Kindverbindt', offers: 'Begeleiding van kinderen en ouders' },
  { id: 'praktijk-van-de-wiel', kind: 'Praktijk voor kind en gezin', name: 'Praktijk van de Wiel', offers: 'Begeleiding en behandeling' },
  { id: 'bov', kind: 'Begeleider onderwijs en vorming', name: 'BOV', offers: 'Begeleiding op school' },
  { id: 'ggd', kind: 'Jeugdgezondheidszorg', name: 'GGD', offers: 'Jeugdarts en jeugdverpleegkundige' },
  { id: 'weerbaarheid', kind: 'Weerbaarheidstraining', name: 'Rots en Water', offers: 'Weerbaarheidstraining' },
];

/** An organisation as the record names it: "GGD (Jeugdgezondheidszorg)", or just "Psycholoog". */
export function providerLabel(provider: Pick<NetworkProvider, 'name' | 'kind'>): string {
  return provider.name.trim().toLowerCase() === provider.kind.trim().toLowerCase() ? provider.name : `${provider.name} (${provider.kind})`;
}
