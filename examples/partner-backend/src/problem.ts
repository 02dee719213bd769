import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { LocalizedText } from '@dvc-kit/client';

/**
 * The problem types this backend answers with. The same closed set and URIs as the dvc-kit API's
 * (README "Errors"), so a page handles both with one piece of code.
 */
export const PARTNER_PROBLEM_KINDS = [
  'malformed-request',
  'validation',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'payload-too-large',
  'unsupported-media-type',
  'internal',
  'service-unavailable',
] as const;

/** One of {@link PARTNER_PROBLEM_KINDS}. */
export type PartnerProblemKind = (typeof PARTNER_PROBLEM_KINDS)[number];

const STATUS: Record<PartnerProblemKind, number> = {
  'malformed-request': 400,
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
  'service-unavailable': 503,
};

const TITLE: Record<PartnerProblemKind, string> = {
  'malformed-request': 'Malformed request',
  validation: 'Validation failed',
  unauthorized: 'Not signed in',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  internal: 'Internal error',
  'service-unavailable': 'Service unavailable',
};

/** The user-safe message of each kind, when the thrower has no more precise one. */
const USER_MESSAGE: Record<PartnerProblemKind, LocalizedText> = {
  'malformed-request': { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  validation: { vi: 'Thông tin nhập chưa đúng.', en: 'Some of the information is not valid.' },
  unauthorized: {
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
    en: 'You are not signed in, or your session has expired.',
  },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  'not-found': { vi: 'Không tìm thấy trang hoặc tài nguyên.', en: 'Not found.' },
  'method-not-allowed': { vi: 'Thao tác không được hỗ trợ.', en: 'This method is not supported here.' },
  'payload-too-large': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  'unsupported-media-type': { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported format.' },
  internal: { vi: 'Hệ thống gặp lỗi. Vui lòng thử lại.', en: 'Something went wrong. Please try again.' },
  'service-unavailable': {
    vi: 'Không kết nối được hệ thống dịch vụ công. Vui lòng thử lại sau.',
    en: 'The public-service system cannot be reached. Please try again later.',
  },
};

/** A field's problem, as the dvc-kit API reports it (JSON Pointer into the request body). */
export interface PartnerFieldError {
  pointer: string;
  code: string;
  message: LocalizedText;
}

/** An error that becomes an RFC 9457 `application/problem+json` answer. */
export class PartnerProblem extends Error {
  override readonly name = 'PartnerProblem';
  readonly kind: PartnerProblemKind;
  readonly userMessage: LocalizedText;
  readonly errors: readonly PartnerFieldError[];
  readonly allow: readonly string[] | undefined;

  /**
   * @param kind - the problem type
   * @param detail - for developers, in English
   */
  constructor(
    kind: PartnerProblemKind,
    detail: string,
    options: {
      userMessage?: LocalizedText;
      errors?: readonly PartnerFieldError[];
      allow?: readonly string[];
    } = {},
  ) {
    super(detail);
    this.kind = kind;
    this.userMessage = options.userMessage ?? USER_MESSAGE[kind];
    this.errors = options.errors ?? [];
    this.allow = options.allow;
  }
}

/** Writes `problem` as `application/problem+json`, with a fresh request id to quote in support. */
export function sendProblem(response: ServerResponse, problem: PartnerProblem, instance: string): void {
  const status = STATUS[problem.kind];
  const body = {
    type: `https://dvc-kit.dev/problems/${problem.kind}`,
    title: TITLE[problem.kind],
    status,
    detail: problem.message,
    instance,
    requestId: randomUUID(),
    userMessage: problem.userMessage,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  };
  response.writeHead(status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'cache-control': 'no-store',
    ...(problem.allow ? { allow: problem.allow.join(', ') } : {}),
  });
  response.end(JSON.stringify(body));
}
