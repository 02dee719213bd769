/** The same text in Vietnamese and English. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** One problem with one input value (the contract's `FieldError`). */
export interface FieldError {
  pointer: string;
  code: string;
  message: LocalizedText;
}

interface ProblemKindDefinition {
  status: number;
  title: string;
  userMessage: LocalizedText;
}

/**
 * The closed set of problem types (the contract's `ProblemType`). Each has one HTTP status, an English
 * title, and a user-safe message that an app can show as it is.
 */
export const PROBLEM_KINDS = {
  'malformed-request': {
    status: 400,
    title: 'Malformed request',
    userMessage: {
      vi: 'Yêu cầu không đọc được. Vui lòng thử lại.',
      en: 'The request could not be read. Please try again.',
    },
  },
  validation: {
    status: 422,
    title: 'Validation failed',
    userMessage: {
      vi: 'Một số thông tin chưa hợp lệ. Vui lòng kiểm tra lại.',
      en: 'Some information is not valid. Please check it.',
    },
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    userMessage: {
      vi: 'Phiên làm việc không hợp lệ. Vui lòng đăng nhập lại.',
      en: 'Your session is not valid. Please sign in again.',
    },
  },
  'token-expired': {
    status: 401,
    title: 'Token expired',
    userMessage: { vi: 'Phiên làm việc đã hết hạn.', en: 'Your session has expired.' },
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    userMessage: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    userMessage: { vi: 'Không tìm thấy thông tin yêu cầu.', en: 'We could not find what you asked for.' },
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    userMessage: { vi: 'Thao tác không được hỗ trợ.', en: 'This action is not supported.' },
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    userMessage: {
      vi: 'Thao tác xung đột với dữ liệu hiện có.',
      en: 'This conflicts with the current data.',
    },
  },
  'invalid-state': {
    status: 409,
    title: 'Not allowed in the current status',
    userMessage: {
      vi: 'Hồ sơ đang ở trạng thái không cho phép thao tác này.',
      en: 'The dossier’s current status does not allow this.',
    },
  },
  'already-rated': {
    status: 409,
    title: 'Already rated',
    userMessage: { vi: 'Hồ sơ này đã được đánh giá.', en: 'This dossier has already been rated.' },
  },
  'idempotency-key-missing': {
    status: 400,
    title: 'Idempotency-Key missing',
    userMessage: {
      vi: 'Không gửi được hồ sơ. Vui lòng thử lại.',
      en: 'The dossier could not be sent. Please try again.',
    },
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'Idempotency-Key reused with another request',
    userMessage: {
      vi: 'Yêu cầu trùng mã với một lần gửi khác. Vui lòng tải lại trang.',
      en: 'This request reuses the key of another submission. Please reload the page.',
    },
  },
  'request-in-progress': {
    status: 409,
    title: 'Request in progress',
    userMessage: { vi: 'Hồ sơ đang được gửi, vui lòng chờ.', en: 'The dossier is being sent, please wait.' },
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    userMessage: { vi: 'Tệp hoặc dữ liệu quá lớn.', en: 'The file or data is too large.' },
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    userMessage: {
      vi: 'Định dạng không được hỗ trợ. Chỉ nhận PDF, JPEG hoặc PNG.',
      en: 'This format is not supported. Only PDF, JPEG or PNG.',
    },
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    userMessage: {
      vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
      en: 'Too many requests. Please try again shortly.',
    },
  },
  internal: {
    status: 500,
    title: 'Internal error',
    userMessage: {
      vi: 'Hệ thống gặp lỗi. Vui lòng thử lại sau.',
      en: 'Something went wrong on our side. Please try again later.',
    },
  },
  'service-unavailable': {
    status: 503,
    title: 'Service unavailable',
    userMessage: {
      vi: 'Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.',
      en: 'The service is briefly unavailable. Please try again later.',
    },
  },
} as const satisfies Record<string, ProblemKindDefinition>;

/** The short name of a problem type, e.g. `validation`. */
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** The base of every problem type URI. */
export const PROBLEM_TYPE_BASE = 'https://dvc-kit.dev/problems/';

/** The problem+json body the contract's `Problem` describes. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId: string;
  userMessage: LocalizedText;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

/**
 * An error a handler throws to answer with a problem. The error handler turns it into problem+json;
 * nothing else in the server builds error bodies.
 *
 * @example
 * throw new ProblemError('not-found', `No procedure ${code}.`);
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly kind: ProblemKind,
    /** For developers, in English. */
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number; userMessage?: LocalizedText } = {},
  ) {
    super(detail);
  }

  get status(): number {
    return PROBLEM_KINDS[this.kind].status;
  }
}

/** Builds the problem+json body for a kind. */
export function problemBody(
  kind: ProblemKind,
  detail: string,
  context: { requestId: string; instance?: string },
  extra: ProblemError['extra'] = {},
): ProblemBody {
  const definition = PROBLEM_KINDS[kind];
  return {
    type: `${PROBLEM_TYPE_BASE}${kind}`,
    title: definition.title,
    status: definition.status,
    detail,
    instance: context.instance,
    requestId: context.requestId,
    userMessage: extra.userMessage ?? definition.userMessage,
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
  };
}
