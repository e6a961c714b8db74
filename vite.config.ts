/// <reference types="vitest/config" />
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// Everything Kring loads comes from its own origin; the policy makes that a rule the browser enforces.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  // Sync talks to the school's CouchDB: on this origin (/couchdb/, the README's advice) or, when the
  // school builds with KRING_SYNC_ORIGIN, on that one origin too. Nothing else.
  `connect-src 'self'${process.env.KRING_SYNC_ORIGIN ? ` ${new URL(process.env.KRING_SYNC_ORIGIN).origin}` : ''}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP as a meta tag to the built page only: the dev server injects inline scripts. */
function cspMeta(): Plugin {
  return {
    name: 'kring-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Writes build-id.json beside the page: a fresh id per build, so the browser tests can check that the
 * server they talk to serves the build they made. It is not precached and holds nothing personal.
 */
function buildId(): Plugin {
  return {
    name: 'kring-build-id',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'build-id.json', source: JSON.stringify({ id: randomUUID() }) });
    },
  };
}

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // The page lives in src/ so the top level holds only what the project's layout names.
  root: 'src',
  base: './',
  publicDir: '../public',
  plugins: [
    preact(),
    cspMeta(),
    buildId(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['robots.txt'],
      manifest: {
        name: 'Kring — pestprotocol',
        short_name: 'Kring',
        description: 'Het pestprotocol van de school: meldingen, gesprekken en afspraken, offline en versleuteld.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f5f0',
        theme_color: '#2f5d62',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        clientsClaim: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: '../dist',
    emptyOutDir: true,
    // Everything the first screen needs (Preact, zustand, the lock screen) in the entry's one script:
    // without the group, Rolldown gives the modules the lazy screens share with it chunks of their
    // own, and the first screen waits on three scripts. Later chunks import from this one; the entry
    // exports nothing, so its signature need not be kept.
    rolldownOptions: { preserveEntrySignatures: false, output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  preview: {
    headers: { 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` },
    // As a school's web server passes /couchdb/ to its CouchDB (README): `npm run sync-server` beside `npm start`.
    proxy: {
      '/couchdb': {
        target: process.env.KRING_COUCHDB ?? 'http://127.0.0.1:5984',
        rewrite: (path) => path.replace(/^\/couchdb/, ''),
        // As the README's web-server lines: nothing the database serves runs as a page on Kring's origin.
        configure: (proxy) =>
          proxy.on('proxyRes', (answer) => {
            Object.assign(answer.headers, { 'content-security-policy': 'sandbox', 'x-content-type-options': 'nosniff', 'content-disposition': 'attachment' });
          }),
      },
    },
  },
  test: {
    root: projectRoot,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup/indexeddb.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/component.ts'],
          server: { deps: { inline: ['zustand'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Browsers mostly wait (on pages, on PBKDF2): three files at once fill the machine's two cores.
          fileParallelism: true,
          maxWorkers: 3,
          // After the unit and component tests, which use the default workers.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'bench', include: ['bench/*.run.ts'], environment: 'node', testTimeout: 600_000 },
      },
    ],
  },
});
