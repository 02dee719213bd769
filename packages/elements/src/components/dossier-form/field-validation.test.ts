import { describe, expect, it } from 'vitest';
import { checkFields, fieldWarning, recheckField, validateField } from './field-validation.js';
import type { FieldDef } from './form-field.js';
import { type FormMessage, messageText } from './form-message.js';

const vi = (message: FormMessage | undefined) =>
  message === undefined ? undefined : messageText(message, 'vi', 'Số định danh cá nhân');

const OWNER_ID: FieldDef = {
  pointer: '/owner/personalId',
  label: 'Số định danh cá nhân',
  required: true,
  requiredMessage: 'check',
  check: { rule: 'personal-id', dateOfBirthField: '/owner/dateOfBirth', sexField: '/owner/sex' },
};
const DATE_OF_BIRTH: FieldDef = {
  pointer: '/owner/dateOfBirth',
  label: 'Ngày sinh',
  required: true,
  check: { rule: 'date', notFuture: true },
};
const defs = new Map([OWNER_ID, DATE_OF_BIRTH].map((def) => [def.pointer, def]));
const none = { errors: new Map(), warnings: new Map() };

// 003 is no province code of birth registration; 1 then 90: a woman born in 1990.
const UNKNOWN_PROVINCE_ID = '003190024817';

describe('validateField', () => {
  it('says what an empty field needs in the domain’s words, or the form’s own', () => {
    expect(vi(validateField(OWNER_ID, {}))).toBe('Vui lòng nhập số định danh cá nhân.');
    const eFormId: FieldDef = { ...OWNER_ID, requiredMessage: undefined, label: 'Số định danh của mẹ' };
    expect(messageText(validateField(eFormId, {}) as FormMessage, 'vi', eFormId.label)).toBe(
      'Vui lòng nhập số định danh của mẹ.',
    );
  });

  it('cross-checks an ID number with the date of birth and the sex typed in their fields', () => {
    const values = { '/owner/personalId': '001190024817', '/owner/dateOfBirth': '14/03/1991' };
    expect(vi(validateField(OWNER_ID, values))).toBe('Năm sinh không khớp với số định danh cá nhân.');
    expect(validateField(OWNER_ID, { ...values, '/owner/dateOfBirth': '14/03/1990' })).toBeUndefined();
    const bornIn1990 = { ...values, '/owner/dateOfBirth': '14/03/1990' };
    expect(vi(validateField(OWNER_ID, { ...bornIn1990, '/owner/sex': 'MALE' }))).toBe(
      'Giới tính không khớp với số định danh cá nhân.',
    );
  });
});

describe('fieldWarning', () => {
  it('warns about an ID number of an unknown province, unless the number has an error', () => {
    const values = { '/owner/personalId': UNKNOWN_PROVINCE_ID };
    expect(vi(fieldWarning(OWNER_ID, values))).toContain('Ba số đầu không phải mã tỉnh');
    expect(validateField(OWNER_ID, values)).toBeUndefined();
    expect(fieldWarning(OWNER_ID, { ...values, '/owner/sex': 'MALE' })).toBeUndefined();
    expect(fieldWarning(OWNER_ID, { '/owner/personalId': '001190024817' })).toBeUndefined();
  });
});

describe('recheckField', () => {
  it('checks again the fields that read the one left, once they have a value', () => {
    const typed = { '/owner/personalId': '001190024817', '/owner/dateOfBirth': '14/03/1991' };
    const found = recheckField('/owner/dateOfBirth', defs, typed, none);
    expect(vi(found.errors.get('/owner/personalId'))).toBe('Năm sinh không khớp với số định danh cá nhân.');
    // An ID number not typed yet is not an error just because the date of birth was left.
    expect(
      recheckField('/owner/dateOfBirth', defs, { '/owner/dateOfBirth': '14/03/1991' }, none).errors.size,
    ).toBe(0);
  });

  it('drops a warning once the number is emptied, without calling the empty field an error', () => {
    const warned = recheckField(
      '/owner/personalId',
      defs,
      { '/owner/personalId': UNKNOWN_PROVINCE_ID },
      none,
    );
    expect(warned.warnings.has('/owner/personalId')).toBe(true);
    const emptied = recheckField('/owner/personalId', defs, { '/owner/personalId': '' }, warned);
    expect(emptied.warnings.size).toBe(0);
    expect(emptied.errors.size).toBe(0);
  });
});

describe('checkFields', () => {
  it('finds every error and warning, warnings apart', () => {
    const found = checkFields([OWNER_ID, DATE_OF_BIRTH], { '/owner/personalId': UNKNOWN_PROVINCE_ID });
    expect([...found.errors.keys()]).toEqual(['/owner/dateOfBirth']);
    expect([...found.warnings.keys()]).toEqual(['/owner/personalId']);
  });
});
