import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import { bodyText, FIRST_FOUND_PUPIL, fieldValue, loadDemoSchool, startNewMelding, unlock, waitForDraftSaved, waitForHeading, waitForText, waitUntil } from '../harness/steps';
import { withSession } from '../harness/with-session';

const DESCRIPTION = 'Wat is er gebeurd?';
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/db-v1.json', import.meta.url), 'utf8')) as {
  schemaVersion: number;
  stores: Record<string, string>;
  passphrase: string;
  tables: Record<string, unknown[]>;
  expected: { meldingen: { description: string }[] };
};

/**
 * Writes the v1 fixture store as the release of that version would have (Dexie stores version n as
 * IndexedDB version n × 10), and keeps the connection open like an old tab that ignores upgrades.
 */
const OPEN_OLD_TAB_WITH_V1_STORE = `(fixture) => new Promise((resolve, reject) => {
  const decode = (v) => Array.isArray(v) ? v.map(decode)
    : v && typeof v === 'object' ? (typeof v.$bytes === 'string' ? Uint8Array.from(atob(v.$bytes), (c) => c.charCodeAt(0))
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))) : v;
  const request = indexedDB.open('kring', fixture.schemaVersion * 10);
  request.onupgradeneeded = () => {
    for (const [name, spec] of Object.entries(fixture.stores)) {
      const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
      const store = request.result.createObjectStore(name, { keyPath: primary });
      for (const index of indexes) store.createIndex(index, index);
    }
  };
  request.onsuccess = () => {
    const db = request.result;
    window.__kringOldTab = db;
    const tx = db.transaction(Object.keys(fixture.tables), 'readwrite');
    for (const [name, rows] of Object.entries(fixture.tables)) for (const row of decode(rows)) tx.objectStore(name).put(row);
    tx.oncomplete = () => resolve(true);
    tx.onerror = () => reject(tx.error);
  };
  request.onerror = () => reject(request.error);
})`;

describe.each(engines)('two tabs and upgrades in $name', (engine) => {
  it('an edit in one tab is not silently overwritten by the other', () =>
    withSession(engine, async (session, site) => {
      const a = session.tab;
      await loadDemoSchool(a, site.url);
      await startNewMelding(a);
      const b = await session.openTab();
      await b.goto(`${site.url}#/meldingen/nieuw`);
      await unlock(b);
      await waitForHeading(b, 'Nieuwe melding');

      await a.type({ label: DESCRIPTION }, 'Versie van tablet A');
      await waitForDraftSaved(a);
      await b.type({ label: DESCRIPTION }, 'Versie van tablet B');
      await waitForText(b, 'Dit concept is intussen in een ander tabblad gewijzigd.');

      await b.click({ button: 'Andere versie laden' });
      await waitUntil(b, `() => document.getElementById('melding-description').value === 'Versie van tablet A'`, [], 'tab A’s text in tab B');
      await b.type({ label: DESCRIPTION }, 'Versie van tablet A, aangevuld in B');
      await waitForDraftSaved(b);

      await a.type({ label: DESCRIPTION }, 'Nog eens A');
      await waitForText(a, 'Dit concept is intussen in een ander tabblad gewijzigd.');
      await a.click({ button: 'Mijn versie bewaren' });
      await waitForDraftSaved(a);
      await a.reload();
      await unlock(a);
      await waitForText(a, 'teruggezet');
      expect(await fieldValue(a, DESCRIPTION)).toBe('Nog eens A');

      // A melding saved in one tab appears in the other without a reload.
      await b.click({ link: 'Meldingen' });
      await waitForHeading(b, 'Nieuw — nog beoordelen (5)');
      await a.type({ label: 'Zoek op naam' }, 'noor');
      await a.click(FIRST_FOUND_PUPIL);
      await a.click({ button: 'Melding opslaan' });
      await waitForHeading(a, 'Melding over');
      await waitForHeading(b, 'Nieuw — nog beoordelen (6)');
    }));

  it('a database upgrade blocked by an old tab says so, then migrates every record of the old version', () =>
    withSession(engine, async (session, site) => {
      const old = session.tab;
      await old.goto(`${site.url}robots.txt`);
      expect(await old.run(OPEN_OLD_TAB_WITH_V1_STORE, fixture)).toBe(true);

      const app = await session.openTab();
      await app.goto(site.url);
      await waitForText(app, 'Kring wordt bijgewerkt, maar een ander tabblad met Kring staat nog open.');
      expect(await bodyText(app)).not.toContain('Welkom bij Kring');

      await old.run('() => { window.__kringOldTab.close(); return true; }');
      // The IB'er sees every melding, whatever the fixture's teacher's group.
      await unlock(app, fixture.passphrase, 'Carla Beekhuis');
      await waitForHeading(app, 'Start');
      expect(await bodyText(app)).not.toContain('Kring wordt bijgewerkt');
      await app.click({ link: 'Meldingen' });
      await waitForHeading(app, `Nieuw — nog beoordelen (${fixture.expected.meldingen.length})`);
      const text = await bodyText(app);
      for (const melding of fixture.expected.meldingen) expect(text).toContain(melding.description.slice(0, 40));
      await app.click({ link: 'Nieuwe melding' });
      await waitForText(app, 'teruggezet');
      expect(await fieldValue(app, DESCRIPTION)).toBe('half getypt');
    }));
});
