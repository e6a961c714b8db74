/** The disk is full, the database connection is lost: a clear message, and nothing half-written. */
import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { FILL_THE_DISK, FREE_THE_DISK, LOSE_THE_CONNECTION } from '../harness/faults';
import {
  bodyText,
  fieldValue,
  loadDemoSchool,
  pickPupil,
  startNewMelding,
  unlock,
  waitForHeading,
  waitForDraftSaved,
  waitForText,
} from '../harness/steps';
import { withSession } from '../harness/with-session';

const DESCRIPTION = 'Wat is er gebeurd?';

describe.each(engines)('storage faults in $name', (engine) => {
  it('a full disk gives a clear message and writes nothing half', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await startNewMelding(tab);
      await pickPupil(tab, 'daan');
      await tab.type({ label: DESCRIPTION }, 'Voor de volle schijf');
      await waitForDraftSaved(tab);
      await tab.run(FILL_THE_DISK);
      await tab.type({ label: DESCRIPTION }, 'Na de volle schijf');
      await tab.click({ button: 'Melding opslaan' });
      await waitForText(tab, 'De opslag van dit apparaat is vol. Er is niets opgeslagen.');
      expect(await fieldValue(tab, DESCRIPTION)).toBe('Na de volle schijf');

      await tab.run(FREE_THE_DISK);
      // A fresh start, then the list by its link as a person goes (WebKit may miss a hash-only goto).
      await tab.reload();
      await unlock(tab);
      await tab.click({ link: 'Meldingen' });
      await waitForHeading(tab, 'Nieuw — nog beoordelen (5)');
      expect(await bodyText(tab)).not.toContain('volle schijf');
    }));

  it('a lost database connection is reopened and the save succeeds', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await startNewMelding(tab);
      await pickPupil(tab, 'noor');
      await tab.type({ label: DESCRIPTION }, 'Na een uur in de tas');
      await tab.run(LOSE_THE_CONNECTION);
      await tab.click({ button: 'Melding opslaan' });
      await waitForHeading(tab, 'Melding over');
      expect(await tab.run('() => window.__kringConnectionLost')).toBe(true);
      await tab.reload();
      await unlock(tab);
      await waitForText(tab, 'Na een uur in de tas');
    }));
});
