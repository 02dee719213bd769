/** The languages the client speaks: Vietnamese (the default) and English. */
export const LOCALES = ['vi', 'en'] as const;

/** `'vi'` (default) or `'en'`: the language of `userMessage`s and the `Accept-Language` header. */
export type Locale = (typeof LOCALES)[number];
