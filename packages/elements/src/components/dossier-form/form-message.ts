import type { Locale, LocalizedText } from '@dvc-kit/domain';

/**
 * A message for the user: the domain's and the server's come in both languages; the form's own are
 * functions over `msg()`, called again at each render so that a locale switch re-words errors on show.
 * They get the field's label as it reads now, for messages that name the field.
 */
export type FormMessage = LocalizedText | ((label: string) => string);

/** The text of `message` in `locale`, about the field labelled `label`. */
export const messageText = (message: FormMessage, locale: Locale, label = ''): string =>
  typeof message === 'function' ? message(label) : message[locale];
