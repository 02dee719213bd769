import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmbedSession, PartnerCode, Scope } from '@dvc-kit/client';
import type { DvcServerClient } from '@dvc-kit/client/server';
import type { AgentPoint, AgentPointDirectory, PartnerDirectory } from './agent-points.js';
import { readCookie, sessionCookie } from './cookies.js';
import { pageOrigin, sameOriginRequest } from './page-origin.js';
import { PartnerProblem } from './problem.js';
import { readBody, readJsonObject } from './request-body.js';
import type { SessionStore } from './session-store.js';
import { parseSignIn, type Staff } from './staff-sign-in.js';
import { upstreamProblem } from './upstream-errors.js';

/** What an agent-point counter may do: file, read, answer supplements, rate, and drive the simulator. */
export const COUNTER_SCOPES = [
  'dossier:create',
  'dossier:read',
  'dossier:update',
  'rating:create',
  'sandbox:simulate',
] as const satisfies readonly Scope[];

/** What a citizen in the partner's app may do: no agent point, no simulator. */
export const CITIZEN_SCOPES = [
  'dossier:create',
  'dossier:read',
  'dossier:update',
  'rating:create',
] as const satisfies readonly Scope[];

/** The counter's staff session cookie. */
export const STAFF_COOKIE = 'counter_session';
/** The citizen apps' visitor cookie, set when `/app/` or `/react/` is loaded. */
export const VISITOR_COOKIE = 'app_visitor';

/** A signed-in staff member at one of the partner's agent points. */
export interface StaffSession {
  staff: Staff;
  agentPoint: AgentPoint;
  /** The partner (pages pick its theme). */
  partnerCode: PartnerCode;
}

/** A visit of the citizen app (anonymous in this demo; a real app signs its user in). */
export interface CitizenVisit {
  startedAt: string;
}

/** A CSP violation report as the browser posted it. */
export type CspReport = Record<string, unknown>;

/**
 * How many CSP reports are kept: plenty to read after a test or a look at the page, and a page stuck in
 * a violation loop cannot grow the memory of the server without bound.
 */
const MAX_CSP_REPORTS = 100;
/** A CSP report is a few hundred bytes; 64 KB accepts a browser's batch of them. */
const CSP_REPORT_LIMIT_BYTES = 64 * 1024;

/** What the API routes need. */
export interface PartnerApiContext {
  apiOrigin: string;
  server: DvcServerClient;
  directory: AgentPointDirectory;
  staffSessions: SessionStore<StaffSession>;
  visits: SessionStore<CitizenVisit>;
  /** How long a staff session lasts, in seconds (the cookie's `Max-Age`). */
  staffSessionSeconds: number;
  allowedHostnames: readonly string[];
  cspReports: CspReport[];
  /** Where a CSP violation is logged for the developer. */
  log: (line: string) => void;
}

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  context: PartnerApiContext,
) => Promise<void>;

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

function staffSessionOf(request: IncomingMessage, context: PartnerApiContext): StaffSession {
  const session = context.staffSessions.get(readCookie(request, STAFF_COOKIE));
  if (!session)
    throw new PartnerProblem('unauthorized', 'No staff session: sign in first (POST /api/sign-in).');
  return session;
}

/** The token's answer to the page: what it needs to create its client, nothing more. */
function tokenBody(session: EmbedSession) {
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    scopes: session.scopes,
    agentPointId: session.agentPointId,
    staff: session.staff,
  };
}

/**
 * `GET /api/config`: where the dvc-kit API is, for the page's client. Public: the pages need it before
 * anyone signs in (the catalogue is public).
 */
const getConfig: Handler = async (_request, response, context) => {
  sendJson(response, 200, { apiUrl: context.apiOrigin });
};

/** `GET /api/agent-points`: the partner's own agent points, for the sign-in form. */
const listAgentPoints: Handler = async (request, response, context) => {
  const origin = pageOrigin(request, context.allowedHostnames);
  try {
    const directory = await context.directory.load(origin);
    sendJson(response, 200, { partnerCode: directory.partnerCode, items: directory.agentPoints });
  } catch (error) {
    throw upstreamProblem(error, 'Listing the agent points');
  }
};

/**
 * `POST /api/sign-in` `{ staffId, fullName, agentPointId }`: a stub of the partner's own staff
 * sign-in. There is no password: a real backend checks the staff member against its directory and
 * lets them choose only the agent points they work at.
 */
