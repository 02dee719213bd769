import type { Locale } from '../locale.js';

// The user-facing fallbacks for errors that carry no server-written `userMessage`. Short, calm and
// actionable: they are read at a counter or on a phone, often on a weak line.
// Frozen: errors hand these objects out as `userMessages`, so a caller's write must not reword the
// next error's message.
const MESSAGES = freezeMessages({
  network: {
    vi: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Could not reach the server. Check the connection and try again.',
  },
  timeout: {
    vi: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
    en: 'The server took too long to answer. Please try again.',
  },
  invalidResponse: {
    vi: 'Máy chủ trả về dữ liệu không đọc được. Vui lòng thử lại sau.',
    en: 'The server sent an answer we could not read. Please try again later.',
  },
  generic: {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
    en: 'Something went wrong. Please try again later.',
  },
});

function freezeMessages<Messages extends Record<string, Record<Locale, string>>>(
  messages: Messages,
): Messages {
  for (const message of Object.values(messages)) Object.freeze(message);
  return Object.freeze(messages);
}

/** The fallback messages' names. */
export type FallbackMessage = keyof typeof MESSAGES;

/** A user message in every language the client speaks. */
export type UserMessages = Readonly<Record<Locale, string>>;

/** A fallback user message in every language the client speaks. */
export function fallbackMessages(name: FallbackMessage): UserMessages {
  return MESSAGES[name];
}
