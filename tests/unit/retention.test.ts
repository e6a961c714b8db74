import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { runRetention } from '../../src/data/retention';
import { loadSchoolData } from '../../src/data/school-data';
import { incidentStore, meldingStore, pupilStore, versionChoiceStore, zaakStore } from '../../src/data/stores';
import { createVault } from '../../src/data/vault';
import type { Zaak } from '../../src/domain/case/zaak';
import type { Incident } from '../../src/domain/incidents/incident';
import type { Melding } from '../../src/domain/melding';
import { FORMER_PUPIL, forgetDeletedNames } from '../../src/domain/privacy/forget-names';
import { expiresOn, leftOnOrBefore, retentionPlan } from '../../src/domain/privacy/retention';
import type { Pupil } from '../../src/domain/pupils';
import { freshDatabase, TEST_ITERATIONS } from './test-db';
import { newZaak } from './zaak-builders';

const pupil = (id: string, leftOn?: string): Pupil => ({ id, firstName: id, lastName: 'X', groupId: 'g', ...(leftOn ? { leftOn } : {}) });
const melding = (id: string, pupilIds: string[], status: Melding['status'] = 'zaak'): Melding => ({
  id,
  status,
  reporterKind: 'ouder',
  reporterName: '',
  pupilIds,
  description: 'x',
  occurredOn: '2024-05-01',
  location: '',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
});
const closed = (id: string, bulliedPupilId: string, meldingId: string): Zaak => ({
  ...newZaak({ id, bulliedPupilId, meldingId, status: 'gesloten' }),
  closing: { at: '2024-06-01T10:00:00.000Z', reason: 'opgeheven', note: '' },
});
const incident = (id: string, pupilIds: string[]): Incident => ({
  id,
  occurredAt: '2024-05-01T10:00:00.000Z',
  moment: 'pauze',
  area: 'Zandbak',
  kind: 'verbaal',
  involved: pupilIds.map((pupilId) => ({ pupilId, part: 'doelwit' as const })),
  note: '',
  createdAt: '2024-05-01T10:00:00.000Z',
});

const data = {
  pupils: [pupil('left', '2024-07-10'), pupil('leftLater', '2024-07-11'), pupil('here'), pupil('heldOpen', '2020-07-01'), pupil('heldNew', '2020-07-01')],
  zaken: [
    closed('z-left', 'left', 'm-left'),
    closed('z-later', 'leftLater', 'm-later'),
    closed('z-here', 'here', 'm-here'),
    { ...newZaak({ id: 'z-open', bulliedPupilId: 'heldOpen', meldingId: 'm-open' }) },
  ],
  meldingen: [
    melding('m-left', ['left']),
    melding('m-later', ['leftLater']),
    { ...melding('m-both', ['left', 'here'], 'plagen'), description: 'Left duwde here; lefts jas lag in de plas.' },
    melding('m-open', ['heldOpen']),
    melding('m-new', ['heldNew'], 'nieuw'),
  ],
  incidents: [incident('i-left', ['left']), incident('i-mixed', ['left', 'here']), incident('i-two', ['left', 'heldOpen'])],
};

describe('the retention term', () => {
  it('ends on the same date the set number of years after leaving; 29 February ends on 1 March', () => {
    expect(expiresOn('2024-07-10', 2)).toBe('2026-07-10');
    expect(expiresOn('2024-02-29', 2)).toBe('2026-03-01');
    expect(expiresOn('2024-02-29', 4)).toBe('2028-02-29');
    expect(leftOnOrBefore('2026-07-10', 2)).toBe('2024-07-10');
  });

  it('on the last day of the term keeps everything', () => {
    const plan = retentionPlan(data, 2, '2026-07-09');
    expect(plan.zaakIds).toEqual([]);
    expect(plan.pupilIds).toEqual([]);
    expect(plan.heldByOpenWork.sort()).toEqual(['heldNew', 'heldOpen']);
  });

  it('on the first day after it selects exactly the closed records of that pupil, and the pupil', () => {
    const plan = retentionPlan(data, 2, '2026-07-10');
    expect(plan).toEqual({
      pupilIds: ['left'],
      zaakIds: ['z-left'],
      meldingIds: ['m-left'],
      // i-two stays: its other child is past the term but an open zaak still needs them.
      incidentIds: ['i-left'],
      heldByOpenWork: ['heldOpen', 'heldNew'],
      photoIds: [],
    });
  });

  it('never deletes an open zaak, the melding behind it, or an unassessed melding', () => {
    const plan = retentionPlan(data, 2, '2040-01-01');
    expect(plan.zaakIds).not.toContain('z-open');
    expect(plan.meldingIds).not.toContain('m-open');
    expect(plan.meldingIds).not.toContain('m-new');
    expect(plan.zaakIds).not.toContain('z-here');
    expect(plan.meldingIds).not.toContain('m-both');
    expect(plan.incidentIds).not.toContain('i-mixed');
  });

  it('follows the school’s own term', () => {
    expect(retentionPlan(data, 5, '2026-07-10').pupilIds).toEqual([]);
    expect(retentionPlan(data, 1, '2025-07-11').pupilIds).toEqual(['left', 'leftLater']);
  });
});

