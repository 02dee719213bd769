/**
 * The languages dvc-kit speaks. Vietnamese is the default everywhere: it is the language of the
 * citizen, the forms and the law; English serves foreign residents and partners' reviewers.
 */
export const LOCALES = ['vi', 'en'] as const;

/** A language dvc-kit speaks: `'vi'` (default) or `'en'`. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when none is given. */
export const DEFAULT_LOCALE: Locale = 'vi';

/**
 * A text in every supported locale. Domain lists carry both so that the server, the SDK and the
 * web components show the same wording without a separate message catalogue.
 */
export type LocalizedText = { readonly vi: string; readonly en: string };

/**
 * Picks the text for a locale.
 *
 * @example
 * localize({ vi: 'Đang xử lý', en: 'Processing' }, 'en'); // 'Processing'
 */
export function localize(text: LocalizedText, locale: Locale = DEFAULT_LOCALE): string {
  return text[locale];
}
