import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldLines, heldRows, isBehind, missingHere } from '../../src/data/sync/checkpoint';
import type { SyncRow } from '../../src/data/sync/sync-rows';

/** Document ids as a keyed hash makes them: spread out from the first digit (a bijective scramble of n). */
const docIdOf = (n: number) => (Math.imul(n, 2654435761) >>> 0).toString(16).padStart(8, '0') + n.toString(16).padStart(24, '0');
const row = (table: string, n: number, ver: number, hash: string): SyncRow => ({ docId: docIdOf(n), row: `${table}/${n}`, rev: `${ver}-x`, mark: 'm', ver, hash, after: [] });

/** A checkpoint lists what a tablet holds; another tablet counts what of it never reached it. */
describe('checkpoints', () => {
  it('count a record another tablet holds and this one never received, and a version of it this one lacks', () => {
    const theirs = { held: heldLines([row('zaken', 1, 3, 'aaaaaaaa11'), row('meldingen', 2, 1, 'bbbbbbbb22'), row('zaken', 3, 2, 'cccccccc33')]) };
    const mine = [row('zaken', 1, 3, 'aaaaaaaa11'), row('zaken', 3, 2, 'dddddddd44')];
    // Melding 2 never arrived; zaak 3 is held here in a version written apart (the same number): theirs never arrived.
    expect(missingHere(theirs, mine)).toEqual({ meldingen: 1, zaken: 1 });
  });

  it('count nothing for a later version held here, nor for a record whose versions wait for a choice', () => {
    const theirs = { held: heldLines([row('zaken', 1, 3, 'aaaaaaaa11'), row('pupils', 5, 1, 'eeeeeeee55')]) };
    const mine = [row('zaken', 1, 4, 'ffffffff66')];
    expect(missingHere(theirs, mine, new Set([row('pupils', 5, 1, '').docId]))).toEqual({});
  });

  it('hold the same as a tablet in step, whatever the records (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ n: fc.nat(10_000), ver: fc.integer({ min: 0, max: 40 }), hash: fc.stringMatching(/^[0-9a-f]{8,32}$/) }), { selector: (r) => r.n }), (records) => {
        const rows = records.map((r) => row('zaken', r.n, r.ver, r.hash));
        expect(missingHere({ held: heldLines(rows) }, rows)).toEqual({});
        // One record dropped on the way: exactly that one is missing.
        if (rows.length > 0) expect(missingHere({ held: heldLines(rows) }, rows.slice(1))).toEqual({ zaken: 1 });
      }),
    );
  });

  it('leave out the engine’s notes, checkpoints themselves and slots not yet exchanged', () => {
    const rows = [row('zaken', 1, 1, 'aaaaaaaa'), { ...row('checkpoints', 2, 1, 'bbbbbbbb') }, { docId: '~seq', row: '~seq', rev: '', mark: '12' }, { docId: 'd3', row: 'keySlots/x', rev: '', mark: 'm' }];
    expect(heldRows(rows).map((r) => r.row)).toEqual(['zaken/1']);
  });

  it('name a tablet behind once it has not advanced for a day while another did', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const quiet = { changedAt: '2026-12-05T08:00:00Z', code: '1' };
    expect(isBehind(quiet, [{ changedAt: '2026-12-07T11:00:00Z', code: '2' }], now)).toBe(true);
    // Nobody wrote since: in step, however long ago.
    expect(isBehind(quiet, [{ changedAt: '2026-12-04T08:00:00Z', code: '2' }], now)).toBe(false);
    expect(isBehind(quiet, [{ changedAt: '2026-12-07T11:00:00Z', code: '1' }], now)).toBe(false);
    // Changed within the day: not yet.
    expect(isBehind({ changedAt: '2026-12-07T01:00:00Z', code: '1' }, [{ changedAt: '2026-12-07T11:00:00Z', code: '2' }], now)).toBe(false);
  });
});
