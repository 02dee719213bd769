// The example pages' own text (not the elements', which `setLocale` switches) in Vietnamese and
// English. The Vietnamese is in the HTML — what a visitor sees first, before any script runs; the
// English comes from a table keyed by the `data-i18n` attribute (text) or `data-i18n-label`
// (`aria-label`). Keys go on leaf elements only: their whole text is replaced.

/** @typedef {'vi' | 'en'} PageLocale */
/** @typedef {{ vi: string, en: string }} PageText */

/**
 * Remembers the page's Vietnamese text and switches it with `apply(locale)`.
 *
 * @param {Readonly<Record<string, string>>} english - English text by key
 */
export function createPageLanguage(english) {
  /** @type {Map<Element, string>} */
  const texts = new Map();
  /** @type {Map<Element, string>} */
  const labels = new Map();
  for (const element of document.querySelectorAll('[data-i18n]'))
    texts.set(element, element.textContent ?? '');
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    labels.set(element, element.getAttribute('aria-label') ?? '');
  }
  /** @type {PageLocale} */
  let current = 'vi';

  /** @param {string} key @param {string} vietnamese */
  const englishFor = (key, vietnamese) => {
    const text = english[key];
    if (text === undefined) console.warn(`No English text for data-i18n key "${key}".`);
    return text ?? vietnamese;
  };

  return {
    /** The page's language now. */
    get locale() {
      return current;
    },
    /**
     * Shows the page's text in `locale` and sets `<html lang>` (screen readers switch voice with it).
     * @param {PageLocale} locale
     */
    apply(locale) {
      current = locale;
      document.documentElement.lang = locale;
      for (const [element, vietnamese] of texts) {
        const key = /** @type {HTMLElement} */ (element).dataset.i18n ?? '';
        element.textContent = locale === 'en' ? englishFor(key, vietnamese) : vietnamese;
      }
      for (const [element, vietnamese] of labels) {
        const key = /** @type {HTMLElement} */ (element).dataset.i18nLabel ?? '';
        element.setAttribute('aria-label', locale === 'en' ? englishFor(key, vietnamese) : vietnamese);
      }
    },
    /**
     * A text of the script (a status line, an error) in the page's language.
     * @param {PageText} text
     */
    text(text) {
      return text[current];
    },
  };
}
