import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { loadSchoolData } from '../../src/data/school-data';
import { alertReadStore, groupStore, incidentStore, meldingStore, pupilStore, zaakStore } from '../../src/data/stores';
import { createVault } from '../../src/data/vault';
import type { AlertRead } from '../../src/domain/alerts/new-for-you';
import type { Zaak } from '../../src/domain/case/zaak';
import { addDays } from '../../src/domain/dates';
import type { Incident } from '../../src/domain/incidents/incident';
import type { Melding } from '../../src/domain/melding';
import type { Pupil } from '../../src/domain/pupils';
import { workingSetSince } from '../../src/domain/working-set';
import { freshDatabase, TEST_ITERATIONS } from './test-db';
import { newZaak } from './zaak-builders';

describe('the working set that unlocking opens', () => {
  it('starts on 1 August once the school year is under way, and thirteen weeks back just after it began', () => {
    expect(workingSetSince('2026-11-25')).toBe('2026-08-01');
    expect(workingSetSince('2027-07-10')).toBe('2026-08-01');
    expect(workingSetSince('2026-09-05')).toBe(addDays('2026-09-05', -91));
  });

  it('always holds the longest window the repeated-targeting rule can be set to (90 days)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (day) => {
        const today = day.toISOString().slice(0, 10);
        expect(workingSetSince(today) <= addDays(today, -89)).toBe(true);
      }),
    );
  });
});

const TODAY = '2026-11-25';
const SINCE = workingSetSince(TODAY);

interface Store {
  pupils: Pupil[];
  meldingen: Melding[];
  zaken: Zaak[];
  incidents: Incident[];
  reads: AlertRead[];
}

/** A day some years back, or this school year. */
const day = fc.oneof(
  fc.integer({ min: -3000, max: -120 }).map((n) => addDays(TODAY, n)),
  fc.integer({ min: -110, max: 0 }).map((n) => addDays(TODAY, n)),
);
const iso = (d: string) => `${d}T10:00:00.000Z`;

const storeArb: fc.Arbitrary<Store> = fc
  .record({
    pupils: fc.array(fc.option(day, { nil: undefined }), { minLength: 4, maxLength: 12 }),
    meldingen: fc.array(fc.record({ day, status: fc.constantFrom('nieuw' as const, 'zaak' as const, 'plagen' as const, 'incident' as const), p: fc.nat(20) }), { maxLength: 12 }),
    zaken: fc.array(fc.record({ opened: day, updated: day, open: fc.boolean(), m: fc.nat(20), p: fc.nat(20) }), { maxLength: 6 }),
    incidents: fc.array(fc.record({ day, p: fc.nat(20) }), { maxLength: 12 }),
    reads: fc.array(fc.record({ day, about: fc.nat(20) }), { maxLength: 12 }),
  })
  .map(({ pupils, meldingen, zaken, incidents, reads }) => {
    const pupilAt = (i: number) => `p${i % pupils.length}`;
    const ms: Melding[] = meldingen.map((m, i) => ({
      id: `m${i}`,
      reporterKind: 'personeel',
      reporterName: '',
      pupilIds: [pupilAt(m.p)],
      description: 'Er werd geduwd bij de rij.',
      occurredOn: m.day,
      location: '',
      status: m.status,
      createdAt: iso(m.day),
      updatedAt: iso(m.day),
    }));
    // A zaak's melding is one of the meldingen (or a melding of its own, older).
    const zs: Zaak[] = zaken.map((z, i) => {
      const meldingId = ms.length > 0 ? ms[z.m % ms.length]!.id : `m-z${i}`;
      const updated = z.updated < z.opened ? z.opened : z.updated;
      return newZaak({ id: `z${i}`, meldingId, bulliedPupilId: pupilAt(z.p), status: z.open ? 'open' : 'gesloten', openedAt: iso(z.opened), updatedAt: iso(updated) });
    });
    return {
      pupils: pupils.map((leftOn, i) => ({ id: `p${i}`, firstName: `Kind${i}`, lastName: 'Jansen', groupId: 'g1', ...(leftOn ? { leftOn } : {}) })),
      meldingen: ms,
      zaken: zs,
      incidents: incidents.map((x, i) => ({
        id: `i${i}`,
        occurredAt: iso(x.day),
        moment: 'pauze',
        area: 'Zandbak',
        kind: 'verbaal',
        involved: [{ pupilId: pupilAt(x.p), part: 'doelwit' }],
        note: '',
        createdAt: iso(x.day),
      })),
      // A read comes after what it is about: a melding made, a zaak opened.
      reads: reads.map((r, i) => {
        const melding = ms.length > 0 && r.about % 2 === 0 ? ms[r.about % ms.length]! : undefined;
        const zaak = !melding && zs.length > 0 ? zs[r.about % zs.length]! : undefined;
        const about = melding ? `melding:${melding.id}` : zaak ? `evaluatie:${zaak.id}:1` : 'melding:elders';
        const earliest = melding?.createdAt ?? zaak?.openedAt ?? '';
        return { id: `r${i}`, alertKey: about, staffId: 'juf', readAt: iso(r.day) < earliest ? earliest : iso(r.day) };
      }),
    };
  });

