import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { meldingStore, zaakStore } from '../../src/data/stores';
import { saveZaak } from '../../src/data/zaken';
import { encodeDoc, decodeDoc, type StoredRow, type SyncDoc } from '../../src/data/sync/sync-docs';
import type { Melding } from '../../src/domain/melding';
import type { Conversation, Zaak } from '../../src/domain/case/zaak';
import { newZaak } from './zaak-builders';
import { NOW, rowOf, schoolTablet, type Tablet } from './sync-harness';
import { versionHash } from '../../src/data/sync/sync-lineage';
import { freshDatabase } from './test-db';
import { heldLines } from '../../src/data/sync/checkpoint';
import { checkpointStore } from '../../src/data/sync/witness';

/**
 * A property over many runs: a tablet and the school's other tablet edit honestly while the server
 * drops, rolls back, replays, injects, swaps and inflates documents, in any order. Afterwards no
 * record the tablet held is lost, every attack on what it held is reported, and honest edits arrive.
 */

type Op =
  | { kind: 'note' }
  | { kind: 'peer-melding' }
  | { kind: 'peer-note' }
  | { kind: 'tombstone' | 'rollback' | 'replay' | 'swap' | 'inflate'; target: number }
  | { kind: 'inject' }
  | { kind: 'withhold' | 'fork' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'note' } as const),
  fc.constant({ kind: 'peer-melding' } as const),
  fc.constant({ kind: 'peer-note' } as const),
  fc.constant({ kind: 'inject' } as const),
  fc.constantFrom({ kind: 'withhold' } as const, { kind: 'fork' } as const),
  fc.record({ kind: fc.constantFrom('tombstone', 'rollback', 'replay', 'swap', 'inflate' as const), target: fc.nat() }),
);

/** A conversation note, as a zaak holds one: a distinct moment and author per write. */
const note = (n: number, by: string): Conversation => ({
  stepId: 'stap3',
  round: 1,
  heldOn: '2026-11-10',
  recordedAt: new Date(Date.UTC(2026, 10, 10, 9, 0, n)).toISOString(),
  recordedBy: by,
  answers: { gevoel: 3 },
  checklist: {},
});

const melding = (id: string): Melding =>
  ({ id, status: 'nieuw', reporterKind: 'personeel', reporterName: '', location: '', pupilIds: ['p1'], description: `Melding ${id}`, occurredOn: '2026-12-07', createdAt: '2026-12-07T08:00:00.000Z', updatedAt: '2026-12-07T08:00:00.000Z' }) as Melding;

