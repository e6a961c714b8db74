/**
 * Asking a CouchDB whether Kring can use it, with plain requests (PouchDB is not needed to ask):
 * is something there, is it a CouchDB, does the account exist, may it use the database. Each answer
 * is one kind, which the settings screen says in Dutch.
 */

export type ServerAnswer =
  | { kind: 'ok'; documents: number }
  | { kind: 'bad-address' | 'insecure' | 'unreachable' | 'not-couchdb' | 'wrong-account' | 'no-rights' | 'no-database' | 'server-error' };

export interface ServerDetails {
  server: string;
  database: string;
  username: string;
  password: string;
}

/**
 * The server's address as a URL without a trailing slash, or null when it is not one. A path
 * ("/couchdb") means Kring's own origin, through the school's proxy. Anything but https is refused
 * unless it stays on this origin or on this machine: the account's password travels with each request.
 */
export function serverUrl(server: string, origin: string): { url: string } | { problem: 'bad-address' | 'insecure' } {
  let url: URL;
  try {
    url = new URL(server.trim(), origin);
  } catch {
    return { problem: 'bad-address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'bad-address' };
  const local = url.origin === new URL(origin).origin || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !local) return { problem: 'insecure' };
  url.search = '';
  url.hash = '';
  return { url: url.href.replace(/\/+$/, '') };
}

export function databaseUrl(details: ServerDetails, origin: string): string | null {
  const base = serverUrl(details.server, origin);
  return 'url' in base ? `${base.url}/${encodeURIComponent(details.database.trim())}` : null;
}

export const basic = (details: Pick<ServerDetails, 'username' | 'password'>) => `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${details.username}:${details.password}`)))}`;

export async function checkServer(details: ServerDetails, origin: string, fetcher: typeof fetch = fetch): Promise<ServerAnswer> {
  const base = serverUrl(details.server, origin);
  if ('problem' in base) return { kind: base.problem };
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(details.database.trim())) return { kind: 'no-database' };
  const get = async (path: string, withAccount: boolean) => {
    const response = await fetcher(`${base.url}${path}`, {
      headers: { Accept: 'application/json', ...(withAccount ? { Authorization: basic(details) } : {}) },
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: response.status, body };
  };
  let welcome;
  try {
    welcome = await get('/', true);
  } catch {
    return { kind: 'unreachable' };
  }
  // A CouchDB answers its root with a welcome (CouchDB: "couchdb", PouchDB Server: "express-pouchdb"),
  // or, when it lets no stranger in, with CouchDB's own refusal.
  if (welcome.status === 401 && welcome.body?.error === 'unauthorized') return { kind: 'wrong-account' };
  const isCouch = welcome.body !== null && ('couchdb' in welcome.body || 'express-pouchdb' in welcome.body);
  if (!isCouch) return welcome.status >= 500 ? { kind: 'server-error' } : { kind: 'not-couchdb' };
  try {
    const session = await get('/_session', true);
    if (session.status === 401) return { kind: 'wrong-account' };
    const info = await get(`/${encodeURIComponent(details.database.trim())}`, true);
    if (info.status === 401 || info.status === 403) return { kind: 'no-rights' };
    if (info.status === 404) return { kind: 'no-database' };
    if (info.status >= 400) return { kind: 'server-error' };
    return { kind: 'ok', documents: Number(info.body?.doc_count ?? 0) };
  } catch {
    return { kind: 'unreachable' };
  }
}
