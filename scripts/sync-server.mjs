#!/usr/bin/env node
/**
 * A local CouchDB-compatible server (PouchDB Server, in memory) for trying Kring's sync, and for the
 * browser tests. It is set up as the README asks a school's IT to set up Apache CouchDB: an admin,
 * one database for the school, and a member account per tablet (no one else may read the database).
 *
 *   npm run sync-server      → http://127.0.0.1:5984, database "school", accounts tablet-1 … tablet-3
 *   npm start                → Kring on http://127.0.0.1:4173, which passes /couchdb to that server
 *
 * In memory: everything is gone when it stops. Never use it for a school's real data.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN = { username: 'beheer', password: 'beheer-wachtwoord' };
export const TABLETS = [
  { username: 'tablet-1', password: 'tablet-1-wachtwoord' },
  { username: 'tablet-2', password: 'tablet-2-wachtwoord' },
  { username: 'tablet-3', password: 'tablet-3-wachtwoord' },
];
export const DATABASE = 'school';

const auth = ({ username, password }) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function call(url, method, path, body, account = ADMIN) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: auth(account) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 412) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Starts the server on `port` (0: any free one) and sets it up; resolves once it answers. */
export async function startSyncServer({ port = 5984, quiet = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kring-couch-'));
  const child = spawn(process.execPath, [join(root, 'node_modules/pouchdb-server/bin/pouchdb-server'), '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], {
    cwd: dir,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // As on a real CouchDB: an admin (the end of the "admin party"), a database, a member per tablet.
  await fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  for (const tablet of TABLETS) await call(url, 'PUT', `/_users/org.couchdb.user:${tablet.username}`, { name: tablet.username, password: tablet.password, roles: [], type: 'user' });
  const createDatabase = async (name) => {
    await call(url, 'PUT', `/${name}`);
    await call(url, 'PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: TABLETS.map((t) => t.username), roles: [] } });
  };
  await createDatabase(DATABASE);
  return {
    url,
    /** Another school's database, with the same member accounts. */
    createDatabase,
    /**
     * What the server holds of a school: every live document with its conflicting revisions' bodies
     * (`rows`), and every change including deletions (`results`, tombstones as they are stored).
     */
    async dump(database = DATABASE) {
      const all = await call(url, 'GET', `/${database}/_all_docs?include_docs=true&conflicts=true`);
      const leaves = await Promise.all(
        all.rows.filter((r) => r.doc?._conflicts).map((r) => call(url, 'GET', `/${database}/${r.id}?open_revs=all`)),
      );
      const changes = await call(url, 'GET', `/${database}/_changes?include_docs=true&style=all_docs`);
      return JSON.stringify({ rows: all.rows, leaves, results: changes.results });
    },
    /** Removes a tablet's account, as the README tells a school to do with a lost tablet. */
    async removeAccount(username) {
      const user = await call(url, 'GET', `/_users/org.couchdb.user:${username}`);
      await call(url, 'DELETE', `/_users/org.couchdb.user:${username}?rev=${user._rev}`);
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve(undefined);
        });
        child.kill('SIGTERM');
      });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 5984);
  const server = await startSyncServer({ port });
  console.log(`Kring sync server (PouchDB Server, in memory) on ${server.url}`);
  console.log(`Database: ${DATABASE}`);
  for (const t of TABLETS) console.log(`Account: ${t.username} / ${t.password}`);
  console.log('In Kring (npm start): Instellingen → Synchronisatie, adres /couchdb. Stop with Ctrl+C: the data is then gone.');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