describe('a server that misbehaves in any order, withholding and forking included (property)', () => {
  let tablet: Tablet | null = null;
  afterEach(async () => tablet?.engine.stop());

  it('loses nothing the tablet held, reports every attack on it, and lets honest edits through', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 7 }), async (ops) => {
        await tablet?.engine.stop();
        freshDatabase();
        const t = (tablet = await schoolTablet());
        let zaak: Zaak = newZaak();
        await database().zaken.put((await zaakStore.seal(t.key, zaak)) as never);
        await t.settled();
        const zaakDoc = await t.docId('zaken', zaak.id);
        const history: SyncDoc[] = [(await t.server.get(zaakDoc)) as unknown as SyncDoc];
        const mine: string[] = [];
        const theirs: string[] = [];
        const peerMeldingen: string[] = [];
        let attacks = 0;
        let n = 0;
        // What the school has been shown: lines under "Tegengehouden", and every document ever set aside.
        const everAside = new Set<string>();
        // And every other tablet that ever said it holds something this one never received.
        const everMissing = new Set<string>();
        const reports = () => {
          for (const a of t.status().setAside ?? []) everAside.add(`${a.docId}:${a.reason}`);
          for (const seen of t.status().witness?.tablets ?? []) if (Object.keys(seen.missing).length > 0) everMissing.add(seen.id);
          return (t.status().guarded?.length ?? 0) + everAside.size + everMissing.size;
        };
        const heldHere = async (docId: string) => {
          const state = await database().syncRows.get(docId);
          return state !== undefined && !state.removed;
        };
        for (const o of ops) {
          n += 1;
          await t.settled();
          const before = reports();
          let effective = false;
          const docs = (await t.server.allDocs()).rows.map((r) => r.id).filter((id) => !id.startsWith('_'));
          const target = 'target' in o ? docs.filter((d) => d !== undefined)[o.target % docs.length]! : zaakDoc;
          const current = await t.server.get(target).catch(() => null);
          // A document still set aside from an earlier attack is on screen already: attacking it again adds nothing to see.
          const shownAside = new Set((t.status().setAside ?? []).map((a) => a.docId));
          const heldAndShown = async (docId: string) => (await heldHere(docId)) && !shownAside.has(docId);
          switch (o.kind) {
            case 'note': {
              const here = (await zaakStore.open(t.key, (await rowOf('zaken', zaak.id)) as never)) as Zaak;
              zaak = { ...here, rev: here.rev + 1, conversations: [...here.conversations, note(n, 'tablet')] };
              await saveZaak(t.key, zaak);
              mine.push(note(n, 'tablet').recordedAt);
              break;
            }
            case 'peer-melding': {
              const m = melding(`peer-${n}`);
              await t.peerWrites('meldingen', (await meldingStore.seal(t.key, m)) as StoredRow, { v: 1, after: [] });
              peerMeldingen.push(m.id);
              break;
            }
            case 'peer-note': {
              // The other tablet carries on from whatever the server shows it (it may be lied to too).
              const served = (await t.server.get(zaakDoc).catch(() => null)) as unknown as SyncDoc | null;
              const opened = served ? await decodeDoc(t.key, served).catch(() => null) : null;
              if (!opened?.row) break;
              const base = (await zaakStore.open(t.key, opened.row as never)) as Zaak;
              const next = { ...base, rev: base.rev + 1, conversations: [...base.conversations, note(n, 'peer')] };
              const doc = await encodeDoc(t.key, zaakDoc, 'zaken', (await zaakStore.seal(t.key, next)) as StoredRow, { v: opened.v + 1, after: [opened.hash, ...opened.after] });
              await t.server.put({ ...doc, _rev: served!._rev } as never);
              theirs.push(note(n, 'peer').recordedAt);
              break;
            }
            case 'tombstone':
              if (!current) break;
              effective = await heldAndShown(target);
              await t.server.remove(target, current._rev!);
              break;
            case 'rollback':
            case 'replay': {
              const old = history[0]!;
              const live = (await t.server.get(zaakDoc).catch(() => null)) as SyncDoc | null;
              // Effective when the tablet holds more than the version served again.
              effective = history.length > 1 && (await zaakStore.open(t.key, (await rowOf('zaken', zaak.id)) as never).then((z) => (z as Zaak).conversations.length > 0));
              if (o.kind === 'rollback' && live) await t.server.put({ _id: zaakDoc, v: old.v, blob: old.blob, _rev: live._rev } as never);
              else await t.server.bulkDocs([{ _id: zaakDoc, v: old.v, blob: old.blob, _rev: `99-${'f'.repeat(31)}${n % 10}` }] as never, { new_edits: false });
              break;
            }
            case 'swap': {
              const other = docs.find((d) => d !== target);
              if (!current || !other) break;
              const otherDoc = (await t.server.get(other)) as unknown as SyncDoc;
              effective = await heldAndShown(target);
              await t.server.put({ ...current, blob: otherDoc.blob } as never);
              break;
            }
            case 'inflate':
              if (!current) break;
              effective = await heldAndShown(target);
              await t.server.put({ ...current, blob: 'A'.repeat(8 * 1024 * 1024 + 4) } as never);
              break;
            case 'inject':
              await t.server.put({ _id: `${n}`.padStart(32, 'e'), v: 2, blob: 'Zm9vYmFy' } as never);
              effective = true;
              break;
            case 'withhold':
            case 'fork': {
              // The other tablet wrote something the server keeps from this one (a melding of its own, or
              // its next version of the zaak: a fork); its sealed checkpoint, which says so, does arrive.
              let extra: { docId: string; row: string; ver: number; hash: string };
              if (o.kind === 'withhold') {
                const docId = await t.docId('meldingen', `kept-${n}`);
                const doc = await encodeDoc(t.key, docId, 'meldingen', (await meldingStore.seal(t.key, melding(`kept-${n}`))) as StoredRow, { v: 1, after: [] });
                extra = { docId, row: `meldingen/kept-${n}`, ver: 1, hash: await versionHash(doc.blob) };
              } else {
                const served = (await t.server.get(zaakDoc).catch(() => null)) as unknown as SyncDoc | null;
                const opened = served ? await decodeDoc(t.key, served).catch(() => null) : null;
                if (!opened?.row) break;
                const base = (await zaakStore.open(t.key, opened.row as never)) as Zaak;
                const forked = { ...base, rev: base.rev + 1, conversations: [...base.conversations, note(n, 'peer')] };
                const doc = await encodeDoc(t.key, zaakDoc, 'zaken', (await zaakStore.seal(t.key, forked)) as StoredRow, { v: opened.v + 1, after: [opened.hash, ...opened.after] });
                extra = { docId: zaakDoc, row: `zaken/${zaak.id}`, ver: opened.v + 1, hash: await versionHash(doc.blob) };
              }
              const rows = (await database().syncRows.toArray()).filter((r) => !r.docId.startsWith('~') && !r.row.startsWith('~') && !r.row.startsWith('checkpoints/') && r.docId !== extra.docId);
              const held = [...rows, { ...extra, rev: `${extra.ver}-x`, mark: '', after: [] }].sort((a, b) => (a.docId < b.docId ? -1 : 1));
              const checkpoint = { id: `peer-${n}`, label: 'Tablet P1', seq: 1, at: NOW.toISOString(), changedAt: NOW.toISOString(), records: held.length, code: '00000 00000 00000 00000', held: heldLines(held) };
              await t.peerWrites('checkpoints', (await checkpointStore.seal(t.key, checkpoint)) as unknown as StoredRow, { v: 1, after: [] });
              effective = true;
              break;
            }
          }
          await t.settled();
          // Every attack on what the tablet holds is seen: a new line under "Tegengehouden", or set aside.
          if (effective) expect(reports(), `${o.kind} reported`).toBeGreaterThan(before);
          if (effective) attacks += 1;
          const live = (await t.server.get(zaakDoc).catch(() => null)) as SyncDoc | null;
          if (live && !history.some((h) => h.blob === live.blob)) history.push(live);
        }
        await t.settled();
        // Nothing the tablet held is lost: every conversation it recorded is in its zaak.
        const here = (await zaakStore.open(t.key, (await rowOf('zaken', zaak.id)) as never)) as Zaak;
        const held = here.conversations.map((c) => c.recordedAt);
        for (const at of mine) expect(held).toContain(at);
        // Honest edits arrive: the other tablet's meldingen (unless the server attacked that very document).
        const status = t.status();
        const reported = (status.guarded?.length ?? 0) + (status.setAside?.length ?? 0);
        for (const id of peerMeldingen) if (attacks === 0) expect(await rowOf('meldingen', id)).toBeTruthy();
        if (attacks === 0) for (const at of theirs) expect(held).toContain(at);
        // Nothing is reported where nothing happened (what is set aside leaves the list once withdrawn).
        if (attacks === 0) expect(reported).toBe(0);
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
