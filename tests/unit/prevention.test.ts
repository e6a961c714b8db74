import { describe, expect, it } from 'vitest';
import { byMonth, dueNow, preventionRecordId } from '../../src/domain/prevention/year-plan';
import { schoolYearOf } from '../../src/domain/dates';
import { jpsProtocol } from '../../src/domain/protocol';

describe('the prevention year plan', () => {
  it('runs from August to July', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
    expect(schoolYearOf('2027-03-15')).toBe('2026-2027');
  });

  it('lists the months in school-year order, with year-round items last', () => {
    const months = byMonth(jpsProtocol.preventionPlan).map((m) => m.month);
    expect(months).toEqual([9, 10, 11, 2, 3, 4, 6, null]);
  });

  it('shows what is due by now and not done this school year', () => {
    const inNovember = dueNow(jpsProtocol.preventionPlan, [], '2026-11-25').map((a) => a.id);
    expect(inNovember).toEqual(expect.arrayContaining(['sociogram-okt', 'scol-nov', 'week-tegen-pesten', 'week-mediawijsheid']));
    expect(inNovember).not.toContain('sociogram-mrt');
    const done = [{ id: preventionRecordId('2026-2027', 'scol-nov'), schoolYear: '2026-2027', activityId: 'scol-nov', doneOn: '2026-11-20', note: '' }];
    expect(dueNow(jpsProtocol.preventionPlan, done, '2026-11-25').map((a) => a.id)).not.toContain('scol-nov');
    const lastYear = [{ ...done[0]!, id: preventionRecordId('2025-2026', 'scol-nov'), schoolYear: '2025-2026' }];
    expect(dueNow(jpsProtocol.preventionPlan, lastYear, '2026-11-25').map((a) => a.id)).toContain('scol-nov');
  });
});
