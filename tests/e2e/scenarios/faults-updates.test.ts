/** A new version is deployed while someone types: it waits for them, or for the lock, and loses nothing. */
import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import {
  fieldValue,
  loadDemoSchool,
  pickPupil,
  startNewMelding,
  unlock,
  waitForHeading,
  waitForServiceWorker,
  waitForText,
  waitUntil,
} from '../harness/steps';
import { withSession } from '../harness/with-session';

const DESCRIPTION = 'Wat is er gebeurd?';

describe.each(engines)('updating in $name', (engine) => {
  it('a new version deployed mid-conversation waits, keeps the input, and updating loses nothing', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await waitForServiceWorker(tab);
      await startNewMelding(tab);
      await pickPupil(tab, 'lotte');
      await tab.type({ label: DESCRIPTION }, 'Gesprek loopt nog');
      await tab.run('() => { window.__kringSamePage = true; return true; }');
      site.deployNewVersion('versie 2');
      await tab.run('() => navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => true)');
      await waitForText(tab, 'Nieuwe versie beschikbaar — bijwerken', 20_000);
      await waitForText(tab, 'Wat u hebt ingevuld, wordt eerst bewaard.');
      // Nothing may happen by itself: watch for a second that the page is not reloaded under the user.
      await new Promise((r) => setTimeout(r, 1000));
      expect(await tab.run('() => window.__kringSamePage === true')).toBe(true);
      expect(await fieldValue(tab, DESCRIPTION)).toBe('Gesprek loopt nog');

      await tab.click({ button: 'Nieuwe versie beschikbaar — bijwerken' });
      await waitUntil(tab, '() => window.__kringSamePage === undefined', [], 'the reload onto the new version');
      await unlock(tab);
      await waitForText(tab, 'teruggezet');
      expect(await fieldValue(tab, DESCRIPTION)).toBe('Gesprek loopt nog');
      expect(await tab.run(`() => fetch('sw.js').then((r) => r.text()).then((t) => t.includes('versie 2'))`)).toBe(true);
      await tab.click({ button: 'Melding opslaan' });
      await waitForHeading(tab, 'Melding over');
    }));

  it('a waiting new version is applied when Kring locks, and the open form comes back', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await waitForServiceWorker(tab);
      await startNewMelding(tab);
      await tab.type({ label: DESCRIPTION }, 'Half af toen de bel ging');
      await tab.run('() => { window.__kringSamePage = true; return true; }');
      site.deployNewVersion('versie 3');
      await tab.run('() => navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => true)');
      await waitForText(tab, 'Nieuwe versie beschikbaar — bijwerken', 20_000);

      await tab.click({ button: 'Vergrendel' });
      await waitUntil(tab, '() => window.__kringSamePage === undefined', [], 'the reload onto the new version at the lock');
      await waitForHeading(tab, 'Kring is vergrendeld');
      expect(await tab.run(`() => fetch('sw.js').then((r) => r.text()).then((t) => t.includes('versie 3'))`)).toBe(true);
      await unlock(tab);
      await waitForText(tab, 'teruggezet');
      expect(await fieldValue(tab, DESCRIPTION)).toBe('Half af toen de bel ging');
    }));
});
