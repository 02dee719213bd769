import { describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import type { EForm } from '../seed/seed-types.js';
import { eFormToJsonSchema, validateFormData } from './eform-schema.js';

const title = { vi: 'Trường', en: 'Field' };
const eForm: EForm = {
  schemaVersion: 1,
  sections: [
    {
      id: 'main',
      title,
      fields: ['childName', 'copies', 'urgent', 'sex', 'code', 'motherId', 'phone', 'ward', 'born'],
    },
  ],
  fields: {
    childName: { type: 'string', title, maxLength: 10 },
    copies: { type: 'integer', title, minimum: 0, maximum: 10 },
    urgent: { type: 'boolean', title },
    sex: { type: 'string', title, enum: ['MALE', 'FEMALE'] },
    code: { type: 'string', title, pattern: '^[A-Z]{2}\\d{2}$' },
    motherId: { type: 'string', title, format: 'personal-id' },
    phone: { type: 'string', title, format: 'phone' },
    ward: { type: 'string', title, format: 'ward-code' },
    born: { type: 'string', title, format: 'date' },
  },
  required: ['childName'],
};

const validator = new ContractValidator();
const options = { isKnownWard: (code: string) => code === '00004', now: new Date('2025-10-20T02:00:00Z') };
const errorsOf = (formData: Record<string, unknown>) =>
  validateFormData(validator, eForm, formData, options).map((error) => [error.pointer, error.code]);

describe('eFormToJsonSchema', () => {
  it('turns the e-form into a closed JSON Schema whose required text cannot be blank', () => {
    const schema = eFormToJsonSchema(eForm);
    expect(schema).toMatchObject({
      type: 'object',
      required: ['childName'],
      additionalProperties: false,
      properties: {
        childName: { type: 'string', minLength: 1, maxLength: 10 },
        copies: { type: 'integer', minimum: 0, maximum: 10 },
        urgent: { type: 'boolean' },
        sex: { type: 'string', enum: ['MALE', 'FEMALE'] },
        code: { type: 'string', pattern: '^[A-Z]{2}\\d{2}$' },
        born: { type: 'string', format: 'date' },
      },
    });
  });

  it('takes no form data for a procedure without an e-form', () => {
    expect(eFormToJsonSchema(null)).toEqual({
      type: 'object',
      properties: {},
      required: [],
      additionalProperties: false,
    });
    expect(validateFormData(validator, null, { anything: 1 }, options).map((error) => error.pointer)).toEqual(
      ['/formData/anything'],
    );
  });
});

describe('validateFormData', () => {
  it('accepts valid data', () => {
    expect(
      errorsOf({
        childName: 'Khôi',
        copies: 2,
        urgent: false,
        sex: 'MALE',
        code: 'AB12',
        motherId: '001190012345',
        phone: '+84912345678',
        ward: '00004',
        born: '2025-10-01',
      }),
    ).toEqual([]);
  });

  it.each([
    [{}, '/formData/childName', 'required'],
    [{ childName: '' }, '/formData/childName', 'minLength'],
    [{ childName: 'Quá dài so với giới hạn' }, '/formData/childName', 'maxLength'],
    [{ childName: 'A', copies: 11 }, '/formData/copies', 'maximum'],
    [{ childName: 'A', copies: 1.5 }, '/formData/copies', 'type'],
    [{ childName: 'A', urgent: 'yes' }, '/formData/urgent', 'type'],
    [{ childName: 'A', sex: 'OTHER' }, '/formData/sex', 'enum'],
    [{ childName: 'A', code: 'ab12' }, '/formData/code', 'pattern'],
    [{ childName: 'A', born: '2025-02-30' }, '/formData/born', 'format'],
    [{ childName: 'A', nickname: 'Bin' }, '/formData/nickname', 'unknown-field'],
    [{ childName: 'A', motherId: '00119001234' }, '/formData/motherId', 'personal-id.length'],
    [{ childName: 'A', motherId: '001 190 012345' }, '/formData/motherId', 'pattern'],
    [{ childName: 'A', phone: '0912345678' }, '/formData/phone', 'pattern'],
    [{ childName: 'A', phone: '+84112345678' }, '/formData/phone', 'phone.prefix'],
    [{ childName: 'A', ward: '99999' }, '/formData/ward', 'unknown-ward'],
  ])('%j → %s %s', (formData, pointer, code) => {
    expect(errorsOf(formData)).toEqual([[pointer, code]]);
  });

  it('reports one error per field, the schema error first', () => {
    expect(errorsOf({ childName: 'A', motherId: 12 })).toEqual([['/formData/motherId', 'type']]);
  });
});
