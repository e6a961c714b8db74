import type { Tab, Target } from '../engines';

/** Steps a person takes in Kring, written once for every engine. */

export { DEMO_PASSPHRASE } from '../../../src/data/demo/demo-credentials';
import { DEMO_PASSPHRASE } from '../../../src/data/demo/demo-credentials';

export async function waitUntil(tab: Tab, source: string, args: unknown[], what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await tab.run<boolean>(source, ...args)) return;
    } catch (error) {
      // A navigation in progress makes scripts fail for a moment.
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited ${timeoutMs} ms for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

export function waitForText(tab: Tab, text: string, timeoutMs?: number): Promise<void> {
  return waitUntil(tab, '(t) => document.body.innerText.includes(t)', [text], `the text "${text}"`, timeoutMs);
}

export function waitForHeading(tab: Tab, text: string, timeoutMs?: number): Promise<void> {
  return waitUntil(
    tab,
    `(t) => [...document.querySelectorAll('h1, h2')].some((h) => h.textContent.replace(/\\s+/g, ' ').trim().startsWith(t))`,
    [text],
    `the heading "${text}"`,
    timeoutMs,
  );
}

/** The form's save line says its latest input is stored (it says "saving" from the first keystroke). */
export function waitForDraftSaved(tab: Tab, timeoutMs?: number): Promise<void> {
  return waitUntil(tab, `() => !!document.querySelector('[data-testid="draft-status"][data-state="saved"]')`, [], 'the draft to be saved', timeoutMs);
}

export function bodyText(tab: Tab): Promise<string> {
  return tab.run<string>('() => document.body.innerText');
}

export function fieldValue(tab: Tab, label: string): Promise<string> {
  return tab.run<string>(
    `(text) => { const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim() === text); return document.getElementById(l.htmlFor).value; }`,
    label,
  );
}

export async function loadDemoSchool(tab: Tab, url: string): Promise<void> {
  await tab.goto(url);
  await tab.click({ button: 'Demo-school laden' });
  await waitForHeading(tab, 'Uw herstelsleutel', 30_000);
  await tab.click({ label: 'Ik heb de herstelsleutel opgeschreven' });
  await tab.click({ button: 'Verder naar Kring' });
  // The whole demo school is read and checked first (every record decrypted): on a loaded machine,
  // WebKit has needed more than the usual 15 s, as it may for the key above.
  await chooseStaff(tab, DEMO_TEACHER, 30_000);
  await waitForHeading(tab, 'Start');
}

/** The demo's teacher of groep 6, who leads the demo zaak. */
export const DEMO_TEACHER = 'Sven Regenboogh';

/**
 * "Wie gebruikt deze tablet?", asked after an unlock with the school's passphrase: taps the name and,
 * where the name asks for one (an own passphrase, a role that sees everything), types `passphrase`.
 */
export async function chooseStaff(tab: Tab, name: string, timeoutMs?: number, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await waitForHeading(tab, 'Wie gebruikt deze tablet?', timeoutMs);
  // Within the list of names: an update banner's button may stand above it.
  await tab.click({ button: new RegExp(`^${name}`), within: 'Kies uw naam' });
  await waitUntil(tab, `() => !!document.querySelector('header, #choice-secret')`, [], `the app or a passphrase for ${name}`);
  if (await tab.run<boolean>(`() => !!document.querySelector('#choice-secret')`)) {
    await tab.type({ label: /^(Wachtwoord van de school|Uw eigen wachtwoord)$/ }, passphrase);
    await tab.click({ button: new RegExp(`^Doorgaan als ${name}`) });
  }
}

/** Types a passphrase on the lock screen and submits it, whatever comes of it. */
export async function enterPassphrase(tab: Tab, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await waitForHeading(tab, 'Kring is vergrendeld');
  await tab.type({ label: 'Wachtwoord' }, passphrase);
  await tab.click({ button: 'Ontgrendelen' });
}

/**
 * Unlocks and, when Kring asks who uses the tablet (after the school's shared passphrase), taps a
 * name: `as`, or else the first one, which is whoever used this tablet last.
 */
export async function unlock(tab: Tab, passphrase = DEMO_PASSPHRASE, as?: string): Promise<void> {
  await enterPassphrase(tab, passphrase);
  // Unlocked: the app itself, the question who uses the tablet, or a sealed gespreksmodus.
  await waitUntil(
    tab,
    `() => !!document.querySelector('header, [data-testid="gespreksmodus"]') || document.body.innerText.includes('Wie gebruikt deze tablet?')`,
    [],
    'the unlocked app',
  );
  if (await tab.run<boolean>(`() => !document.querySelector('header, [data-testid="gespreksmodus"]')`)) {
    await chooseStaff(tab, as ?? '', undefined, passphrase);
    await waitUntil(tab, `() => !!document.querySelector('header')`, [], 'the app after choosing who uses the tablet').catch(async (e) => {
      throw new Error(`${String(e)}; page: ${(await tab.run<string>('() => document.body.innerText')).slice(0, 600)}`);
    });
  }
}

export function waitForServiceWorker(tab: Tab): Promise<void> {
  return waitUntil(
    tab,
    `() => navigator.serviceWorker.ready.then((r) => !!(r.active && navigator.serviceWorker.controller))`,
    [],
    'the service worker to control the page',
    30_000,
  );
}

/** The first pupil the picker found that is not chosen yet. */
export const FIRST_FOUND_PUPIL: Target = { button: /./, within: 'Gevonden leerlingen', pressed: false };

export async function pickPupil(tab: Tab, search: string): Promise<string> {
  await tab.type({ label: 'Zoek op naam' }, search);
  await tab.click(FIRST_FOUND_PUPIL);
  await waitUntil(tab, `() => !!document.querySelector('[aria-label="Gekozen leerlingen"] li')`, [], 'a chosen pupil');
  return tab.run<string>(`() => document.querySelector('[aria-label="Gekozen leerlingen"] li').textContent.replace('×', '').trim()`);
}

/** From the start screen, as a teacher does. */
export async function startNewMelding(tab: Tab): Promise<void> {
  await tab.click({ link: 'Nieuwe melding' });
  await waitForHeading(tab, 'Nieuwe melding');
}
