import type { BrowserSession, Engine } from '../engines';
import { startSite, type Site } from './site';

/** Runs a scenario with a fresh browser of the engine and a private copy of the site, then cleans up. */
export async function withSession(engine: Engine, scenario: (session: BrowserSession, site: Site) => Promise<void>): Promise<void> {
  const site = await startSite();
  const session = await engine.start();
  try {
    await scenario(session, site);
  } finally {
    await session.quit();
    await site.remove();
  }
}