describe('a retention run', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('deletes exactly the planned records in one go and logs only dates and counts', async () => {
    const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now: new Date(), iterations: TEST_ITERATIONS });
    // The melding that goes came from the blue mailbox, with a photo: the melding holds the link.
    const withPhoto = { ...data, meldingen: data.meldingen.map((m) => (m.id === 'm-left' ? { ...m, mailbox: { signed: false, photoId: 'photo-1' } } : m)) };
    for (const p of data.pupils) await pupilStore.put(key, p);
    for (const z of data.zaken) await zaakStore.put(key, z);
    for (const m of withPhoto.meldingen) await meldingStore.put(key, m);
    for (const i of data.incidents) await incidentStore.put(key, i);
    await database().photos.put({ id: 'photo-1', type: 'image/jpeg', sealed: new Uint8Array([1]) });
    await database().photos.put({ id: 'photo-2', type: 'image/jpeg', sealed: new Uint8Array([1]) });

    const plan = retentionPlan(withPhoto, 2, '2026-07-10');
    expect(plan.photoIds).toEqual(['photo-1']);
    const rewritten = forgetDeletedNames(withPhoto, plan, new Date('2026-07-10T09:00:00.000Z'));
    const entry = await runRetention(key, plan, { id: 'run-1', at: '2026-07-10T09:00:00.000Z', retentionYears: 2, leftOnOrBefore: '2024-07-10' }, rewritten);
    expect(entry.counts).toEqual({ pupils: 1, zaken: 1, meldingen: 1, incidents: 1, photos: 1 });

    const after = await loadSchoolData(key);
    expect(after.pupils.map((p) => p.id).sort()).toEqual(['heldNew', 'heldOpen', 'here', 'leftLater']);
    expect(after.zaken.map((z) => z.id).sort()).toEqual(['z-here', 'z-later', 'z-open']);
    expect(after.meldingen.map((m) => m.id).sort()).toEqual(['m-both', 'm-later', 'm-new', 'm-open']);
    expect(after.incidents.map((i) => i.id).sort()).toEqual(['i-mixed', 'i-two']);
    // The photo of the deleted melding is gone; another stays.
    expect((await database().photos.toArray()).map((p) => p.id)).toEqual(['photo-2']);
    expect(after.deletions).toEqual([entry]);
    expect(JSON.stringify(entry)).not.toMatch(/"left"|z-left|m-left|i-left|"X"/);
    // The melding that stays for the classmate no longer names the deleted pupil.
    expect(after.meldingen.find((m) => m.id === 'm-both')!.description).toBe('Een oud-leerling duwde here; een oud-leerling jas lag in de plas.');
  });

  it('deletes the choices between versions of what it deletes or rewrites, and keeps the others', async () => {
    const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now: new Date(), iterations: TEST_ITERATIONS });
    const choice = (id: string, subject: string) => ({ id, at: '2026-01-10T09:00:00.000Z', subject, what: 'een leerling', kept: { lines: ['Voornaam: X'] }, notKept: [{ lines: ['Voornaam: Y'] }] });
    await versionChoiceStore.put(key, choice('c-left', 'pupils/left'));
    await versionChoiceStore.put(key, choice('c-both', 'meldingen/m-both'));
    await versionChoiceStore.put(key, choice('c-here', 'pupils/here'));
    const plan = retentionPlan(data, 2, '2026-07-10');
    await runRetention(key, plan, { id: 'run-1', at: '2026-07-10T09:00:00.000Z', retentionYears: 2, leftOnOrBefore: '2024-07-10' }, forgetDeletedNames(data, plan, new Date('2026-07-10T09:00:00.000Z')));
    expect((await versionChoiceStore.all(key)).map((c) => c.id)).toEqual(['c-here']);
  });
});

