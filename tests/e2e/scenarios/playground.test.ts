import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { bodyText, FIRST_FOUND_PUPIL, loadDemoSchool, unlock, waitForHeading, waitForServiceWorker, waitForText, waitUntil } from '../harness/steps';
import { withSession } from '../harness/with-session';

/** The surveillant's quick log in every engine, with the server gone: log, undo, log, reload. */
describe.each(engines)('the playground quick log in $name', (engine) => {
  it('logs and undoes offline, and keeps what was logged through a reload', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await waitForServiceWorker(tab);
      await site.stop();

      const logOne = async (kind: string) => {
        await tab.type({ label: 'Zoek op naam' }, 'fenna');
        await tab.click(FIRST_FOUND_PUPIL);
        await tab.click({ button: kind });
        await tab.click({ button: 'Opslaan' });
        await waitForText(tab, 'Opgeslagen:');
      };
      await tab.click({ link: 'Pleinincident' });
      await waitForHeading(tab, 'Pleinincident');
      await logOne('Verbaal');
      await waitUntil(tab, `() => document.querySelectorAll('section[aria-labelledby="ql-recent"] li').length === 1`, [], 'one own entry');
      await tab.click({ button: 'Ongedaan maken' });
      await waitUntil(tab, `() => !document.getElementById('ql-recent')`, [], 'the entry to be undone');
      await logOne('Fysiek');

      await tab.reload();
      await unlock(tab);
      await waitForHeading(tab, 'Pleinincident');
      await waitForText(tab, 'Mijn laatste');
      const text = await bodyText(tab);
      expect(text).toContain('Fysiek: Fenna');
      expect(text).not.toContain('Verbaal: Fenna');
    }));
});
