import { authenticate } from '../auth/authenticate.js';
import { MAX_TOKEN_TTL_SECONDS, type Scope, signEmbedToken } from '../auth/embed-tokens.js';
import { isOriginAllowed } from '../auth/origins.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { type FieldError, ProblemError } from '../http/problem.js';
import { PlacesStore } from '../store/places-store.js';

/** The body of `POST /v1/embed-sessions` (the contract's `EmbedSessionCreate`, already validated). */
interface EmbedSessionCreate {
  origin: string;
  scopes: Scope[];
  agentPointId?: string;
  staff?: { id: string; fullName: string };
  ttlSeconds?: number;
}

function invalidField(
  pointer: string,
  code: string,
  detail: string,
  message: FieldError['message'],
): ProblemError {
  return new ProblemError('validation', detail, { errors: [{ pointer, code, message }] });
}

/**
 * A browser's `Origin` header is always scheme, host and port, nothing more; a token bound to anything
 * else (a path, a trailing slash, upper-case letters) would never match a request.
 */
function isBareOrigin(origin: string): boolean {
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
}

/**
 * `POST /v1/embed-sessions`: a partner backend exchanges its secret key for a short-lived embed token,
 * bound to one web origin, some scopes, and for counter sessions one of its agent points and a staff
 * member. Only a secret key may ask (an embed token cannot mint another one).
 */
export function registerEmbedSessionRoutes(app: SandboxApp, context: SandboxContext): void {
  const places = new PlacesStore(context.db);

  registerOperation<EmbedSessionCreate>(app, 'createEmbedSession', async (request, reply) => {
    const caller = await authenticate(request, context, ['secret-key']);
    if (caller.kind !== 'secret-key')
      throw new ProblemError('forbidden', 'Embed sessions need a secret key.');
    const body = request.body;

    if (!isBareOrigin(body.origin)) {
      throw invalidField(
        '/origin',
        'origin',
        `origin must be a bare web origin such as https://app.example.vn (scheme, host and port only); got ${body.origin}.`,
        {
          vi: 'Nguồn gốc (origin) chỉ gồm giao thức, tên miền và cổng.',
          en: 'Use scheme, host and port only.',
        },
      );
    }
    if (!isOriginAllowed(body.origin, context.config.allowedOrigins)) {
      throw new ProblemError(
        'forbidden',
        `The origin ${body.origin} is not allowed for embed tokens; allowed: ${context.config.allowedOrigins.join(', ')}.`,
      );
    }

    if (body.staff && !body.agentPointId) {
      throw invalidField(
        '/staff',
        'staff-without-agent-point',
        'staff is only for counter sessions: give agentPointId too.',
        {
          vi: 'Chỉ khai báo nhân viên khi có điểm đại lý.',
          en: 'Staff can only be given together with an agent point.',
        },
      );
    }
    const staff = body.staff
      ? { id: body.staff.id.normalize('NFC'), fullName: body.staff.fullName.normalize('NFC').trim() }
      : null;
    if (staff && staff.fullName === '') {
      throw invalidField('/staff/fullName', 'required', 'staff.fullName is blank.', {
        vi: 'Thông tin này là bắt buộc.',
        en: 'This information is required.',
      });
    }

    if (body.agentPointId) {
      const agentPoint = places.location(body.agentPointId);
      if (!agentPoint) {
        throw invalidField(
          '/agentPointId',
          'unknown-location',
          `No location has the id ${body.agentPointId}.`,
          {
            vi: 'Không tìm thấy điểm đại lý này.',
            en: 'This agent point does not exist.',
          },
        );
      }
      if (agentPoint.type !== 'AGENT_POINT' || agentPoint.partnerCode !== caller.partnerCode) {
        throw new ProblemError(
          'forbidden',
          `${body.agentPointId} is not an agent point of ${caller.partnerCode}; a counter session needs one of your own.`,
        );
      }
    }

    // JWT expiry is in whole seconds: compute it from the same second the token will carry.
    const nowSeconds = Math.floor(context.now().getTime() / 1000);
    const ttlSeconds = Math.min(body.ttlSeconds ?? MAX_TOKEN_TTL_SECONDS, MAX_TOKEN_TTL_SECONDS);
    const expiresAt = new Date((nowSeconds + ttlSeconds) * 1000);
    const claims = {
      partnerCode: caller.partnerCode,
      origin: body.origin,
      scopes: body.scopes,
      agentPointId: body.agentPointId ?? null,
      staff,
      expiresAt,
    };
    const token = await signEmbedToken(context.tokenSecret, claims, context.now());
    // A bearer credential must not linger in a shared cache or the browser's back-forward cache.
    reply.code(201).header('Cache-Control', 'no-store');
    return { token, ...claims, expiresAt: expiresAt.toISOString() };
  });
}
