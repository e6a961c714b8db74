import { describe, expect, it } from 'vitest';
import { pupilTimeline, zaakTimeline } from '../../src/domain/case/timeline';
import { nameAt, renamesSince, withRename, type Pupil } from '../../src/domain/pupils';
import { jpsProtocol } from '../../src/domain/protocol';
import { newZaak, validStap1 } from './zaak-builders';

/** A rename is an event: the record keeps the name a child had then, and says what they are called now. */
describe('renaming a pupil', () => {
  const daan: Pupil = { id: 'p1', firstName: 'Daan', lastName: 'Visser', groupId: 'g6' };

  it('keeps every earlier name with the moment it changed, and nothing when only the group changed', () => {
    const once = withRename(daan, { ...daan, lastName: 'Vissers' }, new Date('2026-12-01T10:00:00Z'), 'juf');
    const twice = withRename(once, { ...once, firstName: 'Daniël' }, new Date('2026-12-05T10:00:00Z'));
    expect(twice.formerNames).toEqual([
      { firstName: 'Daan', lastName: 'Visser', until: '2026-12-01T10:00:00.000Z', by: 'juf' },
      { firstName: 'Daan', lastName: 'Vissers', until: '2026-12-05T10:00:00.000Z' },
    ]);
    expect(withRename(twice, { ...twice, groupId: 'g7' }, new Date())).toEqual({ ...twice, groupId: 'g7' });
    expect(nameAt(twice, '2026-11-20T00:00:00Z')).toBe('Daan Visser');
    expect(nameAt(twice, '2026-12-03T00:00:00Z')).toBe('Daan Vissers');
    expect(nameAt(twice, '2026-12-06T00:00:00Z')).toBe('Daniël Vissers');
    expect(renamesSince(twice, '2026-12-02T00:00:00Z')).toEqual([{ at: '2026-12-05T10:00:00.000Z', by: undefined, from: 'Daan Vissers', to: 'Daniël Vissers' }]);
  });

  it('shows in the child’s own timeline too', () => {
    const renamed = withRename(daan, { ...daan, firstName: 'Daniël' }, new Date('2026-12-05T10:00:00Z'), 'juf');
    expect(pupilTimeline(jpsProtocol, 'p1', [], [], [], renamed)).toEqual([
      { at: '2026-12-05T10:00:00.000Z', by: 'juf', title: 'Naam gewijzigd: Daan Visser heet nu Daniël Visser', detail: 'Wat eerder is vastgelegd, gebruikt de oude naam.' },
    ]);
  });

  it('shows in a closed zaak’s timeline for a child of its support group, not for others', () => {
    const zaak = newZaak({ status: 'gesloten', members: validStap1().members!, conversations: [validStap1()] });
    const member = { id: 'p1', firstName: 'Daan', lastName: 'Vissers', groupId: 'g6', formerNames: [{ firstName: 'Daan', lastName: 'Visser', until: '2026-12-01T10:00:00.000Z', by: 'juf' }] };
    const stranger = { ...member, id: 'p99' };
    const titles = zaakTimeline(jpsProtocol, zaak, undefined, [], [member, stranger]).filter((e) => e.title.startsWith('Naam gewijzigd'));
    expect(titles).toEqual([{ at: '2026-12-01T10:00:00.000Z', by: 'juf', title: 'Naam gewijzigd: Daan Visser heet nu Daan Vissers' }]);
  });
});
