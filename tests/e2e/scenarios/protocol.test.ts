import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { bodyText, loadDemoSchool, waitForHeading, waitForText, waitUntil } from '../harness/steps';
import { withSession } from '../harness/with-session';

/** The protocol screens in every engine: triage opens a zaak, stap 1 composes the group, stap 2 follows. */
describe.each(engines)('the protocol in $name', (engine) => {
  it('triages a melding as pesten and holds stap 1', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ link: 'Meldingen' });
      await tab.click({ css: 'section[aria-labelledby="status-nieuw"] .list__item' });
      await tab.click({ link: 'Beoordelen: plagen of pesten?' });
      await waitForHeading(tab, 'Plagen of pesten?');
      for (const question of ['opzet', 'herhaling', 'macht']) await tab.click({ css: `input[name="triage-${question}"]` });
      await waitForText(tab, 'De antwoorden wijzen op: Pesten');
      await tab.click({ css: 'input[name="outcome"]' });
      await tab.type({ label: 'Waarom komt u tot deze conclusie?' }, 'Telkens weer, steeds hetzelfde kind.');
      await tab.run(`() => { const s = document.getElementById('triage-lead'); s.value = s.options[1].value; s.dispatchEvent(new Event('change', { bubbles: true })); return true; }`);
      await waitUntil(tab, `() => [...document.querySelectorAll('fieldset input[type=checkbox]')].some((c) => c.checked)`, [], 'a bullied child ticked');
      await tab.click({ button: 'Beoordeling opslaan' });
      await waitForHeading(tab, 'Zaak:');

      await tab.click({ link: /^Stap 1/ });
      await waitForHeading(tab, 'Stap 1: Gesprek met de gepeste leerling');
      await tab.type({ label: 'Wat speelt er?' }, 'Uitgelachen om de kleren.');
      await tab.click({ css: 'input[name="prompt-gevoel"][value="2"]' });
      await tab.run(`() => { const s = document.getElementById('group-group'); s.value = s.options[5].value; s.dispatchEvent(new Event('change', { bubbles: true })); return true; }`);
      for (let i = 0; i < 6; i++) await tab.click({ css: '.picker__pupil[aria-pressed="false"]' });
      for (const item of ['ouders-betrokken', 'supportgroep-samengesteld', 'extra-surveillant']) await tab.click({ css: `#check-${item}` });
      await tab.click({ button: 'Gesprek afronden' });
      await waitForHeading(tab, 'Supportgroep (6)');
      await waitUntil(tab, `() => !!document.querySelector('a.button--big')`, [], 'the next conversation');
      expect(await bodyText(tab)).toContain('Stap 2: De supportgroep');
    }));
});
