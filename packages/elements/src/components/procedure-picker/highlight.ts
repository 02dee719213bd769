import { foldForSearch } from '@dvc-kit/search';

/** A piece of a text, and whether it holds a word the query matched. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits `text` into the words a search for `query` matched and the rest, folding both as the
 * search does (no diacritics, `đ` as `d`, syllable-final `y` as `i`), so that "dang ki" emphasises
 * "Đăng ký". A word of the text matches when it starts with a word of the query; whole words are
 * marked, with their punctuation. Neighbouring pieces of one kind are merged, and the space between
 * two matched words belongs to the match.
 *
 * @example
 * highlightMatches('Đăng ký khai sinh', 'khai s'); // → [{ text: 'Đăng ký ', match: false }, { text: 'khai sinh', match: true }]
 */
export function highlightMatches(text: string, query: string): TextSegment[] {
  // Like the search, a query word whose final `y` folding made an `i` may be unfinished ("quy" on
  // its way to "quyết"): a key ending in `i` is tried with `y` too. Emphasis only, so trying it
  // after every `i` costs at most a word emphasised too many, never a result.
  const keys = foldForSearch(query)
    .split(' ')
    .filter((key) => key !== '')
    .flatMap((key) => (key.endsWith('i') ? [key, `${key.slice(0, -1)}y`] : [key]));
  const pieces = text.split(/(\s+)/).filter((piece) => piece !== '');
  const isMatch = (piece: string | undefined): boolean =>
    piece !== undefined &&
    foldForSearch(piece)
      .split(' ')
      .some((word) => keys.some((key) => word.startsWith(key)));
  const matches = pieces.map(isMatch);
  const segments: TextSegment[] = [];
  pieces.forEach((piece, index) => {
    const match = /^\s+$/.test(piece)
      ? (matches[index - 1] ?? false) && (matches[index + 1] ?? false)
      : matches[index]!;
    const previous = segments.at(-1);
    if (previous?.match === match) segments[segments.length - 1] = { text: previous.text + piece, match };
    else segments.push({ text: piece, match });
  });
  return segments;
}
