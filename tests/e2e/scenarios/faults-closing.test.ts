/** A tab closed, a browser crashed, a new version deployed: what was typed survives each. */
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
  waitForDraftSaved,
  waitForText,
  waitUntil,
} from '../harness/steps';
import { withSession } from '../harness/with-session';

const DESCRIPTION = 'Wat is er gebeurd?';
const words = ['Ze', 'pakten', 'zijn', 'tas', 'af', 'bij', 'het', 'hek', 'en', 'gooiden', 'hem', 'over', 'de', 'heg', 'van', 'de', 'buren'];

describe.each(engines)('closing, crashing and updating in $name', (engine) => {
  it('a page closed mid-typing keeps its draft', () =>
    withSession(engine, async (session, site) => {
      const { tab } = session;
      await loadDemoSchool(tab, site.url);
      await startNewMelding(tab);
      await tab.type({ label: DESCRIPTION }, 'Bel ging, tablet dicht');
      await waitForDraftSaved(tab);
      const next = await session.openTab();
      await tab.close();
      await next.goto(`${site.url}#/meldingen/nieuw`);
      await unlock(next);
      await waitForText(next, 'teruggezet');
      expect(await fieldValue(next, DESCRIPTION)).toBe('Bel ging, tablet dicht');
    }));

  it.skipIf(!!engine.lacks?.crash)('a crash mid-typing loses at most the last second', () =>
    withSession(engine, async (session, site) => {
      await loadDemoSchool(session.tab, site.url);
      await startNewMelding(session.tab);
      // Type word by word, noting when each word was in the field.
      const typed: { text: string; at: number }[] = [];
      let text = '';
      for (const word of words) {
        text = text ? `${text} ${word}` : word;
        await session.tab.run(
          `(value) => { const el = document.getElementById('melding-description'); el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); return true; }`,
          text,
        );
        typed.push({ text, at: Date.now() });
        await new Promise((r) => setTimeout(r, 150));
      }
      const crashedAt = Date.now();
      const tab = await session.crash!();
      await tab.goto(`${site.url}#/meldingen/nieuw`);
      await unlock(tab);
      await waitForText(tab, 'teruggezet');
      const restored = await fieldValue(tab, DESCRIPTION);
      const secondBefore = typed.filter((t) => t.at <= crashedAt - 1000).at(-1)!.text;
      expect(text.startsWith(restored)).toBe(true);
      expect(restored.length).toBeGreaterThanOrEqual(secondBefore.length);
    }));

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
