import { describe, expect, it } from 'vitest';
import { validateField } from '../field-validation.js';
import { messageText } from '../form-message.js';
import type { EForm } from '../form-types.js';
import { eFormData } from './eform-data.js';
import { eFormSections } from './eform-fields.js';

const title = (vi: string) => ({ vi, en: `${vi} (en)` });

const eForm: EForm = {
  schemaVersion: 1,
  sections: [
    {
      id: 'business',
      title: title('Hộ kinh doanh'),
      fields: ['name', 'ward', 'phone', 'lines', 'byHousehold'],
    },
  ],
  fields: {
    name: { type: 'string', title: title('Tên'), minLength: 1, maxLength: 5 },
    ward: { type: 'string', format: 'ward-code', title: title('Phường') },
    phone: { type: 'string', format: 'phone', title: title('Điện thoại') },
    lines: { type: 'string', widget: 'textarea', title: title('Ngành nghề') },
    byHousehold: { type: 'boolean', widget: 'checkbox', title: title('Do hộ gia đình') },
    time: { type: 'string', title: title('Giờ'), pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
    count: { type: 'integer', title: title('Số lượng'), minimum: 1 },
    kind: {
      type: 'string',
      title: title('Loại'),
      enum: ['A', 'B'],
      enumLabels: [title('Loại A'), title('Loại B')],
      widget: 'radio',
    },
  },
  required: ['name', 'ward', 'byHousehold'],
};
const wards = [{ value: '00004', label: 'Phường Ba Đình' }];

describe('eFormSections', () => {
  const sections = eFormSections(eForm, 'en', wards);
  const field = (pointer: string) =>
    sections.flatMap((section) => section.fields).find((def) => def.pointer === pointer);

  it('renders each field with the control its type, format and widget ask for, in the locale', () => {
    expect(sections.map((section) => [section.id, section.title])).toEqual([
      ['eform-business', 'Hộ kinh doanh (en)'],
      ['eform-other', 'Thông tin khác'],
    ]);
    expect(field('/formData/ward')).toMatchObject({ control: 'select', options: wards, required: true });
    expect(field('/formData/phone')).toMatchObject({ control: 'text', type: 'tel' });
    expect(field('/formData/lines')?.control).toBe('textarea');
    // A required boolean is always answered (false is an answer), as on the server.
    expect(field('/formData/byHousehold')).toMatchObject({ control: 'checkbox', required: false });
    expect(field('/formData/kind')).toMatchObject({
      control: 'radio',
      options: [
        { value: 'A', label: 'Loại A (en)' },
        { value: 'B', label: 'Loại B (en)' },
      ],
    });
  });

  it('checks lengths, patterns, bounds and formats from the definition', () => {
    const check = (pointer: string, value: string) => {
      const def = field(pointer);
      if (!def) throw new Error(pointer);
      const error = validateField(def, { [pointer]: value });
      return error === undefined ? undefined : messageText(error, 'vi', def.label);
    };
    expect(check('/formData/name', '')).toBe('Vui lòng nhập tên (en).');
    expect(check('/formData/ward', '')).toBe('Vui lòng chọn phường (en).');
    expect(check('/formData/name', 'Quá dài')).toBe('Không quá 5 ký tự.');
    expect(check('/formData/time', '24:00')).toBe('Giá trị không đúng định dạng.');
    expect(check('/formData/time', '23:59')).toBeUndefined();
    expect(check('/formData/count', '0')).toBe('Giá trị phải từ 1 trở lên.');
    expect(check('/formData/phone', '0912345678')).toBeUndefined();
    expect(check('/formData/phone', '12')).toBeDefined();
  });
});

describe('eFormData', () => {
  it('sends booleans always, numbers as numbers, phones in E.164, and leaves empty optional values out', () => {
    expect(
      eFormData(eForm, {
        '/formData/name': ' Hộ A ',
        '/formData/ward': '00004',
        '/formData/phone': '0912 345 678',
        '/formData/lines': '',
        '/formData/count': '3',
      }),
    ).toEqual({ name: 'Hộ A', ward: '00004', phone: '+84912345678', byHousehold: false, count: 3 });
    expect(eFormData(null, {})).toEqual({});
  });
});
