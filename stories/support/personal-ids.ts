// ID numbers for the stories' lookups. The status examples show the owner's ID number masked
// (`001*******17`); the example API answers a lookup whose ID number fits the mask, so a story needs
// a number that fits and that the elements' own check (`validatePersonalId`) accepts.
import { validatePersonalId } from '@dvc-kit/domain';

// `PPP G YY NNNNNN`: the mask keeps PPP and the last two digits. G = 1 and YY = 90 say "a woman born
// in 1990", a birth year that passes every check; the serial's hidden digits are zeros.
const CENTURY_SEX_AND_YEAR = '190';
const HIDDEN_SERIAL_DIGITS = '0000';

/**
 * A structurally valid 12-digit ID number that fits `masked` (`001*******17` → `001190000017`).
 * Throws when the mask is not the example API's shape, or when the result fails validation: a story
 * built on it would show a validation error instead of the state it is about.
 *
 * @example
 * personalIdFitting(view.ownerPersonalIdMasked);
 */
export function personalIdFitting(masked: string): string {
  const match = /^(\d{3})\*{7}(\d{2})$/.exec(masked);
  if (match === null) throw new Error(`Not a masked ID number: ${masked}`);
  const personalId = `${match[1]}${CENTURY_SEX_AND_YEAR}${HIDDEN_SERIAL_DIGITS}${match[2]}`;
  if (!validatePersonalId(personalId).ok) throw new Error(`${personalId} does not pass validation`);
  return personalId;
}
