import { describe, expect, it } from 'vitest';
import { checkLookup } from './lookup-validation.js';

describe('checkLookup', () => {
  it('sends the code trimmed and upper-cased, and the ID number without spaces or dots', () => {
    expect(checkLookup(' 000.00.24.h26-251127-0001 ', '001 190.024817')).toEqual({
      ok: true,
      query: { code: '000.00.24.H26-251127-0001', ownerPersonalId: '001190024817' },
    });
  });

  it('asks for a missing code and explains a bad ID number with the domain’s message', () => {
    const check = checkLookup('  ', '12345');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.code).toBe('required');
    expect(check.problems.ownerPersonalId?.code).toBe('personal-id.length');
    expect(check.problems.ownerPersonalId?.message.vi).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
  });

  it('catches a code that is not shaped like a dossier code, with a valid ID number', () => {
    const check = checkLookup('HS-12345', '001190024817');
    expect(check).toEqual({ ok: false, problems: { code: 'implausible' } });
  });

  it('recognises an old 9-digit identity card number', () => {
    const check = checkLookup('000.00.24.H26-251127-0001', '012345678');
    expect(check.ok ? undefined : check.problems.ownerPersonalId?.code).toBe('personal-id.legacy-id-card');
  });

  it('lets a number with an unknown province through (a warning, not an error)', () => {
    expect(checkLookup('000.00.24.H26-251127-0001', '099190024817').ok).toBe(true);
  });
});
