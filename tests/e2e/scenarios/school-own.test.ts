import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { DEMO_PASSPHRASE, loadDemoSchool, unlock, waitForHeading, waitForText, waitUntil } from '../harness/steps';
import { withSession } from '../harness/with-session';
import { HISTORY_PASSPHRASE, historyFile } from '../harness/history-file';

/** A file chosen in the file picker (the input with this id), as every engine's DataTransfer can hand it over. */
const CHOOSE_FILE = `(inputId, name, type, text) => {
  const input = document.getElementById(inputId);
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}`;

describe.each(engines)('the school’s own Kring in $name', (engine) => {
  it('gives a staff member an own passphrase that unlocks as them, imports pupils, draws the yearly overview and opens older records on request', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ link: 'Instellingen' });
      await tab.click({ link: /^Medewerkers/ });
      await waitForHeading(tab, 'Medewerkers');
      await tab.click({ button: 'Eigen wachtwoord geven (Carla Beekhuis)' });
      await tab.type({ label: 'Uw wachtwoord (ter bevestiging)' }, DEMO_PASSPHRASE);
      await tab.type({ label: 'Nieuw wachtwoord voor Carla Beekhuis' }, 'carla haar eigen zin');
      await tab.type({ label: 'Nieuw wachtwoord nogmaals' }, 'carla haar eigen zin');
      await tab.click({ button: 'Eigen wachtwoord opslaan' });
      await waitForText(tab, 'Carla Beekhuis heeft nu een eigen wachtwoord.');
      await tab.click({ button: 'Vergrendel' });
      await unlock(tab, 'carla haar eigen zin');
      await waitUntil(tab, `() => document.querySelector('header.topbar').innerText.includes('Carla Beekhuis')`, [], 'Carla as the user');

      await tab.click({ link: 'Instellingen' });
      await tab.click({ link: /^Leerlingen importeren/ });
      await waitForHeading(tab, 'Leerlingen importeren');
      await tab.run(CHOOSE_FILE, 'import-file', 'leerlingen.csv', 'text/csv', 'Voornaam;Achternaam;Groep\nLot;Importdal;3\nBo;;4\nJens;Importveld;groep 4\n');
      await waitForText(tab, '2 leerlingen klaar om te importeren, 1 regel niet te lezen.');
      await waitForText(tab, 'Regel 3: De achternaam ontbreekt.');
      await tab.click({ button: '2 leerlingen importeren' });
      await waitForText(tab, '2 leerlingen geïmporteerd.');

      await tab.click({ link: 'Start' });
      await tab.click({ link: 'Jaaroverzicht voor IB’er en directie' });
      await waitForHeading(tab, 'Jaaroverzicht pesten');
      await waitUntil(tab, `() => document.querySelectorAll('[role="img"]').length >= 3`, [], 'the charts');
      // Figures only: the pupils just imported are not named.
      expect(await tab.run<string>(`() => document.querySelector('main').innerText`)).not.toContain('Importdal');

      // Last year's history arrives in a transfer file (opened in a worker). After the next unlock it
      // stays sealed: the zaken list says so, and opens it on request.
      await tab.goto(`${site.url}#/overdracht`);
      await waitForHeading(tab, 'Reservekopie en overzetten');
      await tab.run(CHOOSE_FILE, 'transfer-file', 'geschiedenis.kring', 'application/octet-stream', await historyFile());
      await tab.type({ label: 'Wachtwoord van het bestand' }, 'niet het goede wachtwoord');
      await tab.click({ button: 'Bestand lezen' });
      await waitForText(tab, 'Het wachtwoord van dit bestand klopt niet');
      await tab.type({ label: 'Wachtwoord van het bestand' }, HISTORY_PASSPHRASE);
      await tab.click({ button: 'Bestand lezen' });
      await tab.click({ button: 'Importeren' });
      await waitForText(tab, 'Ingelezen: 3 gegevens toegevoegd');
      await tab.click({ link: 'Start' });
      await tab.click({ button: 'Vergrendel' });
      await unlock(tab, 'carla haar eigen zin');
      await tab.click({ link: 'Zaken' });
      await waitForHeading(tab, 'Lopende zaken (1)');
      await waitForText(tab, 'Hier staan de lopende zaken en de zaken van dit schooljaar (sinds 1 augustus 2026).');
      await tab.click({ button: 'Oudere zaken tonen' });
      await waitForHeading(tab, 'Gesloten zaken (1)');
    }));
});
