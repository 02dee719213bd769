/**
 * Masking of personal data on public screens: the status lookup's answer (sandbox) and the tracker on a
 * partner's screen, which may face the queue at a counter. Whoever knows a dossier code and an ID number
 * may see the status, but what is shown must not complete someone's identity: the name keeps only the
 * initials (enough for the citizen to recognise their dossier), the ID number only the province code and
 * the last two digits. One implementation, so the server and the browser mask alike.
 */

/** Visible leading digits of a personal ID: the province of birth registration, which says little. */
const VISIBLE_ID_PREFIX = 3;
/** Visible trailing digits: two let a citizen tell two family members' dossiers apart. */
const VISIBLE_ID_SUFFIX = 2;
const MASK = '*';

/**
 * Keeps the first letter of each word and masks the rest, letter for letter.
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
