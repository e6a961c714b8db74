import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { bodyText, enterPassphrase, loadDemoSchool, unlock, waitForHeading, waitForText } from '../harness/steps';
import { withSession } from '../harness/with-session';

const NEW_PASSPHRASE = 'fiets onder de brug zingt';

describe.each(engines)('renewing the data key in $name', (engine) => {
  it('re-encrypts everything under a new key: the new passphrase opens it all, the old one nothing', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ link: 'Meldingen' });
      await waitForHeading(tab, 'Meldingen');
      const before = await bodyText(tab);
      await tab.click({ link: 'Instellingen' });
      await tab.click({ link: /^Wachtwoorden en sleutel/ });
      await waitForHeading(tab, 'Wachtwoorden en sleutel');
      await tab.type({ label: 'Wachtwoord van de school', within: 'Sleutel vernieuwen' }, 'demo-vlinder-2026');
      await tab.type({ label: /^Nieuw wachtwoord van de school/, within: 'Sleutel vernieuwen' }, NEW_PASSPHRASE);
      await tab.type({ label: /^Nieuw wachtwoord nogmaals/, within: 'Sleutel vernieuwen' }, NEW_PASSPHRASE);
      await tab.click({ button: 'Sleutel vernieuwen' });
      await waitForHeading(tab, 'Nieuwe sleutel: uw nieuwe herstelsleutel', 30_000);
      await tab.click({ label: 'Ik heb de herstelsleutel opgeschreven' });
      await tab.click({ button: 'Sleutel nu vernieuwen' });
      await waitForHeading(tab, 'Kring is vergrendeld', 30_000);
      await waitForText(tab, 'De sleutel is vernieuwd.');

      await enterPassphrase(tab, 'demo-vlinder-2026');
      await waitForText(tab, 'Dit wachtwoord klopt niet.');
      await unlock(tab, NEW_PASSPHRASE);
      await tab.click({ link: 'Meldingen' });
      await waitForHeading(tab, 'Meldingen');
      await waitForText(tab, 'Nieuw — nog beoordelen');
      expect(await bodyText(tab)).toBe(before);
    }));

  it('refuses a record whose readable status was changed without the key, and says so', () =>
    withSession(engine, async ({ tab }, site) => {
      await loadDemoSchool(tab, site.url);
      await tab.click({ button: 'Vergrendel' });
      await waitForHeading(tab, 'Kring is vergrendeld');
      await tab.run(`() => new Promise((resolve, reject) => {
        const open = indexedDB.open('kring');
        open.onsuccess = () => {
          const tx = open.result.transaction('meldingen', 'readwrite');
          const cursor = tx.objectStore('meldingen').openCursor();
          cursor.onsuccess = () => { const row = cursor.result.value; row.status = 'plagen'; cursor.result.update(row); };
          tx.oncomplete = () => { open.result.close(); resolve(true); };
          tx.onerror = () => reject(String(tx.error));
        };
      })`);
      await unlock(tab);
      await waitForText(tab, '1 gegeven kon niet worden gelezen');
      expect(await bodyText(tab)).toContain('(1 melding)');
    }));
});
