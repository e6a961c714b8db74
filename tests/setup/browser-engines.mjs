#!/usr/bin/env node
// Finds the three browser engines the browser tests drive (Debian's Chromium, Firefox ESR and
// WebKitGTK under Xvfb). Run as root on Debian, it installs what is missing from Debian's packages;
// otherwise it stops at once with the one command that would install them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each engine needs: the file to find, and the Debian package that brings it. */
const needs = [
  { what: process.env.CHROME_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { what: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { what: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { what: MINIBROWSER, pkg: 'webkit2gtk-driver' },
  { what: 'xvfb-run', pkg: 'xvfb' },
  { what: 'xauth', pkg: 'xauth' },
];

function found(what) {
  if (what.includes('/')) {
    try {
      accessSync(what, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  return spawnSync('sh', ['-c', `command -v ${what}`], { stdio: 'ignore' }).status === 0;
}

const missingPackages = () => [...new Set(needs.filter((n) => !found(n.what)).map((n) => n.pkg))];

let missing = missingPackages();
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !found('apt-get')) {
  console.error(`Browser engines missing (${missing.join(', ')}); install them with: sudo sh -c '${command}'`);
  process.exit(1);
}

console.log(`Installing the browser engines from Debian's packages: ${missing.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (run.status !== 0) {
    console.error(`apt-get ${args[0]} failed; run it by hand: ${command}`);
    process.exit(1);
  }
}
missing = missingPackages();
if (missing.length) {
  console.error(`Still missing after installing: ${missing.join(', ')}`);
  process.exit(1);
}