describe('forgetting a deleted pupil’s name in the records that stay', () => {
  const kees = { id: 'kees', firstName: 'Kees', lastName: 'Vertrekker', groupId: 'g', leftOn: '2020-07-01' };
  const lotte = { id: 'lotte', firstName: 'Lotte', lastName: 'Blijft', groupId: 'g' };
  const kees2 = { id: 'kees2', firstName: 'Kees', lastName: 'Anders', groupId: 'g' };
  const zaak: Zaak = {
    ...newZaak({ id: 'z', bulliedPupilId: 'lotte', rev: 4 }),
    conversations: [{ stepId: 'stap1', round: 1, heldOn: '2020-05-01', recordedAt: '2020-05-01T10:00:00.000Z', answers: { 'wat-speelt': 'Kees Vertrekker duwde haar; K. Vertrekker lachte.', gevoel: 2 }, checklist: {}, actions: [{ pupilId: 'lotte', text: 'Niet meer bij Vertrekkers groepje' }] }],
  };
  const records = { pupils: [kees, lotte, kees2], zaken: [zaak], meldingen: [], incidents: [{ ...incident('i', ['lotte']), note: 'Kees duwde.' }] };
  const plan = { pupilIds: ['kees'], zaakIds: [], meldingIds: [], incidentIds: [] };

  it('replaces their name in what was added beside the conversations too: a correction, a move, a note as entered in Esis', () => {
    const corrected: Zaak = {
      ...zaak,
      corrections: [{ at: '2020-05-02T10:00:00.000Z', stepId: 'stap1', round: 1, recordedAt: '2020-05-01T10:00:00.000Z', field: 'answer:wat-speelt', from: 'K. Vertrekker duwde haar', to: 'Kees Vertrekker duwde haar', reason: 'Vertrekker stond er niet bij.' }],
      reschedules: [{ stepId: 'stap3', round: 1, from: '2020-05-08', to: '2020-05-09', reason: 'Kees Vertrekker was ziek.', at: '2020-05-07T10:00:00.000Z' }],
      esisEntered: { lotte: { at: '2020-05-02T10:00:00.000Z', text: 'Pesten door Kees Vertrekker.' } },
    };
    const { zaken } = forgetDeletedNames({ ...records, zaken: [corrected] }, plan, new Date('2026-07-10T09:00:00.000Z'));
    // ("Kees" alone stays: another Kees is still at school, so it names nobody in particular.)
    expect(JSON.stringify(zaken[0])).not.toMatch(/Vertrekker/);
    expect(zaken[0]!.corrections![0]!.to).toBe('Een oud-leerling duwde haar');
  });

  it('replaces every form of their name in the staying zaak, with a new revision', () => {
    const { zaken } = forgetDeletedNames(records, plan, new Date('2026-07-10T09:00:00.000Z'));
    expect(zaken).toHaveLength(1);
    expect(zaken[0]!.conversations[0]!.answers['wat-speelt']).toBe(`Een oud-leerling duwde haar; ${FORMER_PUPIL} lachte.`);
    expect(zaken[0]!.conversations[0]!.actions![0]!.text).toBe(`Niet meer bij ${FORMER_PUPIL} groepje`);
    expect(zaken[0]!.rev).toBe(5);
  });

  it('leaves a first name another pupil still has, and records that never named them', () => {
    const { incidents, meldingen } = forgetDeletedNames(records, plan, new Date('2026-07-10T09:00:00.000Z'));
    // "Kees" alone may be the other Kees, who stays: only full names and the surname go.
    expect(incidents).toEqual([]);
    expect(meldingen).toEqual([]);
    const alone = forgetDeletedNames({ ...records, pupils: [kees, lotte] }, plan, new Date('2026-07-10T09:00:00.000Z'));
    expect(alone.incidents[0]!.note).toBe('Een oud-leerling duwde.');
  });

});

describe('drafts of a deleted pupil', () => {
  it('go, whoever typed them: naming the pupil in any form, choosing them, or belonging to a deleted zaak', async () => {
    const { draftsToForget } = await import('../../src/domain/privacy/forget-names');
    const pupils = [
      { id: 'kees', firstName: 'Kees', lastName: 'Vertrekker', groupId: 'g8' },
      { id: 'anna', firstName: 'Anna', lastName: 'Blijft', groupId: 'g5' },
    ];
    const drafts = [
      { id: 'melding:nieuw:s1', values: { description: 'K. Vertrekker duwde haar weer', pupilIds: [] } },
      { id: 'melding:nieuw:s2', values: { description: 'Ruzie bij het hek', pupilIds: ['kees'] } },
      { id: 'plein:s3', values: { involved: [{ pupilId: 'kees', part: 'dader' }] } },
      { id: 'gesprek:z1:stap1:1', values: { answers: {} } },
      { id: 'melding:nieuw:s4', values: { description: 'Anna huilde in de pauze', pupilIds: ['anna'] } },
    ];
    expect(draftsToForget(drafts, pupils, { pupilIds: ['kees'], zaakIds: ['z1'] }).sort()).toEqual(['gesprek:z1:stap1:1', 'melding:nieuw:s1', 'melding:nieuw:s2', 'plein:s3']);
  });
});