/** The rule, written once more by hand: what the working set must hold of a store. */
function expectedWorkingSet(store: Store) {
  const zaken = store.zaken.filter((z) => z.status === 'open' || z.updatedAt >= SINCE);
  const meldingen = store.meldingen.filter((m) => m.status === 'nieuw' || m.createdAt >= SINCE || zaken.some((z) => z.meldingId === m.id));
  const incidents = store.incidents.filter((i) => i.occurredAt >= SINCE);
  const named = new Set([...meldingen.flatMap((m) => m.pupilIds), ...zaken.map((z) => z.bulliedPupilId), ...incidents.flatMap((i) => i.involved.map((x) => x.pupilId))]);
  const pupils = store.pupils.filter((p) => !p.leftOn || named.has(p.id));
  // Every read about what is opened is there, for its history (reads of what stays sealed need not be).
  const openAbout = new Set([...meldingen.map((m) => `melding:${m.id}`), ...zaken.map((z) => `evaluatie:${z.id}:1`)]);
  const reads = store.reads.filter((r) => r.readAt >= SINCE || openAbout.has(r.alertKey));
  return { zaken, meldingen, incidents, pupils, reads };
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();

describe('loading the working set', () => {
  it('opens what is open or of this school year, and what that names; the whole school opens everything', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(storeArb, async (store) => {
        freshDatabase();
        const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin voor de test', isDemo: false, now: new Date(iso(TODAY)), iterations: TEST_ITERATIONS });
        await groupStore.put(key, { id: 'g1', name: 'Groep 1', order: 1 });
        for (const p of store.pupils) await pupilStore.put(key, p);
        for (const m of store.meldingen) await meldingStore.put(key, m);
        for (const z of store.zaken) await zaakStore.put(key, z);
        for (const i of store.incidents) await incidentStore.put(key, i);
        for (const r of store.reads) await alertReadStore.put(key, r);

        const recent = await loadSchoolData(key, { scope: { since: SINCE } });
        const expected = expectedWorkingSet(store);
        expect(ids(recent.zaken)).toEqual(ids(expected.zaken));
        expect(ids(recent.meldingen)).toEqual(ids(expected.meldingen));
        expect(ids(recent.incidents)).toEqual(ids(expected.incidents));
        expect(ids(recent.pupils)).toEqual(ids(expected.pupils));
        // Who left is known of every pupil, opened or not: the start screen's retention notice needs it.
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect([...recent.pupilsWhoLeft].sort(byId)).toEqual(store.pupils.flatMap((p) => (p.leftOn ? [{ id: p.id, leftOn: p.leftOn }] : [])).sort(byId));
        // Reads: never fewer than the rule needs, and none that is not in the store.
        const got = new Set(ids(recent.alertReads));
        expect(ids(expected.reads).filter((id) => !got.has(id))).toEqual([]);

        const all = await loadSchoolData(key, { scope: 'all' });
        expect([ids(all.zaken), ids(all.meldingen), ids(all.incidents), ids(all.pupils), ids(all.alertReads)]).toEqual([ids(store.zaken), ids(store.meldingen), ids(store.incidents), ids(store.pupils), ids(store.reads)]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a damaged record in the working set', () => {
  it('is reported once, also when an open zaak names it', async () => {
    freshDatabase();
    const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin voor de test', isDemo: false, now: new Date(iso(TODAY)), iterations: TEST_ITERATIONS });
    const melding: Melding = { id: 'm1', reporterKind: 'personeel', reporterName: '', pupilIds: ['p1'], description: 'Er werd geduwd.', occurredOn: TODAY, location: '', status: 'zaak', createdAt: iso(TODAY), updatedAt: iso(TODAY) };
    await meldingStore.put(key, melding);
    await zaakStore.put(key, newZaak({ id: 'z1', meldingId: 'm1' }));
    // The readable status changed without the key: the ciphertext no longer matches.
    await database().meldingen.update('m1', { status: 'plagen' });
    const data = await loadSchoolData(key, { scope: { since: SINCE } });
    expect(data.damaged).toEqual([{ table: 'meldingen', id: 'm1' }]);
    expect(data.meldingen).toEqual([]);
  });
});
