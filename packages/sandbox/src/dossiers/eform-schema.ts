import { validatePersonalId, validatePhone } from '@dvc-kit/domain';
import type { JsonSchema } from '../contract/contract.js';
import { type ContractValidator, toFieldErrors } from '../contract/validator.js';
import type { FieldError } from '../http/problem.js';
import type { EForm, EFormField } from '../seed/seed-types.js';
import { fieldError, issuesAt } from './field-errors.js';

/** Where the e-form's values sit in `DossierCreate`. */
const FORM_DATA_POINTER = '/formData';

/** Formats JSON Schema (ajv-formats) checks itself; the others are checked with the domain's rules. */
const STANDARD_FORMATS: Readonly<Partial<Record<NonNullable<EFormField['format']>, string>>> = {
  date: 'date',
  email: 'email',
};

/** The JSON Schema of one e-form field. */
function fieldSchema(field: EFormField, required: boolean): JsonSchema {
  switch (field.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return {
        type: 'integer',
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
        ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      };
    case 'string': {
      // A required text left blank is as missing as an absent one: the form shows one message for both.
      const minLength = required ? Math.max(1, field.minLength ?? 0) : field.minLength;
      const standardFormat = field.format ? STANDARD_FORMATS[field.format] : undefined;
      return {
        type: 'string',
        ...(minLength !== undefined ? { minLength } : {}),
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
        ...(field.pattern !== undefined ? { pattern: field.pattern } : {}),
        ...(field.enum !== undefined ? { enum: field.enum } : {}),
        ...(standardFormat ? { format: standardFormat } : {}),
      };
    }
  }
}

/**
 * Converts a procedure's e-form definition to the JSON Schema of `formData`: types, lengths, bounds,
 * enums, patterns, the standard formats, the required fields, and no field the form does not define. A
 * procedure without an e-form takes no form data at all.
 *
 * @example
 * eFormToJsonSchema({ schemaVersion: 1, sections: [], fields: { childName: { type: 'string', title } }, required: ['childName'] });
 * // { type: 'object', properties: { childName: { type: 'string', minLength: 1 } }, required: ['childName'], additionalProperties: false }
 */
export function eFormToJsonSchema(eForm: EForm | null): JsonSchema {
  const fields = eForm?.fields ?? {};
  const required = eForm?.required ?? [];
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(fields).map(([name, field]) => [name, fieldSchema(field, required.includes(name))]),
    ),
    required,
    additionalProperties: false,
  };
}

// The validator caches compiled code per schema object; procedures come fresh from the database on every
// request, so schemas are cached here by the e-form's text (a few dozen e-forms at most).
const schemaCache = new Map<string, JsonSchema>();

function schemaOf(eForm: EForm | null): JsonSchema {
  const key = JSON.stringify(eForm);
  let schema = schemaCache.get(key);
  if (!schema) {
    schema = eFormToJsonSchema(eForm);
    schemaCache.set(key, schema);
  }
  return schema;
}

/** Messages for e-form problems that the generic schema messages word poorly. */
function withFormMessages(error: FieldError): FieldError {
  if (error.code === 'additionalProperties') {
    return fieldError(error.pointer, 'unknown-field', {
      vi: 'Biểu mẫu của thủ tục này không có trường này.',
      en: 'The e-form of this procedure has no such field.',
    });
  }
  return error;
}

/** Checks the formats JSON Schema does not know, on the values that passed the schema. */
function domainFormatErrors(
  eForm: EForm,
  formData: Record<string, unknown>,
  isKnownWard: (code: string) => boolean,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, field] of Object.entries(eForm.fields)) {
    const value = formData[name];
    if (typeof value !== 'string' || value === '') continue;
    const pointer = `${FORM_DATA_POINTER}/${name}`;
    switch (field.format) {
      case 'personal-id': {
        const result = validatePersonalId(value, { now });
        // The stored value must be the 12 digits themselves, not a spaced spelling of them.
        if (!result.ok) errors.push(...issuesAt(pointer, result.issues));
        else if (result.value !== value) errors.push(fieldError(pointer, 'pattern', PERSONAL_ID_DIGITS));
        break;
      }
      case 'phone': {
        const result = validatePhone(value);
        if (!result.ok) errors.push(...issuesAt(pointer, result.issues));
        else if (result.value !== value) errors.push(fieldError(pointer, 'pattern', PHONE_E164));
        break;
      }
      case 'ward-code':
        if (!isKnownWard(value)) errors.push(fieldError(pointer, 'unknown-ward', UNKNOWN_WARD));
        break;
      default:
        break;
    }
  }
  return errors;
}

/**
 * Validates `formData` against a procedure's e-form, with pointers into the request body
 * (`/formData/childFullName`): first the JSON Schema of {@link eFormToJsonSchema} (compiled by the
 * contract validator's ajv), then the formats only the domain knows — personal ID numbers, Vietnamese
 * phone numbers, Hanoi ward codes.
 */
export function validateFormData(
  validator: ContractValidator,
  eForm: EForm | null,
  formData: Record<string, unknown>,
  options: { isKnownWard: (code: string) => boolean; now: Date },
): FieldError[] {
  const validate = validator.compile(schemaOf(eForm), 'body');
  const schemaErrors = validate(formData)
    ? []
    : toFieldErrors(validate.errors ?? [], 'body').map((error) =>
        withFormMessages({ ...error, pointer: `${FORM_DATA_POINTER}${error.pointer}` }),
      );
  if (!eForm) return schemaErrors;
  const failed = new Set(schemaErrors.map((error) => error.pointer));
  const formatErrors = domainFormatErrors(eForm, formData, options.isKnownWard, options.now).filter(
    (error) => !failed.has(error.pointer),
  );
  return [...schemaErrors, ...formatErrors];
}

const PERSONAL_ID_DIGITS = {
  vi: 'Số định danh cá nhân gồm đúng 12 chữ số, không có dấu cách.',
  en: 'A personal ID number is exactly 12 digits, without spaces.',
};
const PHONE_E164 = {
  vi: 'Số điện thoại cần ở dạng quốc tế, ví dụ +84912345678.',
  en: 'Give the phone number in international form, e.g. +84912345678.',
};
const UNKNOWN_WARD = {
  vi: 'Không có phường, xã nào của Hà Nội mang mã này.',
  en: 'No ward or commune of Hanoi has this code.',
};
