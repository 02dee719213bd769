// What a field's value is checked against, as data. The form describes its fields with these and no
// checking code: the checks — the domain's validators, with their messages in two languages — load
// as soon as the citizen starts, at the first focus in the form or the first input
// (`validation-part.ts`), and read these.

/** A person's full name, by the domain's rules (letters, diacritics, apostrophes; no digits). */
export interface PersonNameCheck {
  readonly rule: 'person-name';
}

/** A Vietnamese mobile number or a Hà Nội landline, by the domain's rules. */
export interface PhoneCheck {
  readonly rule: 'phone';
}

/** An e-mail address as the contract's `format: email` accepts it. */
export interface EmailCheck {
  readonly rule: 'email';
}

/**
 * A 12-digit personal ID number, by the domain's rules, cross-checked with the date of birth and the
 * sex typed in the fields at these pointers, when given (the number encodes both). An unknown
 * province code is a warning, not an error.
 */
export interface PersonalIdCheck {
  readonly rule: 'personal-id';
  readonly dateOfBirthField?: string | undefined;
  readonly sexField?: string | undefined;
}

/** A day of the calendar, typed day first; `notFuture` for dates of birth (on Hà Nội's calendar). */
export interface DateCheck {
  readonly rule: 'date';
  readonly notFuture?: boolean | undefined;
}

/** A whole number within bounds. */
export interface IntegerCheck {
  readonly rule: 'integer';
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
}

/** Text within length bounds (code points, after NFC), matching an e-form's JSON Schema `pattern` if given. */
export interface TextCheck {
  readonly rule: 'text';
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly pattern?: string | undefined;
}

/** What a non-empty value of a field is checked against. */
export type FieldCheck =
  | PersonNameCheck
  | PhoneCheck
  | EmailCheck
  | PersonalIdCheck
  | DateCheck
  | IntegerCheck
  | TextCheck;
