import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (#/meldingen/nieuw): they work from any static host and from the service worker's
 * cached index.html, and they hold no personal data, so the place survives a lock or reload.
 * One table says both how a route is written and how it is read.
 */
export const settingsSections = ['medewerkers', 'leerlingen', 'importeren', 'nieuw-schooljaar', 'protocol', 'bewaren', 'beveiliging', 'synchronisatie'] as const;
export type SettingsSection = (typeof settingsSections)[number];

const paths = {
  home: '',
  meldingen: 'meldingen',
  'nieuwe-melding': 'meldingen/nieuw',
  melding: 'meldingen/:id',
  beoordelen: 'meldingen/:id/beoordelen',
  zaken: 'zaken',
  zaak: 'zaken/:id',
  esis: 'zaken/:id/esis',
  gesprek: 'zaken/:id/gesprek/:stepId/:round',
  /** The extra stap is held per child who keeps bullying. */
  'extra-gesprek': 'zaken/:id/extra/:pupilId/:round',
  leerling: 'leerlingen/:id',
  inzage: 'leerlingen/:id/inzage',
  plein: 'plein',
  hotspots: 'plein/overzicht',
  brievenbus: 'brievenbus',
  overdracht: 'overdracht',
  preventie: 'preventie',
  instellingen: 'instellingen',
  instelling: 'instellingen/:section',
  jaaroverzicht: 'jaaroverzicht',
} as const;

type Paths = typeof paths;
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<Rest> : P extends `${string}:${infer Name}` ? Name : never;
/** What each parameter holds; every other parameter is a string. */
interface ParamTypes {
  round: number;
  section: SettingsSection;
}
type Params<P extends string> = { [K in ParamNames<P>]: K extends keyof ParamTypes ? ParamTypes[K] : string };

export type KnownRoute = { [N in keyof Paths]: { name: N } & Params<Paths[N]> }[keyof Paths];
export type Route = KnownRoute | { name: 'onbekend' };

/** A parameter as read from the hash, or undefined when it is not a valid value. */
function readParam(name: string, raw: string): string | number | undefined {
  if (name === 'round') return /^\d+$/.test(raw) ? Number(raw) : undefined;
  if (name === 'section') return (settingsSections as readonly string[]).includes(raw) ? raw : undefined;
  return raw;
}

// Literal segments win over parameters: "meldingen/nieuw" is not the melding with id "nieuw".
const table = (Object.entries(paths) as [keyof Paths, string][])
  .map(([name, path]) => ({ name, segments: path.split('/').filter(Boolean) }))
  .sort((a, b) => b.segments.filter((s) => !s.startsWith(':')).length - a.segments.filter((s) => !s.startsWith(':')).length);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  for (const { name, segments } of table) {
    if (segments.length !== parts.length) continue;
    const route: Record<string, unknown> = { name };
    const matches = segments.every((segment, i) => {
      if (!segment.startsWith(':')) return segment === parts[i];
      const value = readParam(segment.slice(1), parts[i]!);
      route[segment.slice(1)] = value;
      return value !== undefined;
    });
    if (matches) return route as Route;
  }
  return { name: 'onbekend' };
}

export function href(route: KnownRoute): string {
  const values = route as unknown as Record<string, string | number>;
  const path = paths[route.name]
    .split('/')
    .map((segment) => (segment.startsWith(':') ? encodeURIComponent(String(values[segment.slice(1)])) : segment))
    .join('/');
  return `#/${path}`;
}

export function navigate(route: KnownRoute): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
