import { chromiumEngine } from './chromium';
import { firefoxEngine } from './firefox';
import type { Engine } from './types';
import { webkitEngine } from './webkit';

export type { BrowserSession, Engine, EngineName, Tab, Target } from './types';

const all: Engine[] = [chromiumEngine, firefoxEngine, webkitEngine];

/** `KRING_ENGINES=webkit npm test` runs the cross-engine scenarios in one engine only. */
export const engines: Engine[] = (() => {
  const wanted = process.env.KRING_ENGINES?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length) return all;
  const unknown = wanted.filter((w) => !all.some((e) => e.name === w));
  if (unknown.length) throw new Error(`Unknown engine(s) in KRING_ENGINES: ${unknown.join(', ')} (chromium, firefox, webkit)`);
  return all.filter((e) => wanted.includes(e.name));
})();
