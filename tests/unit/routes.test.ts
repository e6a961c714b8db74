import { describe, expect, it } from 'vitest';
import { href, parseRoute, settingsSections, type KnownRoute } from '../../src/ui/routes';

/** One of every route, with awkward ids: the table must write and read each the same. */
const every: KnownRoute[] = [
  { name: 'home' },
  { name: 'meldingen' },
  { name: 'nieuwe-melding' },
  { name: 'melding', id: 'm-1' },
  { name: 'beoordelen', id: 'a b/c' },
  { name: 'zaken' },
  { name: 'zaak', id: 'demo-zaak-1' },
  { name: 'esis', id: 'z%1' },
  { name: 'gesprek', id: 'z1', stepId: 'stap-2', round: 0 },
  { name: 'gesprek', id: 'z1', stepId: 'extra', round: 12 },
  { name: 'leerling', id: 'p1' },
  { name: 'inzage', id: 'p1' },
  { name: 'plein' },
  { name: 'hotspots' },
  { name: 'brievenbus' },
  { name: 'overdracht' },
  { name: 'preventie' },
  { name: 'instellingen' },
  ...settingsSections.map((section) => ({ name: 'instelling' as const, section })),
  { name: 'jaaroverzicht' },
];

describe('routes', () => {
  it('reads back every route it writes', () => {
    for (const route of every) expect(parseRoute(href(route))).toEqual(route);
  });

  it('prefers a literal segment over an id', () => {
    expect(parseRoute('#/meldingen/nieuw')).toEqual({ name: 'nieuwe-melding' });
    expect(parseRoute('#/plein/overzicht')).toEqual({ name: 'hotspots' });
  });

  it('calls what it does not know unknown, instead of guessing', () => {
    for (const hash of ['#/nergens', '#/zaken/z1/gesprek/stap-1/een', '#/instellingen/geheim', '#/meldingen/m1/x', '#/zaken/z1/esis/extra'])
      expect(parseRoute(hash)).toEqual({ name: 'onbekend' });
  });

  it('treats an empty or bare hash as the start screen', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ name: 'home' });
  });
});
