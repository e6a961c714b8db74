import { withDatabase } from '../connection';
import { sealedStore } from '../sealed-store';
import { checkpointSchema, heldLines, heldRows, isBehind, missingHere, type Checkpoint, type Missing } from './checkpoint';
import { codeOf } from './holding-code';
import type { EngineContext } from './sync-context';

/**
 * The witness: once this tablet is in step with the server it writes its checkpoint (what it holds,
 * checkpoint.ts) and compares the other tablets' checkpoints with what it holds. A record another
 * tablet holds and this one never received is counted and said; a tablet that stopped advancing while
 * others wrote is named. Its own checkpoint is written at most every few minutes (it lists every
 * record), and at least every few hours, so the others see it is still there.
 */

export const checkpointStore = sealedStore<Checkpoint, typeof checkpointSchema>('checkpoints', checkpointSchema);

/** What this tablet knows of the school's tablets, for the sync screen. */
export interface WitnessReport {
  me: { id: string; label: string; code: string; records: number };
  tablets: TabletSeen[];
}

export interface TabletSeen {
  id: string;
  label: string;
  /** When it last wrote a checkpoint, and when what it holds last changed. */
  at: string;
  changedAt: string;
  records: number;
  code: string;
  /** It holds exactly what this tablet holds. */
  same: boolean;
  /** Records (per table) it holds that never reached this tablet: the server held them back. */
  missing: Missing;
  /** It stopped advancing while others wrote (off, lost, or sent nothing by the server). */
  behind: boolean;
}

/** A changed holding is written at most this often: a checkpoint lists every record. */
const WRITE_EVERY_MS = 5 * 60 * 1000;
/** An unchanged holding is written again this often: the others see the tablet is still there. */
const HEARTBEAT_MS = 6 * 60 * 60 * 1000;

export const missingCount = (report: WitnessReport | undefined) => (report?.tablets ?? []).reduce((n, t) => n + Object.values(t.missing).reduce((a, b) => a + b, 0), 0);

export function witnessing(ctx: EngineContext, serially: <T>(work: () => Promise<T>) => Promise<T>) {
  let later: ReturnType<typeof setTimeout> | null = null;

  /** Runs when the replication is idle and this tablet has sent everything (pending empty). */
  async function witness(): Promise<void> {
    const now = ctx.now();
    const [rows, stored] = await withDatabase((db) => Promise.all([db.syncRows.toArray(), db.checkpoints.toArray()]));
    const held = heldRows(rows);
    const { code, records } = await codeOf(held);
    const me = ctx.tablet;
    // A checkpoint that does not open is no witness; it is not shown (sync sets damaged documents aside).
    const { records: checkpoints } = await checkpointStore.readable(ctx.key, stored);
    const previous = checkpoints.find((c) => c.id === me.id);
    const changed = previous?.code !== code;
    const age = previous ? now.getTime() - Date.parse(previous.at) : Infinity;
    let own = previous;
    if (ctx.pending.size === 0 && (changed || age >= HEARTBEAT_MS)) {
      if (changed && age < WRITE_EVERY_MS) schedule(WRITE_EVERY_MS - age);
      else {
        own = { id: me.id, label: me.label, seq: (previous?.seq ?? 0) + 1, at: now.toISOString(), changedAt: changed || !previous ? now.toISOString() : previous.changedAt, records, code, held: heldLines(held) };
        await checkpointStore.put(ctx.key, own);
      }
    }
    const others = checkpoints.filter((c) => c.id !== me.id);
    const choosing = new Set(ctx.conflicts.keys());
    const mineNow = { changedAt: changed ? now.toISOString() : (own?.changedAt ?? now.toISOString()), code };
    ctx.status.witness = {
      me: { ...me, code, records },
      tablets: others.map((c) => ({
        id: c.id,
        label: c.label,
        at: c.at,
        changedAt: c.changedAt,
        records: c.records,
        code: c.code,
        same: c.code === code,
        missing: missingHere(c, held, choosing),
        behind: isBehind(c, [mineNow, ...others.filter((o) => o !== c)], now),
      })),
    };
    ctx.report();
  }

  function schedule(ms: number) {
    if (later) return;
    later = setTimeout(() => {
      later = null;
      if (!ctx.stopped() && ctx.pending.size === 0) void serially(witness);
    }, ms);
  }

  return {
    witness,
    stop() {
      if (later) clearTimeout(later);
      later = null;
    },
  };
}
