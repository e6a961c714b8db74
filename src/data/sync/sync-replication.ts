import type PouchDB from './pouchdb';
import type { EngineContext } from './sync-context';
import type { SyncProblem } from './sync-types';
import { missingCount } from './witness';

/**
 * The replication with the school's CouchDB (PouchDB's, live, resuming after a gap), and what the
 * top bar says of it: "gesynchroniseerd" only once the server is asked and has every revision this
 * tablet wrote, and nothing it sent is set aside.
 */
export function replication(ctx: EngineContext, serially: <T>(work: () => Promise<T>) => Promise<T>, onIncoming: (docIds: string[]) => void, witness: () => Promise<void>) {
  const { local, remote, pending, status } = ctx;
  let running: PouchDB.Replication | null = null;
  // A key renewed elsewhere stays said until this tablet moves over (the app stops the engine then).
  const setProblem = (problem: SyncProblem | null) => {
    if (status.problem !== 'key-renewed') status.problem = problem;
  };

  /** An idle replication may also be one that has not noticed the network is gone: the server is asked. */
  async function confirmSynced(): Promise<void> {
    try {
      const ids = [...pending];
      if (ids.length > 0) {
        const revs = await local.allDocs({ keys: ids });
        const wanted: Record<string, string[]> = {};
        for (const row of revs.rows) if (row.value) wanted[row.id] = [row.value.rev];
        const missing = await remote.revsDiff(wanted);
        for (const id of ids) if (!missing[id]?.missing?.length) pending.delete(id);
        await ctx.savePending();
      } else await remote.info();
      setProblem(null);
      // In step with the server: this tablet's checkpoint, and the others' compared with what it holds.
      if (pending.size === 0) await witness();
      // Never "synced" while something the server sent is set aside or held back: the school must look at it.
      const clear = pending.size === 0 && ctx.ledger.setAside().length === 0 && missingCount(status.witness) === 0;
      status.state = clear ? 'synced' : 'waiting';
      if (clear) status.lastSyncedAt = ctx.now().toISOString();
    } catch (error) {
      setProblem(problemOf(error));
      status.state = 'waiting';
    }
    ctx.report();
  }

  // What the replication brings in is received as it arrives. (Not through a live changes feed on the
  // replica: PouchDB ends those when another instance of the same database closes, silently.)
  function start() {
    running?.cancel();
    running = local
      .sync(remote, {
        live: true,
        retry: true,
        batch_size: 200,
        // Back soon after a gap: a playground without network for a minute should not wait ten.
        back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 15_000)),
      })
      .on('change', (info) => {
        if (info.direction === 'push') {
          for (const doc of info.change.docs) pending.delete(doc._id);
          void ctx.savePending();
        } else onIncoming(info.change.docs.map((doc) => doc._id));
        setProblem(null);
        ctx.report();
      })
      .on('paused', (error?: unknown) => {
        if (error) {
          setProblem(problemOf(error));
          status.state = 'waiting';
          ctx.report();
        } else void serially(confirmSynced);
      })
      .on('active', () => {
        if (status.problem === 'unreachable') setProblem(null);
        ctx.report();
      })
      .on('denied', () => {
        setProblem('no-rights');
        ctx.report();
      })
      .on('error', (error: unknown) => {
        setProblem(problemOf(error));
        status.state = 'waiting';
        ctx.report();
      });
  }

  return { start, cancel: () => running?.cancel() };
}

function problemOf(error: unknown): SyncProblem {
  const status = (error as { status?: number }).status;
  if (status === 401) return 'wrong-account';
  if (status === 403) return 'no-rights';
  if (status === 413 || status === 507) return 'server-full';
  if (status !== undefined && status >= 500 && status !== 502 && status !== 503 && status !== 504) return 'server-error';
  return 'unreachable';
}
