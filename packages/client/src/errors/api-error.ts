import type { components } from '../generated/openapi.js';
import type { Locale } from '../locale.js';
import { DVC_ERROR_BRAND, DvcError } from './dvc-error.js';
import { fallbackMessages, type UserMessages } from './messages.js';
import { type ApiErrorKind, problemKindOf, problemKindOfStatus } from './problem-kind.js';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

/** The server answered with an error status (4xx/5xx), usually as RFC 9457 problem+json. */
export class DvcApiError extends DvcError {
  override readonly name = 'DvcApiError';
  readonly [DVC_ERROR_BRAND] = 'DvcApiError';
  /** The HTTP status. */
  readonly status: number;
  /** The problem `type` URL, when the body was problem+json of the contract's closed set. */
  readonly type: Problem['type'] | undefined;
  /** The short kind to switch on (`'validation'`, `'token-expired'`, …); from the status when no problem body. */
  readonly kind: ApiErrorKind;
  /** Per-field errors (`pointer`, `code`, `message`) — empty unless `kind` is `'validation'` or similar. */
  readonly errors: readonly FieldError[];
  /** The server's request id; quote it when asking for support. */
  readonly requestId: string | undefined;
  readonly userMessage: string;
  readonly userMessages: UserMessages;
  /** The problem details as sent, when the body was a problem document. */
  readonly problem: Problem | undefined;
  /** The error response (its body has been read). */
  readonly response: Response;

  constructor(init: { request: Request; response: Response; problem: Problem | undefined; locale: Locale }) {
    const { request, response, problem, locale } = init;
    const kind = problemKindOf(problem?.type) ?? problemKindOfStatus(response.status);
    super(
      `${response.status} ${kind}: ${problem?.detail ?? response.statusText} (${request.method} ${request.url})`,
      request,
    );
    this.status = response.status;
    this.type = problemKindOf(problem?.type) ? problem?.type : undefined;
    this.kind = kind;
    this.errors = problem?.errors ?? [];
    this.requestId = problem?.requestId ?? response.headers.get('x-request-id') ?? undefined;
    const generic = fallbackMessages('generic');
    // The server words its problems in both languages; a problem from elsewhere (a proxy's 502) gets
    // the generic message in each.
    this.userMessages = {
      vi: problem?.userMessage?.vi ?? generic.vi,
      en: problem?.userMessage?.en ?? generic.en,
    };
    this.userMessage = this.userMessages[locale];
    this.problem = problem;
    this.response = response;
  }
}
