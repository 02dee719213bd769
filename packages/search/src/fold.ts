/**
 * Search keys for Vietnamese text.
 *
 * Citizens type procedure names with or without diacritics, with either tone-mark placement
 * ("Hòa"/"Hoà") and with either spelling of the vowel-only syllables ("ký"/"kí", "quy"/"qui"),
 * and some national procedure records are stored decomposed (NFD). Folding both the indexed text
 * and the query to one key makes all of those spellings meet.
 */

/** Combining marks Vietnamese uses once text is decomposed (tones, circumflex, breve, horn). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Anything that is not a letter or a digit separates words ("Hộ tịch; cư trú" → two words). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * A word-final `y` that is the whole vowel of its syllable: after a consonant ("ky", "ly", "my")
 * or after the `qu` onset ("quy"). Only there do Vietnamese spellings alternate between `y` and
 * `i`; in "huy", "tay", "yeu", "uyen" or "khuyen" the `y` is part of a longer vowel and stays.
 * Words are separated by single spaces when this runs, hence the `(?= |$)` word end.
 */
const SYLLABLE_FINAL_Y = /([bcdfghjklmnpqrstvwxz]|qu)y(?= |$)/g;

/** The reference fold, right for any Unicode text but about five times slower than the table. */
function foldByNormalizing(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(SEPARATORS, ' ')
    .trim();
}

// What the table fold does with one UTF-16 code unit: emit a folded ASCII code, drop a combining
// mark, count it as a separator, or give up and let the reference fold handle the whole text.
const NOT_YET_CLASSIFIED = -2;
const NEEDS_NORMALIZING = -1;
const DROPPED_MARK = 0;
const SEPARATOR = 32; // the code of ' ', which the folded key uses between words

/**
 * Code units up to the end of General Punctuation (U+206F): ASCII, the Latin blocks with every
 * precomposed Vietnamese letter (U+1EA0–U+1EF9) and the dashes and quotes found in procedure names.
 * Anything above (other scripts, surrogate pairs) takes the reference fold.
 */
const TABLE_SIZE = 0x2070;

/** Filled lazily, one code unit at a time, from the reference fold itself. */
const foldedCodes = new Int16Array(TABLE_SIZE).fill(NOT_YET_CLASSIFIED);

/**
 * Beyond this many code units the reference fold runs instead: `String.fromCharCode.apply` takes
 * one argument per code unit and JavaScriptCore caps arguments near 65,536.
 */
const MAX_TABLE_TEXT_LENGTH = 4096;

/** Output buffer of the table fold, reused between calls. */
const outputCodes: number[] = [];

function classify(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return DROPPED_MARK;
  const folded = foldByNormalizing(String.fromCharCode(code));
  if (folded === '') return SEPARATOR;
  return folded.length === 1 && folded.charCodeAt(0) < 0x80 ? folded.charCodeAt(0) : NEEDS_NORMALIZING;
}

const LETTER_I = 0x69;
const LETTER_Q = 0x71;
const LETTER_U = 0x75;
const LETTER_Y = 0x79;
const CONSONANTS = new Set('bcdfghjklmnpqrstvwxz'.split('').map((letter) => letter.charCodeAt(0)));

/** {@link SYLLABLE_FINAL_Y} on the word ending at `outputCodes[end - 1]`, for the table fold. */
function spellFinalYAsI(wordStart: number): void {
  const end = outputCodes.length;
  if (end - wordStart < 2 || outputCodes[end - 1] !== LETTER_Y) return;
  const before = outputCodes[end - 2]!;
  const afterQu = before === LETTER_U && end - wordStart >= 3 && outputCodes[end - 3] === LETTER_Q;
  if (CONSONANTS.has(before) || afterQu) outputCodes[end - 1] = LETTER_I;
}

/**
 * Folds character by character through a table derived from {@link foldByNormalizing}: five times
 * faster on procedure names (building an index folds thousands of them). Returns `undefined` when
 * a character has no one-letter ASCII fold, so the result always equals the reference fold's
 * (followed by {@link foldSyllableFinalY} when `finalYAsI` is set).
 */
function foldByTable(text: string, finalYAsI: boolean): string | undefined {
  if (text.length > MAX_TABLE_TEXT_LENGTH) return undefined;
  outputCodes.length = 0;
  let wordStart = 0;
  let separatorPending = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= TABLE_SIZE) return undefined;
    let folded = foldedCodes[code]!;
    if (folded === NOT_YET_CLASSIFIED) folded = foldedCodes[code] = classify(code);
    if (folded === NEEDS_NORMALIZING) return undefined;
    if (folded === DROPPED_MARK) continue;
    if (folded === SEPARATOR) {
      // Runs of separators become one space, and none leads or trails.
      separatorPending = outputCodes.length > 0;
      continue;
    }
    if (separatorPending) {
      if (finalYAsI) spellFinalYAsI(wordStart);
      outputCodes.push(SEPARATOR);
      wordStart = outputCodes.length;
      separatorPending = false;
    }
    outputCodes.push(folded);
  }
  if (finalYAsI) spellFinalYAsI(wordStart);
  return String.fromCharCode.apply(null, outputCodes);
}

/**
 * Folds text to its search key without touching `y`: lower case, no diacritics, `đ` → `d`,
 * words separated by single spaces. Tone-placement variants ("hòa"/"hoà") meet here because
 * every tone mark is dropped.
 *
 * Kept apart from {@link foldForSearch} because a query typed so far ("quy", on the way to
 * "quyết") must still match words where the `y` is not final.
 */
export function foldDiacritics(text: string): string {
  return foldByTable(text, false) ?? foldByNormalizing(text);
}

/**
 * Replaces a syllable-final `y` by `i` in text already folded by {@link foldDiacritics}.
 *
 * @example
 * foldSyllableFinalY('dang ky quy dinh'); // → 'dang ki qui dinh'
 */
export function foldSyllableFinalY(foldedText: string): string {
  return foldedText.replace(SYLLABLE_FINAL_Y, '$1i');
}

/**
 * The search key of a text: lower case, without diacritics, `đ`/`Đ` as `d`, punctuation and runs of
 * white space as single spaces, and a syllable-final `y` spelled `i`. Accepts NFC or NFD input
 * and gives the same key for both. Idempotent: folding a key again returns it unchanged.
 *
 * @example
 * foldForSearch('Đăng ký khai sinh'); // → 'dang ki khai sinh'
 * foldForSearch('Hoà giải') === foldForSearch('Hòa giải'); // → true
 * foldForSearch('Khuyến nông, yêu cầu'); // → 'khuyen nong yeu cau'
 */
export function foldForSearch(text: string): string {
  return foldByTable(text, true) ?? foldSyllableFinalY(foldByNormalizing(text));
}

/**
 * The words of a text's search key, in order; empty when the text has no letters or digits.
 *
 * @example
 * tokenize('Thủ tục đăng ký khai sinh'); // → ['thu', 'tuc', 'dang', 'ki', 'khai', 'sinh']
 */
export function tokenize(text: string): string[] {
  const key = foldForSearch(text);
  return key === '' ? [] : key.split(' ');
}
