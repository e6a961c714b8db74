import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (#/meldingen/nieuw): they work from any static host and from the service worker's
 * cached index.html, and they hold no personal data, so the place survives a lock or reload.
 */
export type Route =
  | { name: 'home' }
  | { name: 'meldingen' }
  | { name: 'nieuwe-melding' }
  | { name: 'melding'; id: string }
  | { name: 'beoordelen'; id: string }
  | { name: 'zaken' }
  | { name: 'zaak'; id: string }
  | { name: 'gesprek'; id: string; stepId: string; round: number }
  | { name: 'leerling'; id: string }
  | { name: 'esis'; id: string }
  | { name: 'overdracht' }
  | { name: 'preventie' }
  | { name: 'inzage'; id: string }
  | { name: 'plein' }
  | { name: 'hotspots' }
  | { name: 'brievenbus' }
  | { name: 'instellingen' }
  | { name: 'instelling'; section: SettingsSection }
  | { name: 'jaaroverzicht' }
  | { name: 'onbekend' };

/** The parts of settings that have a page of their own. */
export const settingsSections = ['medewerkers', 'leerlingen', 'importeren', 'nieuw-schooljaar', 'protocol', 'bewaren'] as const;
export type SettingsSection = (typeof settingsSections)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (!first) return { name: 'home' };
  if (first === 'meldingen' && !second) return { name: 'meldingen' };
  if (first === 'meldingen' && second === 'nieuw') return { name: 'nieuwe-melding' };
  if (first === 'meldingen' && second && parts.length === 2) return { name: 'melding', id: second };
  if (first === 'meldingen' && second && parts[2] === 'beoordelen' && parts.length === 3) return { name: 'beoordelen', id: second };
  if (first === 'zaken' && !second) return { name: 'zaken' };
  if (first === 'zaken' && second && parts.length === 2) return { name: 'zaak', id: second };
  if (first === 'zaken' && second && parts[2] === 'esis' && parts.length === 3) return { name: 'esis', id: second };
  if (first === 'zaken' && second && parts[2] === 'gesprek' && parts[3] && /^\d+$/.test(parts[4] ?? '') && parts.length === 5)
    return { name: 'gesprek', id: second, stepId: parts[3], round: Number(parts[4]) };
  if (first === 'leerlingen' && second && parts.length === 2) return { name: 'leerling', id: second };
  if (first === 'leerlingen' && second && parts[2] === 'inzage' && parts.length === 3) return { name: 'inzage', id: second };
  if (first === 'plein' && !second) return { name: 'plein' };
  if (first === 'plein' && second === 'overzicht' && parts.length === 2) return { name: 'hotspots' };
  if (first === 'brievenbus' && !second) return { name: 'brievenbus' };
  if (first === 'overdracht' && !second) return { name: 'overdracht' };
  if (first === 'preventie' && !second) return { name: 'preventie' };
  if (first === 'instellingen' && !second) return { name: 'instellingen' };
  if (first === 'instellingen' && parts.length === 2 && (settingsSections as readonly string[]).includes(second!))
    return { name: 'instelling', section: second as SettingsSection };
  if (first === 'jaaroverzicht' && !second) return { name: 'jaaroverzicht' };
  return { name: 'onbekend' };
}

export function href(route: Exclude<Route, { name: 'onbekend' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'meldingen':
      return '#/meldingen';
    case 'nieuwe-melding':
      return '#/meldingen/nieuw';
    case 'melding':
      return `#/meldingen/${encodeURIComponent(route.id)}`;
    case 'beoordelen':
      return `#/meldingen/${encodeURIComponent(route.id)}/beoordelen`;
    case 'zaken':
      return '#/zaken';
    case 'zaak':
      return `#/zaken/${encodeURIComponent(route.id)}`;
    case 'gesprek':
      return `#/zaken/${encodeURIComponent(route.id)}/gesprek/${route.stepId}/${route.round}`;
    case 'plein':
      return '#/plein';
    case 'hotspots':
      return '#/plein/overzicht';
    case 'brievenbus':
      return '#/brievenbus';
    case 'inzage':
      return `#/leerlingen/${encodeURIComponent(route.id)}/inzage`;
    case 'preventie':
      return '#/preventie';
    case 'overdracht':
      return '#/overdracht';
    case 'esis':
      return `#/zaken/${encodeURIComponent(route.id)}/esis`;
    case 'leerling':
      return `#/leerlingen/${encodeURIComponent(route.id)}`;
    case 'instellingen':
      return '#/instellingen';
    case 'instelling':
      return `#/instellingen/${route.section}`;
    case 'jaaroverzicht':
      return '#/jaaroverzicht';
  }
}

export function navigate(route: Exclude<Route, { name: 'onbekend' }>): void {
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
