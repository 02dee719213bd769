import { type Locale, normalizePersonalId, normalizePhone } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldDef, FieldOption, FieldValues } from '../form-field.js';
import type { EForm, EFormField } from '../form-types.js';
import { formDataPointer } from '../pointers.js';
import {
  checkDate,
  checkEmail,
  checkInteger,
  checkLength,
  checkPattern,
  checkPersonalId,
  checkPhone,
  type FormMessage,
  parseDateInput,
} from '../validation.js';

/** A titled group of fields. */
export interface FieldSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldDef[];
}

function validatorOf(field: EFormField): FieldDef['validate'] {
  return (value): FormMessage | undefined => {
    switch (field.format) {
      case 'date':
        return checkDate(value);
      case 'email':
        return checkEmail(value);
      case 'personal-id':
        return checkPersonalId(value);
      case 'phone':
        return checkPhone(value);
      default:
        break;
    }
    if (field.type === 'integer') return checkInteger(value, field.minimum, field.maximum);
    return (
      checkLength(value, field.minLength, field.maxLength) ??
      (field.pattern === undefined ? undefined : checkPattern(value, field.pattern))
    );
  };
}

function fieldDef(
  name: string,
  field: EFormField,
  required: boolean,
  locale: Locale,
  wardOptions: readonly FieldOption[],
): FieldDef {
  const base = {
    pointer: formDataPointer(name),
    label: field.title[locale],
    hint: field.description?.[locale],
    required,
  };
  if (field.type === 'boolean') return { ...base, control: 'checkbox', required: false };
  if (field.enum) {
    const options = field.enum.map((value, index) => ({
      value,
      label: field.enumLabels?.[index]?.[locale] ?? value,
    }));
    return { ...base, control: field.widget === 'radio' ? 'radio' : 'select', options };
  }
  if (field.format === 'ward-code') return { ...base, control: 'select', options: wardOptions };
  const dateHint = () => msg('Ngày/tháng/năm, ví dụ 14/03/1990', { id: 'form.date-hint' });
  return {
    ...base,
    hint: base.hint ?? (field.format === 'date' ? dateHint() : undefined),
    control: field.widget === 'textarea' ? 'textarea' : 'text',
    type: field.format === 'email' ? 'email' : field.format === 'phone' ? 'tel' : 'text',
    inputMode: field.type === 'integer' || field.format === 'personal-id' ? 'numeric' : undefined,
    validate: validatorOf(field),
  };
}

/**
 * The e-form's sections as field definitions, in the definition's order. Fields the sections do not
 * list still get rendered, in a last section, so that no required field is out of reach.
 */
export function eFormSections(
  eForm: EForm | null,
  locale: Locale,
  wardOptions: readonly FieldOption[],
): FieldSection[] {
  if (!eForm) return [];
  const required = new Set(eForm.required);
  const listed = new Set(eForm.sections.flatMap((section) => section.fields));
  const toDefs = (names: readonly string[]) =>
    names.flatMap((name) => {
      const field = eForm.fields[name];
      return field ? [fieldDef(name, field, required.has(name), locale, wardOptions)] : [];
    });
  const sections: FieldSection[] = eForm.sections.map((section) => ({
    // Prefixed: an e-form's own ids ("request", "owner"…) must not collide with the standard sections'.
    id: `eform-${section.id}`,
    title: section.title[locale],
    fields: toDefs(section.fields),
  }));
  const unlisted = Object.keys(eForm.fields).filter((name) => !listed.has(name));
  if (unlisted.length > 0) {
    const title = msg('Thông tin khác', { id: 'form.eform-other' });
    sections.push({ id: 'eform-other', title, fields: toDefs(unlisted) });
  }
  return sections;
}

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
