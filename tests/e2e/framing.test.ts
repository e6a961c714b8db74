import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';

/** Another site that frames Kring could lay itself over the lock field: Kring refuses to open there. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('inside a frame', () => {
  it('is forbidden by the header Kring is served with', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    const blocked = page.waitForEvent('console', (m) => m.text().includes("frame-ancestors 'none'"));
    await page.setContent(`<iframe src="${baseUrl}"></iframe>`);
    await blocked;
    await context.close();
  });

  it('on a host that sends no header: shows no lock field, no setup and nothing of the school, and says how to open Kring', async () => {
    const context = await kringContext(browser());
    // A plain static host: the same files without the header that forbids framing.
    await context.route(`${baseUrl}**`, async (route) => {
      const response = await route.fetch();
      const { 'content-security-policy': _csp, ...headers } = response.headers();
      await route.fulfill({ response, headers });
    });
    // The page's service worker may still be fetching when the test ends: stop routing first.
    const stopRouting = () => context.unrouteAll({ behavior: 'ignoreErrors' });
    const page = await context.newPage();
    await page.setContent(`<h1>Een andere website</h1><iframe src="${baseUrl}" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Kring opent niet binnen een andere pagina' }).waitFor();
    expect(await frame.locator('input').count()).toBe(0);
    expect(await frame.getByRole('button').count()).toBe(0);
    // Opened on its own, the same address works.
    const own = await context.newPage();
    await own.goto(baseUrl);
    await own.getByRole('button', { name: 'Demo-school laden' }).waitFor();
    await stopRouting();
    await context.close();
  });
});
