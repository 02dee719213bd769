/**
 * Masks the owner's personal data the way the public status lookup does (the sandbox's
 * `dossiers/masking.ts`), for dossiers the tracker reads in full with `client.dossiers.get` — a
 * partner's screen may face the queue at a counter, so it shows no more than the lookup would.
 */

// Visible leading digits of a personal ID: the province of birth registration, which says little.
const VISIBLE_ID_PREFIX = 3;
// Visible trailing digits: two let a citizen tell two family members' dossiers apart.
const VISIBLE_ID_SUFFIX = 2;
const MASK = '*';

/**
 * Keeps the first letter of each word and masks the rest, letter for letter (NFC first, so a
 * decomposed "ễ" counts as one letter).
 *
 * @example
 * maskPersonName('Nguyễn Văn An'); // 'N***** V** A*'
 */
export function maskPersonName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      return `${letters[0] ?? ''}${MASK.repeat(Math.max(0, letters.length - 1))}`;
    })
    .join(' ');
}

/**
 * Keeps the first three and the last two digits of a personal ID number.
 *
 * @example
 * maskPersonalId('001203012345'); // '001*******45'
 */
export function maskPersonalId(personalId: string): string {
  const visible = VISIBLE_ID_PREFIX + VISIBLE_ID_SUFFIX;
  if (personalId.length <= visible) return MASK.repeat(personalId.length);
  return `${personalId.slice(0, VISIBLE_ID_PREFIX)}${MASK.repeat(personalId.length - visible)}${personalId.slice(-VISIBLE_ID_SUFFIX)}`;
}
