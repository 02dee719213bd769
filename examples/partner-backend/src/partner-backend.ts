import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type FetchLike } from '@dvc-kit/client';
import { createServerClient } from '@dvc-kit/client/server';
import { AgentPointDirectory } from './agent-points.js';
import {
  API_ROUTES,
  type CitizenVisit,
  type CspReport,
  type PartnerApiContext,
  type StaffSession,
  VISITOR_COOKIE,
} from './api-routes.js';
import { readCookie, sessionCookie } from './cookies.js';
import { LOOPBACK_HOSTNAMES } from './page-origin.js';
import { PartnerProblem, sendProblem } from './problem.js';
import { securityHeaders } from './security-headers.js';
import { SessionStore } from './session-store.js';
import { repositorySite, type SiteFiles } from './site.js';
import { resolveStaticPath, sendFile } from './static-files.js';

/** VNPost's sandbox test key (README "Test keys"): the example plays VNPost's backend. */
export const DEFAULT_SECRET_KEY = 'sk_test_vnpost_7c41d2a9e05b4f18';
/** The sandbox as `npm start` runs it. */
export const DEFAULT_API_URL = 'http://127.0.0.1:4010';
/** Next to the sandbox's 4010, easy to remember. */
export const DEFAULT_PORT = 4020;
/** Loopback only: this demo backend holds a secret key and signs anyone in without a password. */
export const DEFAULT_HOST = '127.0.0.1';

/** A counter shift: a staff member signs in once in the morning. */
const STAFF_SESSION_SECONDS = 8 * 60 * 60;
/** A citizen's visit of the app; long enough for a day's use, short enough to leave nothing behind. */
const VISIT_SECONDS = 12 * 60 * 60;

/** Options of {@link startPartnerBackend}. */
export interface PartnerBackendOptions {
  /** The dvc-kit API, e.g. the sandbox at `http://127.0.0.1:4010`. */
  apiUrl?: string;
  /** The partner's secret key; default VNPost's sandbox test key. */
  secretKey?: string;
  /** TCP port (default 4020; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Host names the pages may be opened under (default the loopback names). */
  allowedHostnames?: readonly string[];
  /** The `fetch` the backend's dvc-kit clients use (tests). */
  fetch?: FetchLike;
  /** The folders and bundles to serve (default this repository's). */
  site?: SiteFiles;
  /** Where CSP violations are logged (default stderr). */
  log?: (line: string) => void;
}

/** A running partner backend. */
export interface RunningPartnerBackend {
  /** Its base URL, e.g. `http://127.0.0.1:4020`. */
  url: string;
  /** The counter page. */
  counterUrl: string;
  /** The citizen app. */
  partnerAppUrl: string;
  /** The React example (served once `node examples/build.mjs --react` has built it; `npm start` does). */
  reactUrl: string;
  /** The CSP violations browsers reported, oldest first. */
  cspReports: readonly CspReport[];
  /** Stops listening, ends idle keep-alive connections and waits for requests in flight. */
  close(): Promise<void>;
}

/** The pages of the citizen apps: loading one starts a visit (the cookie their token route asks for). */
const CITIZEN_APP_PREFIXES = ['/app/', '/react/'];

/** URL prefix → folder of pages. */
function pageMounts(site: SiteFiles): ReadonlyArray<readonly [prefix: string, folder: string]> {
  return [
    ['/counter/', site.counter],
    ['/app/', site.partnerApp],
    ['/react/', site.react],
    ['/shared/', site.shared],
  ];
}

/**
 * Starts the partner backend of the examples: the staff sign-in stub, the embed-token exchange for
 * the counter and for the citizen app, and the pages under a strict CSP.
 *
 * @example
 * const backend = await startPartnerBackend({ apiUrl: sandbox.url, port: 0 });
 * console.log(backend.counterUrl);
 * await backend.close();
 */
