import { describe, expect, it } from 'vitest';
import { jpsProtocol } from '../../../src/domain/protocol';
import { engines } from '../engines';
import { bodyText, FIRST_FOUND_PUPIL, loadDemoSchool, waitForHeading, waitForText, waitUntil } from '../harness/steps';
import { withSession } from '../harness/with-session';

/** The protocol screens in every engine: triage opens a zaak, stap 1 composes the group, stap 2 follows. */
describe.each(engines)('the protocol in $name', (engine) => {
  it('triages a melding as pesten and holds stap 1', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ link: 'Meldingen' });
      await tab.click({ link: /./, within: /^Nieuw — nog beoordelen/ });
      await tab.click({ link: 'Beoordelen: plagen of pesten?' });
      await waitForHeading(tab, 'Plagen of pesten?');
      for (const { question } of jpsProtocol.triageCriteria) await tab.click({ label: 'Ja', within: question });
      await waitForText(tab, 'De antwoorden wijzen op: Pesten');
      await tab.click({ label: /^Pesten/, within: 'Uitkomst' });
      await tab.type({ label: 'Waarom komt u tot deze conclusie?' }, 'Telkens weer, steeds hetzelfde kind.');
      await tab.run(`() => { const s = document.getElementById('triage-lead'); s.value = s.options[1].value; s.dispatchEvent(new Event('change', { bubbles: true })); return true; }`);
      await waitUntil(tab, `() => [...document.querySelectorAll('fieldset input[type=checkbox]')].some((c) => c.checked)`, [], 'a bullied child ticked');
      await tab.click({ button: 'Beoordeling opslaan' });
      await waitForHeading(tab, 'Zaak:');

      await tab.click({ link: /^Stap 1/ });
      await waitForHeading(tab, 'Stap 1: Gesprek met de gepeste leerling');
      await tab.type({ label: 'Wat speelt er?' }, 'Uitgelachen om de kleren.');
      await tab.click({ label: 'Verdrietig', within: 'Hoe voelt de leerling zich?' });
      await tab.run(`() => { const s = document.getElementById('group-group'); s.value = s.options[5].value; s.dispatchEvent(new Event('change', { bubbles: true })); return true; }`);
      for (let i = 0; i < 6; i++) await tab.click(FIRST_FOUND_PUPIL);
      // Stap 1 names who bullies.
      await tab.run(`() => { const s = document.querySelector('select[id^=role-]'); s.value = 'pester'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; }`);
      await tab.click({ label: 'Supportgroep samen met de leerling samengesteld' });
      await tab.click({ label: 'Nog te doen', within: 'Ouders erbij betrokken' });
      await tab.click({ label: 'Gedaan', within: /extra surveillant/ });
      await tab.click({ button: 'Gesprek afronden' });
      await waitForHeading(tab, 'Supportgroep (6)');
      // The task left open stays on the zaak until it is done.
      await waitForHeading(tab, 'Nog te doen (1)');
      // The zaak offers stap 2 as the next conversation.
      await waitForText(tab, 'Stap 2: De supportgroep');
      expect(await bodyText(tab)).toContain('Volgende gesprek');
    }));
});
