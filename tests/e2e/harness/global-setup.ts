import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';

/**
 * Serves the built app (as `npm start` does) for the browser tests, on a free port, and stops exactly
 * that server. It rebuilds when the sources changed since the last build, and checks that the server
 * answering is serving that build (another run's server on the same machine must not be tested).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const SOURCES = ['src', 'public', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];
const HASH_FILE = 'dist/.sources-hash';

function hashSources(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(path).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  SOURCES.forEach(visit);
  return hash.digest('hex');
}

function buildIfStale(): void {
  const sources = hashSources();
  const built = existsSync('dist/build-id.json') && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === sources;
  if (built) return;
  // vitest sets NODE_ENV=test, which would make a development build (no service worker): build as `npm start` does.
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error('vite build failed');
  writeFileSync(HASH_FILE, sources);
}

async function waitForOwnBuild(url: string, buildId: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${url}build-id.json`);
      if (response.ok) {
        const served = ((await response.json()) as { id: string }).id;
        if (served !== buildId) throw new Error(`The server on ${url} serves another build (${served}, not ${buildId})`);
        return;
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('The server')) throw error;
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  buildIfStale();
  const buildId = (JSON.parse(readFileSync('dist/build-id.json', 'utf8')) as { id: string }).id;
  const port = await freePort();
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForOwnBuild(baseUrl, buildId, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
    console.log(`Browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s wall time (build ${buildId.slice(0, 8)} on ${baseUrl})`);
  };
}
