// The e-form's part of the request body: loaded with the submission (see `submission-part.ts`).
import { normalizePersonalId, normalizePhone } from '@dvc-kit/domain';
import type { FieldValues } from '../form-field.js';
import type { EForm } from '../form-types.js';
import { formDataPointer } from '../pointers.js';
import { parseDateInput } from '../validation.js';

/**
 * The e-form's values as `DossierCreate.formData`: booleans as booleans, integers as numbers, text
 * trimmed and NFC, dates as `yyyy-MM-dd`, ID numbers as their 12 digits and phone numbers in E.164 —
 * the forms the server stores. Empty optional values are left out (an empty string is not a date).
 */
export function eFormData(eForm: EForm | null, values: FieldValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(eForm?.fields ?? {})) {
    const value = values[formDataPointer(name)];
    if (field.type === 'boolean') {
      data[name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
    if (text === '') continue;
    if (field.type === 'integer') data[name] = Number(text);
    else if (field.format === 'date') data[name] = parseDateInput(text) ?? text;
    else if (field.format === 'personal-id') data[name] = normalizePersonalId(text);
    else if (field.format === 'phone') data[name] = normalizePhone(text) ?? text;
    else data[name] = text;
  }
  return data;
}