const signIn: Handler = async (request, response, context) => {
  const origin = sameOriginRequest(request, context.allowedHostnames);
  const { staff, agentPointId } = parseSignIn(await readJsonObject(request));
  let directory: PartnerDirectory;
  try {
    directory = await context.directory.load(origin);
  } catch (error) {
    throw upstreamProblem(error, 'Checking the agent point');
  }
  const agentPoint = directory.agentPoints.find((point) => point.id === agentPointId);
  if (!agentPoint) {
    throw new PartnerProblem('validation', `${agentPointId} is not one of this partner's agent points.`, {
      errors: [
        {
          pointer: '/agentPointId',
          code: 'agent-point',
          message: {
            vi: 'Điểm đại lý không thuộc đối tác này.',
            en: "This is not one of the partner's agent points.",
          },
        },
      ],
    });
  }
  const session: StaffSession = { staff, agentPoint, partnerCode: directory.partnerCode };
  const id = context.staffSessions.create(session);
  sendJson(response, 200, session, {
    'set-cookie': sessionCookie(STAFF_COOKIE, id, {
      maxAgeSeconds: context.staffSessionSeconds,
      secure: origin.startsWith('https:'),
    }),
  });
};

/**
 * `GET /api/session`: who is signed in at this browser; 204 when nobody is (not 401: a page asks this at
 * every load, and browsers log every 4xx in the console).
 */
const getSession: Handler = async (request, response, context) => {
  const session = context.staffSessions.get(readCookie(request, STAFF_COOKIE));
  if (session) sendJson(response, 200, session);
  else response.writeHead(204, { 'cache-control': 'no-store' }).end();
};

/** `POST /api/sign-out`: ends the staff session. */
const signOut: Handler = async (request, response, context) => {
  const origin = sameOriginRequest(request, context.allowedHostnames);
  context.staffSessions.delete(readCookie(request, STAFF_COOKIE));
  response.writeHead(204, {
    'set-cookie': sessionCookie(STAFF_COOKIE, '', { maxAgeSeconds: 0, secure: origin.startsWith('https:') }),
  });
  response.end();
};

/**
 * `POST /api/embed-session`: an embed token for the signed-in staff member's counter — bound to the
 * page's origin, the staff member's agent point and the counter scopes. The secret key never leaves
 * this process.
 */
const createCounterToken: Handler = async (request, response, context) => {
  const origin = sameOriginRequest(request, context.allowedHostnames);
  const { staff, agentPoint } = staffSessionOf(request, context);
  try {
    const session = await context.server.embedSessions.create({
      origin,
      scopes: [...COUNTER_SCOPES],
      agentPointId: agentPoint.id,
      staff,
    });
    sendJson(response, 201, tokenBody(session));
  } catch (error) {
    throw upstreamProblem(error, 'Minting a counter embed token');
  }
};

/**
 * `POST /api/app/embed-session`: an embed token for the citizen app — no agent point, no staff, no
 * simulator. The demo's visitor is anonymous (the cookie only proves the page was loaded from here);
 * a real partner app mints tokens for its signed-in users only.
 */
const createCitizenToken: Handler = async (request, response, context) => {
  const origin = sameOriginRequest(request, context.allowedHostnames);
  if (!context.visits.get(readCookie(request, VISITOR_COOKIE))) {
    throw new PartnerProblem('unauthorized', 'No app visit: load /app/ (or /react/) first.');
  }
  try {
    const session = await context.server.embedSessions.create({ origin, scopes: [...CITIZEN_SCOPES] });
    sendJson(response, 201, tokenBody(session));
  } catch (error) {
    throw upstreamProblem(error, 'Minting a citizen embed token');
  }
};

/** `POST /api/csp-reports`: Content-Security-Policy violations (`report-uri`), kept and logged. */
const receiveCspReport: Handler = async (request, response, context) => {
  const text = (await readBody(request, CSP_REPORT_LIMIT_BYTES)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PartnerProblem('malformed-request', 'A CSP report must be JSON.');
  }
  // `application/csp-report` wraps one report in `csp-report`; `application/reports+json` is a list.
  const reports = (Array.isArray(parsed) ? parsed : [parsed]).map((item) =>
    typeof item === 'object' && item !== null && 'csp-report' in item
      ? (item as { 'csp-report': CspReport })['csp-report']
      : (item as CspReport),
  );
  for (const report of reports) {
    if (context.cspReports.length >= MAX_CSP_REPORTS) context.cspReports.shift();
    context.cspReports.push(report);
    const directive = report['violated-directive'] ?? report['effective-directive'] ?? '?';
    context.log(`CSP violation: ${String(directive)} blocked ${String(report['blocked-uri'] ?? '?')}`);
  }
  response.writeHead(204).end();
};

/** The API routes: path → method → handler. */
export const API_ROUTES: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  '/api/config': { GET: getConfig },
  '/api/agent-points': { GET: listAgentPoints },
  '/api/sign-in': { POST: signIn },
  '/api/session': { GET: getSession },
  '/api/sign-out': { POST: signOut },
  '/api/embed-session': { POST: createCounterToken },
  '/api/app/embed-session': { POST: createCitizenToken },
  '/api/csp-reports': { POST: receiveCspReport },
};
