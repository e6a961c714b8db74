import { describe, expect, it } from 'vitest';
import { proofToChoose } from '../../src/domain/privacy/proof-to-choose';

describe('what proves a name chosen after a shared unlock', () => {
  it('is the own passphrase for whoever has one, whatever their role', () => {
    expect(proofToChoose({ roles: ['leerkracht'] }, true)).toBe('own');
    expect(proofToChoose({ roles: ['directeur'] }, true)).toBe('own');
  });
  it('is the school’s passphrase again for a role that sees everything', () => {
    for (const role of ['ivp', 'ib', 'directeur'] as const) expect(proofToChoose({ roles: ['leerkracht', role] }, false)).toBe('school');
  });
  it('is a tap for a teacher or a surveillant', () => {
    expect(proofToChoose({ roles: ['leerkracht', 'surveillant'] }, false)).toBe('none');
    expect(proofToChoose({ roles: ['surveillant'] }, false)).toBe('none');
  });
});
