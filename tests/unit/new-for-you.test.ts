import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentAlerts, newFor, readsAbout, readsToForget, recipientsOf, type AlertInputs } from '../../src/domain/alerts/new-for-you';
import type { Melding } from '../../src/domain/melding';
import type { StaffMember } from '../../src/domain/staff';
import { newZaak } from './zaak-builders';

/** "Nieuw voor u" reaches the people the protocol names, and stays until each of them marks it read. */
const staff: StaffMember[] = [
  { id: 'juf-6', name: 'Juf Zes', roles: ['leerkracht'], groupIds: ['g6'] },
  { id: 'meester-7', name: 'Meester Zeven', roles: ['leerkracht'], groupIds: ['g7'] },
  { id: 'ivp', name: 'De IVP', roles: ['ivp'], groupIds: [] },
  { id: 'ib', name: 'De IB’er', roles: ['ib'], groupIds: [] },
  { id: 'surv', name: 'Surveillant', roles: ['surveillant'], groupIds: [] },
  { id: 'weg', name: 'Vertrokken IVP', roles: ['ivp'], groupIds: [], removedOn: '2026-01-01' },
];
const pupils = [
  { id: 'p6', firstName: 'Anna', lastName: 'Zes', groupId: 'g6' },
  { id: 'p7', firstName: 'Bram', lastName: 'Zeven', groupId: 'g7' },
];
const melding = (change: Partial<Melding> = {}): Melding => ({
  id: 'm1',
  reporterKind: 'personeel',
  reporterName: '',
  location: '',
  pupilIds: ['p6'],
  description: 'Uitgelachen.',
  occurredOn: '2026-11-25',
  status: 'nieuw',
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  recordedBy: 'surv',
  ...change,
});
const inputs = (change: Partial<AlertInputs> = {}): AlertInputs => ({ meldingen: [], zaken: [], staff, pupils, signals: [], overdue: [], reads: [], ...change });
const who = (i: AlertInputs) => staff.map((s) => s.id).filter((id) => newFor(id, i).length > 0);

describe('Nieuw voor u', () => {
  it('a new melding: the teacher of the child’s group, the IVPs and the IB’er; not the one who recorded it, not a colleague who left', () => {
    expect(who(inputs({ meldingen: [melding()] }))).toEqual(['juf-6', 'ivp', 'ib']);
    expect(who(inputs({ meldingen: [melding({ recordedBy: 'ivp' })] }))).toEqual(['juf-6', 'ib']);
    expect(who(inputs({ meldingen: [melding({ pupilIds: ['p6', 'p7'] })] }))).toEqual(['juf-6', 'meester-7', 'ivp', 'ib']);
    // Judged: no longer new for anyone.
    expect(who(inputs({ meldingen: [melding({ status: 'pesten' as Melding['status'] })] }))).toEqual([]);
  });

  it('a blue-mailbox note: the IVPs, who empty the mailbox', () => {
    expect(who(inputs({ meldingen: [melding({ reporterKind: 'blauwe-brievenbus', mailbox: { signed: false }, recordedBy: 'juf-6' })] }))).toEqual(['ivp']);
    // Recorded by hand as the mailbox's (no photo): the same note, for the same people.
    expect(who(inputs({ meldingen: [melding({ reporterKind: 'blauwe-brievenbus', recordedBy: 'juf-6' })] }))).toEqual(['ivp']);
  });

  it('an overdue evaluation: whoever leads the zaak and the IB’er', () => {
    const zaak = newZaak({ id: 'z1', leadStaffId: 'meester-7', bulliedPupilId: 'p7' });
    const overdue = [{ zaakId: 'z1', leadStaffId: 'meester-7', bulliedPupilId: 'p7', stepId: 'stap3' as const, round: 1, dueOn: '2026-11-20' }];
    expect(who(inputs({ zaken: [zaak], overdue }))).toEqual(['meester-7', 'ib']);
  });

  it('a signal: the child’s teacher and the IVPs; a new incident later is a new alert', () => {
    const signal = (day: string) => ({ pupilId: 'p7', targeting: false, signals: [{ kind: 'herhaald-doelwit' as const, pupilId: 'p7', events: [{ day, source: 'incident' as const, id: 'i1', targetIds: ['p7'], actorIds: [], label: '' }] }] });
    const first = inputs({ signals: [signal('2026-11-20')] as never });
    expect(who(first)).toEqual(['meester-7', 'ivp']);
    const [alert] = currentAlerts(first);
    const read = { id: 'r1', alertKey: alert!.key, staffId: 'ivp', readAt: '2026-11-21T08:00:00.000Z' };
    expect(who({ ...first, reads: [read] })).toEqual(['meester-7']);
    expect(who(inputs({ signals: [signal('2026-11-24')] as never, reads: [read] }))).toEqual(['meester-7', 'ivp']);
  });

  it('for every melding: read by one person, new for the others still; never addressed to who recorded it', () => {
    fc.assert(
      fc.property(fc.subarray(['p6', 'p7'], { minLength: 1 }), fc.constantFrom(...staff.map((s) => s.id)), fc.constantFrom(...staff.map((s) => s.id)), (pupilIds, recordedBy, reader) => {
        const i = inputs({ meldingen: [melding({ pupilIds, recordedBy })] });
        const [alert] = currentAlerts(i);
        expect(recipientsOf(alert!, i).has('weg')).toBe(false);
        expect(newFor(recordedBy, i)).toEqual([]);
        const after = { ...i, reads: [{ id: 'r', alertKey: alert!.key, staffId: reader, readAt: '2026-11-25T10:00:00.000Z' }] };
        expect(newFor(reader, after)).toEqual([]);
        for (const other of staff.map((s) => s.id).filter((id) => id !== reader)) expect(newFor(other, after)).toEqual(newFor(other, i));
      }),
    );
  });

  it('keeps who read what for the history, and forgets it with the records it names', () => {
    const reads = [
      { id: 'r1', alertKey: 'melding:m1', staffId: 'juf-6', readAt: '2026-11-25T10:00:00.000Z' },
      { id: 'r2', alertKey: 'evaluatie:z1:stap3:1', staffId: 'ib', readAt: '2026-11-26T10:00:00.000Z' },
      { id: 'r3', alertKey: 'signaal:p7:2026-11-20', staffId: 'ivp', readAt: '2026-11-21T10:00:00.000Z' },
    ];
    expect(readsAbout(reads, { meldingId: 'm1', zaakId: 'z1' }).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(readsToForget(reads, { pupilIds: ['p7'], zaakIds: [], meldingIds: ['m1'] })).toEqual(['r1', 'r3']);
  });
});
