// Checks the form's fields as their definitions describe them (`FieldDef.required`, `.check`): part
// of what the form loads on demand (see `validation-part.ts`).
import type { FieldCheck, PersonalIdCheck } from './field-check.js';
import type { FieldDef, FieldValue, FieldValues } from './form-field.js';
import type { FormMessage } from './form-message.js';
import {
  CHOOSE,
  checkDate,
  checkEmail,
  checkInteger,
  checkLength,
  checkPattern,
  checkPersonalId,
  checkPersonName,
  checkPhone,
  ENTER,
  type PersonalIdCrossCheck,
  parseDateInput,
  personalIdWarning,
  REQUIRED_NAME,
  REQUIRED_PERSONAL_ID,
  REQUIRED_PHONE,
} from './validation.js';

/** What the checks found, by field pointer: errors block; warnings only ask for a second look. */
export interface FieldFindings {
  readonly errors: ReadonlyMap<string, FormMessage>;
  readonly warnings: ReadonlyMap<string, FormMessage>;
}

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

/** The date of birth and the sex a personal ID number is cross-checked with, as typed in their fields. */
function crossCheckOf(check: PersonalIdCheck, values: FieldValues): PersonalIdCrossCheck {
  const dateOfBirth = check.dateOfBirthField === undefined ? undefined : values[check.dateOfBirthField];
  const sex = check.sexField === undefined ? undefined : values[check.sexField];
  return {
    dateOfBirth: typeof dateOfBirth === 'string' ? parseDateInput(dateOfBirth) : undefined,
    sex: sex === 'MALE' || sex === 'FEMALE' ? sex : undefined,
  };
}

function checkValue(check: FieldCheck, value: string, values: FieldValues): FormMessage | undefined {
  switch (check.rule) {
    case 'person-name':
      return checkPersonName(value);
    case 'phone':
      return checkPhone(value);
    case 'email':
      return checkEmail(value);
    case 'personal-id':
      return checkPersonalId(value, crossCheckOf(check, values));
    case 'date':
      return checkDate(value, { notFuture: check.notFuture });
    case 'integer':
      return checkInteger(value, check.minimum, check.maximum);
    case 'text':
      return (
        checkLength(value, check.minLength, check.maxLength) ??
        (check.pattern === undefined ? undefined : checkPattern(value, check.pattern))
      );
  }
}

// The domain's own words for an empty name, ID number or phone: more helpful than the generic
// "Vui lòng nhập …", and the same as the validators give.
function emptyMessageOf(check: FieldCheck | undefined): FormMessage | undefined {
  switch (check?.rule) {
    case 'person-name':
      return REQUIRED_NAME;
    case 'personal-id':
      return REQUIRED_PERSONAL_ID;
    case 'phone':
      return REQUIRED_PHONE;
    default:
      return undefined;
  }
}

/** Validates one field: required first, then the field's own check on a non-empty value. */
export function validateField(def: FieldDef, values: FieldValues): FormMessage | undefined {
  const value = values[def.pointer];
  if (isEmpty(value)) {
    if (!def.required) return undefined;
    const choice = def.control === 'select' || def.control === 'radio';
    const fallback = choice ? CHOOSE : ENTER;
    if (def.requiredMessage === 'check') return emptyMessageOf(def.check) ?? fallback;
    return def.requiredMessage ?? fallback;
  }
  return typeof value === 'string' && def.check ? checkValue(def.check, value, values) : undefined;
}

/** A field's warning: only for a value without errors (a personal ID number of an unknown province). */
export function fieldWarning(def: FieldDef, values: FieldValues): FormMessage | undefined {
  const value = values[def.pointer];
  if (def.check?.rule !== 'personal-id' || typeof value !== 'string' || isEmpty(value)) return undefined;
  if (validateField(def, values) !== undefined) return undefined;
  return personalIdWarning(value, crossCheckOf(def.check, values));
}

/** The fields whose check reads the field at `pointer` (the owner's ID number: birth date and sex). */
function readersOf(pointer: string, defs: ReadonlyMap<string, FieldDef>): FieldDef[] {
  return [...defs.values()].filter(
    ({ check }) =>
      check?.rule === 'personal-id' && (check.dateOfBirthField === pointer || check.sexField === pointer),
  );
}

const setOrDelete = (map: Map<string, FormMessage>, key: string, message: FormMessage | undefined) => {
  if (message) map.set(key, message);
  else map.delete(key);
};

/**
 * Checks again a field the user has left or changed, and the fields whose check reads it, each once it
 * has a value or an error (an empty field the user only passed through is not an error yet).
 *
 * @param defs The form's fields on show, by pointer.
 */
export function recheckField(
  pointer: string,
  defs: ReadonlyMap<string, FieldDef>,
  values: FieldValues,
  findings: FieldFindings,
): FieldFindings {
  const errors = new Map(findings.errors);
  const warnings = new Map(findings.warnings);
  const own = defs.get(pointer);
  for (const def of own ? [own, ...readersOf(pointer, defs)] : readersOf(pointer, defs)) {
    if (!errors.has(def.pointer) && !values[def.pointer]) {
      warnings.delete(def.pointer);
      continue;
    }
    setOrDelete(errors, def.pointer, validateField(def, values));
    setOrDelete(warnings, def.pointer, fieldWarning(def, values));
  }
  return { errors, warnings };
}

/** Every field's findings, in the order of `fields` (the form's order, for the error summary). */
export function checkFields(fields: readonly FieldDef[], values: FieldValues): FieldFindings {
  const errors = new Map<string, FormMessage>();
  const warnings = new Map<string, FormMessage>();
  for (const def of fields) {
    setOrDelete(errors, def.pointer, validateField(def, values));
    setOrDelete(warnings, def.pointer, fieldWarning(def, values));
  }
  return { errors, warnings };
}
