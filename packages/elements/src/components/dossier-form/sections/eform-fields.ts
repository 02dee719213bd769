import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldCheck } from '../field-check.js';
import type { FieldDef, FieldOption, FieldSection } from '../form-field.js';
import type { EForm, EFormField } from '../form-types.js';
import { formDataPointer } from '../pointers.js';

/** What an e-form text field is checked against: its format, else its type and JSON Schema bounds. */
function checkOf(field: EFormField): FieldCheck {
  switch (field.format) {
    case 'date':
    case 'email':
    case 'personal-id':
    case 'phone':
      return { rule: field.format };
    default:
      break;
  }
  if (field.type === 'integer') return { rule: 'integer', minimum: field.minimum, maximum: field.maximum };
  return { rule: 'text', minLength: field.minLength, maxLength: field.maxLength, pattern: field.pattern };
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
    check: checkOf(field),
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
