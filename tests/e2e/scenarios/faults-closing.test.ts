/** A tab closed, a browser crashed: what was typed survives each. */
import { describe, expect, it } from 'vitest';
import { engines } from '../engines';
import {
  fieldValue,
  loadDemoSchool,
  startNewMelding,
  unlock,
  waitForDraftSaved,
  waitForText,
} from '../harness/steps';
import { withSession } from '../harness/with-session';

const DESCRIPTION = 'Wat is er gebeurd?';
const words = ['Ze', 'pakten', 'zijn', 'tas', 'af', 'bij', 'het', 'hek', 'en', 'gooiden', 'hem', 'over', 'de', 'heg', 'van', 'de', 'buren'];

describe.each(engines)('closing and crashing in $name', (engine) => {
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
});
