import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordsInView, roleView } from '../../src/domain/privacy/role-view';
import type { StaffMember } from '../../src/domain/staff';
import type { Melding } from '../../src/domain/melding';
import type { Incident } from '../../src/domain/incidents/incident';
import { newZaak } from './zaak-builders';

const staff: StaffMember[] = [
  { id: 'juf5', name: 'Juf van 5', roles: ['leerkracht'], groupIds: ['g5'] },
  { id: 'meester6', name: 'Meester van 6', roles: ['leerkracht', 'surveillant'], groupIds: ['g6'] },
  { id: 'ivp', name: 'IVP', roles: ['ivp'], groupIds: [] },
  { id: 'ib', name: 'IB', roles: ['ib'], groupIds: [] },
  { id: 'dir', name: 'Directeur', roles: ['directeur'], groupIds: [] },
  { id: 'surv', name: 'Overblijfmoeder', roles: ['surveillant'], groupIds: [] },
];
const pupils = [
  { id: 'a5', firstName: 'A', lastName: 'Vijf', groupId: 'g5' },
  { id: 'b5', firstName: 'B', lastName: 'Vijf', groupId: 'g5' },
  { id: 'c6', firstName: 'C', lastName: 'Zes', groupId: 'g6' },
  { id: 'd6', firstName: 'D', lastName: 'Zes', groupId: 'g6' },
];
const melding = (id: string, pupilIds: string[], recordedBy?: string): Melding =>
  ({ id, pupilIds, recordedBy, status: 'nieuw', createdAt: '2026-11-01T10:00:00.000Z' }) as unknown as Melding;
const incident = (id: string, pupilIds: string[], recordedBy?: string): Incident =>
  ({ id, involved: pupilIds.map((pupilId) => ({ pupilId, part: 'doelwit' })), recordedBy }) as unknown as Incident;
const data = {
  pupils,
  staff,
  meldingen: [melding('m5', ['a5']), melding('m6', ['c6']), melding('m-surv', ['c6'], 'surv'), melding('m-mailbox', []), { ...melding('m-mailbox-5', ['b5']), mailbox: { signed: false } }],
  zaken: [
    newZaak({ id: 'z5', meldingId: 'm5', bulliedPupilId: 'a5', leadStaffId: 'juf5' }),
    // A zaak about a child of groep 6 that the IVP leads, with a groep-5 child in the support group.
    newZaak({ id: 'z6', meldingId: 'm6', bulliedPupilId: 'c6', leadStaffId: 'ivp', members: [{ pupilId: 'b5', role: 'pester' }] }),
  ],
  incidents: [incident('i5', ['b5']), incident('i6', ['d6'], 'surv')],
};
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const as = (id: string) => recordsInView(data, staff.find((s) => s.id === id));

describe('views by role', () => {
  it('shows the IVP, the IB’er and the directeur everything', () => {
    for (const id of ['ivp', 'ib', 'dir']) expect(as(id)).toBe(data);
  });

  it('shows a leerkracht the meldingen, zaken and incidents of their own group, not another group’s zaak their pupil is part of, nor the blue mailbox', () => {
    const juf = as('juf5');
    expect(ids(juf.zaken)).toEqual(['z5']);
    expect(ids(juf.meldingen)).toEqual(['m5']);
    expect(ids(juf.incidents)).toEqual(['i5']);
    expect(ids(juf.pupils)).toEqual(ids(pupils));
  });

  it('shows a leerkracht a zaak they lead, took over or recorded in, whichever group it is', () => {
    const handedOver = { ...data, zaken: data.zaken.map((z) => (z.id === 'z6' ? { ...z, handovers: [{ at: '2026-11-05T10:00:00.000Z', from: 'ivp', to: 'juf5' }] } : z)) };
    expect(ids(recordsInView(handedOver, staff[0]).zaken)).toEqual(['z5', 'z6']);
    expect(ids(recordsInView(handedOver, staff[0]).meldingen)).toEqual(['m5', 'm6']);
  });

  it('shows a surveillant what they recorded themselves, and no zaak', () => {
    const surv = as('surv');
    expect(surv.zaken).toEqual([]);
    expect(ids(surv.meldingen)).toEqual(['m-surv']);
    expect(ids(surv.incidents)).toEqual(['i6']);
  });

  it('hides nothing while the school has no one yet who sees everything, so setting up never locks anyone out', () => {
    const onlyTeachers = staff.filter((s) => s.roles.includes('leerkracht'));
    expect(roleView(onlyTeachers[0], onlyTeachers)).toBe('alles');
    expect(roleView(onlyTeachers[0], staff)).toBe('leerkracht');
    expect(roleView(undefined, staff)).toBe('alles');
  });

  it('for every member and any set of zaken: all of their own group’s zaken and the ones they lead, and no other (property)', () => {
    const zaak = fc.record({ bullied: fc.constantFrom(...ids(pupils)), lead: fc.constantFrom(...ids(staff)), recordedBy: fc.constantFrom(undefined, ...ids(staff)) });
    fc.assert(
      fc.property(fc.constantFrom(...staff), fc.array(zaak, { maxLength: 12 }), (member, made) => {
        const zaken = made.map((z, i) =>
          newZaak({ id: `z${i}`, meldingId: `m${i}`, bulliedPupilId: z.bullied, leadStaffId: z.lead, conversations: z.recordedBy ? [{ stepId: 'stap1', round: 1, heldOn: '2026-11-02', recordedAt: '2026-11-02T10:00:00.000Z', recordedBy: z.recordedBy, answers: {}, checklist: {} }] : [] }),
        );
        const shown = new Set(ids(recordsInView({ ...data, zaken }, member).zaken));
        const view = roleView(member, staff);
        zaken.forEach((z, i) => {
          const own = member.groupIds.includes(pupils.find((p) => p.id === z.bulliedPupilId)!.groupId);
          const part = z.leadStaffId === member.id || made[i]!.recordedBy === member.id;
          const expected = view === 'alles' || (view === 'leerkracht' && (own || part));
          expect(shown.has(z.id), `${member.id} and zaak ${JSON.stringify(made[i])}`).toBe(expected);
        });
      }),
    );
  });
});
