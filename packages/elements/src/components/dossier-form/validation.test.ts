import { describe, expect, it } from 'vitest';
import { type FormMessage, messageText } from './form-message.js';
import {
  checkDate,
  checkEmail,
  checkInteger,
  checkLength,
  checkPattern,
  checkPersonalId,
  checkPhone,
  formatDateInput,
  parseDateInput,
  REQUIRED_NAME,
} from './validation.js';

const vi = (message: FormMessage | undefined) =>
  message === undefined ? undefined : messageText(message, 'vi');

describe('parseDateInput', () => {
  it('reads the ways Vietnamese dates are typed, day first', () => {
    for (const typed of [
      '14/03/1990',
      '14/3/1990',
      '14.03.1990',
      '14-03-1990',
      '14 03 1990',
      '14031990',
      ' 1990-03-14 ',
    ]) {
      expect(parseDateInput(typed), typed).toBe('1990-03-14');
    }
  });

  it('refuses days that are not on the calendar and other text', () => {
    for (const typed of ['31/02/2024', '29/02/2023', '00/01/2000', '14/13/1990', '1990', 'hôm qua', '']) {
      expect(parseDateInput(typed), typed).toBeUndefined();
    }
    expect(parseDateInput('29/02/2024')).toBe('2024-02-29');
  });

  it('formats back as dd/MM/yyyy', () => {
    expect(formatDateInput('1990-03-14')).toBe('14/03/1990');
  });
});

describe('checks', () => {
  it('refuses a date of birth in the future, on Hà Nội’s calendar', () => {
    expect(vi(checkDate('01/01/2999', { notFuture: true }))).toBe('Ngày sinh không được ở tương lai.');
    expect(checkDate('01/01/2999')).toBeUndefined();
    expect(vi(checkDate('31/02/2000'))).toContain('Ngày không hợp lệ');
  });

  it('cross-checks the personal ID with the year of birth and the sex (the domain’s words)', () => {
    expect(checkPersonalId('001190024817', { dateOfBirth: '1990-03-14', sex: 'FEMALE' })).toBeUndefined();
    expect(vi(checkPersonalId('001190024817', { dateOfBirth: '1991-03-14' }))).toBe(
      'Năm sinh không khớp với số định danh cá nhân.',
    );
    expect(vi(checkPersonalId('001190024817', { sex: 'MALE' }))).toBe(
      'Giới tính không khớp với số định danh cá nhân.',
    );
    expect(vi(checkPersonalId('12345'))).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
  });

  it('uses the domain’s phone rules and its message for an empty name', () => {
    expect(checkPhone('0912 345 678')).toBeUndefined();
    expect(vi(checkPhone('0112345678'))).toContain('Số điện thoại không hợp lệ');
    expect(vi(REQUIRED_NAME)).toBe('Vui lòng nhập họ và tên.');
  });

  it('accepts the e-mail addresses the server’s format accepts', () => {
    expect(checkEmail('nguyen.thi.lan@example.com')).toBeUndefined();
    expect(checkEmail('lan@localhost')).toBeUndefined();
    expect(vi(checkEmail('lan@'))).toContain('email');
    expect(checkEmail(`${'a'.repeat(250)}@b.vn`)).toBeDefined();
  });

  it('counts lengths in characters after trimming, and bounds whole numbers', () => {
    expect(checkLength('  Hà  ', 1, 2)).toBeUndefined();
    expect(vi(checkLength('Hà Nội', 1, 5))).toBe('Không quá 5 ký tự.');
    expect(vi(checkLength('', 2))).toBe('Cần ít nhất 2 ký tự.');
    expect(checkInteger('10', 0, 10)).toBeUndefined();
    expect(vi(checkInteger('11', 0, 10))).toBe('Giá trị không được lớn hơn 10.');
    expect(vi(checkInteger('-1', 0))).toBe('Giá trị phải từ 0 trở lên.');
    expect(vi(checkInteger('1,5'))).toBe('Vui lòng nhập một số nguyên.');
  });

  it('applies an e-form pattern, and leaves one it cannot compile to the server', () => {
    expect(checkPattern('09:30', '^([01]\\d|2[0-3]):[0-5]\\d$')).toBeUndefined();
    expect(vi(checkPattern('25:00', '^([01]\\d|2[0-3]):[0-5]\\d$'))).toBe('Giá trị không đúng định dạng.');
    expect(checkPattern('x', '(')).toBeUndefined();
  });
});
