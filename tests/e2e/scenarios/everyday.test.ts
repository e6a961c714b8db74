import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import {
  bodyText,
  fieldValue,
  loadDemoSchool,
  pickPupil,
  startNewMelding,
  unlock,
  waitForHeading,
  waitForServiceWorker,
  waitForText,
} from '../harness/steps';
import { withSession } from '../harness/with-session';

describe.each(engines)('everyday use in $name', (engine) => {
  it('records a melding that survives a reload and an offline start', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await waitForServiceWorker(tab);
      await startNewMelding(tab);
      const pupil = await pickPupil(tab, 'emma');
      await tab.type({ label: 'Wat is er gebeurd?' }, 'Tas in de bosjes gegooid');
      await tab.click({ button: 'Melding opslaan' });
      await waitForHeading(tab, `Melding over ${pupil}`);

      await tab.reload();
      await unlock(tab);
      await waitForText(tab, 'Tas in de bosjes gegooid');

      await site.stop();
      await tab.reload();
      await unlock(tab);
      await waitForText(tab, 'Tas in de bosjes gegooid');
      await tab.click({ link: 'Meldingen' });
      await waitForHeading(tab, 'Nieuw — nog beoordelen (6)');
    }));

  it('keeps a form and its draft through a lock', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await startNewMelding(tab);
      await pickPupil(tab, 'sem');
      await tab.type({ label: 'Wat is er gebeurd?' }, 'Gesprek half af');
      await tab.click({ button: 'Vergrendel' });
      await waitForHeading(tab, 'Kring is vergrendeld');
      expect(await bodyText(tab)).not.toContain('Gesprek half af');
      await unlock(tab);
      await waitForHeading(tab, 'Nieuwe melding');
      await waitForText(tab, 'teruggezet');
      expect(await fieldValue(tab, 'Wat is er gebeurd?')).toBe('Gesprek half af');
      expect(await bodyText(tab)).toMatch(/Sem \S+/);
    }));

  it('tells what the browser can say about storage, or clearly that it cannot', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ link: 'Instellingen' });
      await waitForHeading(tab, 'Opslag op dit apparaat');
      const hasStorageApi = await tab.run<boolean>('() => !!(navigator.storage && navigator.storage.estimate)');
      expect(hasStorageApi).toBe(!engine.lacks?.storageApi);
      await waitForText(tab, hasStorageApi ? 'In gebruik' : 'Deze browser vertelt niet hoeveel opslag Kring gebruikt');
    }));
});
