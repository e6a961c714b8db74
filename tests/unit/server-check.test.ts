import { describe, expect, it } from 'vitest';
import { checkServer, serverUrl, type ServerDetails } from '../../src/data/sync/server-check';

/** The connection test answers each way a server can fail with one kind, which the screen says in Dutch. */
const origin = 'https://kring.school.nl';
const details: ServerDetails = { server: '/couchdb', database: 'school', username: 'tablet-1', password: 'geheim' };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function server(routes: Record<string, (auth: string | null) => Response>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname.replace(/^\/couchdb/, '') || '/';
    const auth = new Headers(init?.headers).get('Authorization');
    const route = routes[path];
    if (!route) return json(404, { error: 'not_found' });
    return route(auth);
  }) as typeof fetch;
}
const welcome = () => json(200, { couchdb: 'Welcome', version: '3.4.2' });
const good = `Basic ${btoa('tablet-1:geheim')}`;

describe('testing the connection to the school’s CouchDB', () => {
  it('finds a working database and says how much it holds', async () => {
    const fetcher = server({ '/': welcome, '/_session': (a) => (a === good ? json(200, { ok: true }) : json(401, { error: 'unauthorized' })), '/school': () => json(200, { doc_count: 12 }) });
    expect(await checkServer(details, origin, fetcher)).toEqual({ kind: 'ok', documents: 12 });
  });

  it('tells each failure apart', async () => {
    expect(await checkServer(details, origin, (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch)).toEqual({ kind: 'unreachable' });
    expect(await checkServer(details, origin, server({ '/': () => new Response('<html>Welkom</html>', { status: 200 }) }))).toEqual({ kind: 'not-couchdb' });
    expect(await checkServer(details, origin, server({ '/': welcome, '/_session': () => json(401, { error: 'unauthorized' }) }))).toEqual({ kind: 'wrong-account' });
    expect(await checkServer(details, origin, server({ '/': () => json(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }) }))).toEqual({ kind: 'wrong-account' });
    expect(await checkServer(details, origin, server({ '/': welcome, '/_session': () => json(200, {}), '/school': () => json(403, { error: 'forbidden' }) }))).toEqual({ kind: 'no-rights' });
    expect(await checkServer(details, origin, server({ '/': welcome, '/_session': () => json(200, {}) }))).toEqual({ kind: 'no-database' });
    expect(await checkServer({ ...details, database: 'School Vlinder' }, origin, server({}))).toEqual({ kind: 'no-database' });
    expect(await checkServer(details, origin, server({ '/': () => json(500, { error: 'internal' }) }))).toEqual({ kind: 'server-error' });
  });

  it('refuses plain http beyond this origin and this machine: the account’s password would travel readable', () => {
    expect(serverUrl('http://couch.school.nl', origin)).toEqual({ problem: 'insecure' });
    expect(serverUrl('https://couch.school.nl/', origin)).toEqual({ url: 'https://couch.school.nl' });
    expect(serverUrl('/couchdb/', origin)).toEqual({ url: 'https://kring.school.nl/couchdb' });
    expect(serverUrl('http://127.0.0.1:5984', origin)).toEqual({ url: 'http://127.0.0.1:5984' });
    expect(serverUrl('ftp://x', origin)).toEqual({ problem: 'bad-address' });
  });
});