export async function startPartnerBackend(
  options: PartnerBackendOptions = {},
): Promise<RunningPartnerBackend> {
  const apiOrigin = new URL(options.apiUrl ?? DEFAULT_API_URL).origin;
  const site = options.site ?? repositorySite();
  const headers = securityHeaders(apiOrigin);
  const cspReports: CspReport[] = [];
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const server = createServerClient({
    baseUrl: apiOrigin,
    secretKey: options.secretKey ?? DEFAULT_SECRET_KEY,
    ...fetchOption,
  });
  const context: PartnerApiContext = {
    apiOrigin,
    server,
    // The catalogue of places is public: a client without a token reads it.
    directory: new AgentPointDirectory(server, createClient({ baseUrl: apiOrigin, ...fetchOption })),
    staffSessions: new SessionStore<StaffSession>(STAFF_SESSION_SECONDS * 1000),
    visits: new SessionStore<CitizenVisit>(VISIT_SECONDS * 1000),
    staffSessionSeconds: STAFF_SESSION_SECONDS,
    allowedHostnames: options.allowedHostnames ?? LOOPBACK_HOSTNAMES,
    cspReports,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new PartnerProblem('method-not-allowed', `${request.method} is not allowed on pages.`, {
        allow: ['GET', 'HEAD'],
      });
    }
    if (path === '/') {
      response.writeHead(302, { ...headers, location: '/counter/' }).end();
      return;
    }
    for (const [prefix, folder] of pageMounts(site)) {
      // `/app` → `/app/`, so the page's relative URLs resolve inside its folder.
      if (path === prefix.slice(0, -1)) {
        response.writeHead(301, { ...headers, location: prefix }).end();
        return;
      }
      if (!path.startsWith(prefix)) continue;
      const file = resolveStaticPath(folder, path.slice(prefix.length));
      const extra: Record<string, string> = {};
      if (CITIZEN_APP_PREFIXES.includes(prefix) && !context.visits.get(readCookie(request, VISITOR_COOKIE))) {
        const id = context.visits.create({ startedAt: new Date().toISOString() });
        extra['set-cookie'] = sessionCookie(VISITOR_COOKIE, id, {
          maxAgeSeconds: VISIT_SECONDS,
          secure: false,
        });
      }
      if (file && (await sendFile(response, file, { ...headers, ...extra }, request.method))) return;
      break;
    }
    if (path.startsWith('/vendor/')) {
      const name = path.slice('/vendor/'.length);
      // A single file by its exact name (`hasOwn`: not `constructor` or another inherited key), else a
      // file inside the bundle's folder — never outside it: `resolveStaticPath` refuses `..`, encoded
      // or not, dotfiles and extensions this server does not serve.
      const file = Object.hasOwn(site.vendor, name)
        ? site.vendor[name]
        : resolveStaticPath(site.vendorFolder, name);
      if (file && (await sendFile(response, file, headers, request.method))) return;
      throw new PartnerProblem(
        'not-found',
        `${path} is not built yet: run \`node examples/build.mjs\` (npm start does) and reload.`,
      );
    }
    throw new PartnerProblem('not-found', `Nothing at ${path}.`);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://backend.invalid').pathname;
    try {
      if (path.startsWith('/api/')) {
        const route = API_ROUTES[path];
        if (!route) throw new PartnerProblem('not-found', `No API route ${path}.`);
        const handler = route[request.method ?? ''];
        if (!handler) {
          request.resume();
          throw new PartnerProblem('method-not-allowed', `${request.method} is not allowed on ${path}.`, {
            allow: Object.keys(route),
          });
        }
        await handler(request, response, context);
      } else {
        await serveStatic(request, response, path);
      }
    } catch (error) {
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined);
        return;
      }
      const problem =
        error instanceof PartnerProblem
          ? error
          : new PartnerProblem('internal', error instanceof Error ? error.message : String(error));
      if (problem.kind === 'internal')
        context.log(`partner backend: ${request.method} ${path}: ${problem.message}`);
      sendProblem(response, problem, path);
    }
  };

  const httpServer = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST, () => {
      httpServer.off('error', reject);
      resolveListen();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostname}:${address.port}`;
  return {
    url,
    counterUrl: `${url}/counter/`,
    partnerAppUrl: `${url}/app/`,
    reactUrl: `${url}/react/`,
    cspReports,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        httpServer.close((error) => (error ? reject(error) : resolveClose()));
        // A browser keeps idle keep-alive connections open; without this, close waits for them.
        httpServer.closeIdleConnections();
      }),
  };
}
