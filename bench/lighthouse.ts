import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Lighthouse 12, mobile preset, against the served build; scores out of 100. Asynchronous on purpose:
 * the server it measures runs in this same process.
 */
export async function runLighthouse(url: string, chromePath: string): Promise<Record<string, number> | string> {
  try {
    const { stdout } = await promisify(execFile)(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
    return Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  } catch (error) {
    return `Lighthouse failed: ${String(error).slice(0, 200)}`;
  }
}
