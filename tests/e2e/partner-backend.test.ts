// The example partner backend over real HTTP, against a real sandbox: the staff sign-in stub, the
// token exchange (what a token is bound to, who may get one), and how pages are served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunningSandbox } from '@dvc-kit/sandbox';
import { startTestSandbox } from '@dvc-kit/sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningPartnerBackend,
  startPartnerBackend,
} from '../../examples/partner-backend/src/partner-backend.js';

let sandbox: RunningSandbox;
let backend: RunningPartnerBackend;
let origin: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  backend = await startPartnerBackend({ apiUrl: sandbox.url, port: 0, log: () => undefined });
  origin = backend.url;
});

afterAll(async () => {
  await backend?.close();
  await sandbox?.close();
});

/** A call as the page makes it: same origin, JSON, with the cookie it holds. */
function call(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; origin?: string } = {},
) {
  return fetch(`${origin}${path}`, {
    method: init.method ?? 'POST',
    headers: {
      origin: init.origin ?? origin,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** A GET exactly as written: no URL normalisation (`..` stays), any Host header. */
function rawGet(path: string, headers: Record<string, string> = {}, backendUrl = origin): Promise<number> {
  const { port } = new URL(backendUrl);
  return new Promise<number>((resolveStatus, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

async function signIn(): Promise<string> {
  const response = await call('/api/sign-in', {
    body: { staffId: 'nv-0042', fullName: 'Trần Thị Bích', agentPointId: 'loc-agent-vnpost-01' },
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('the staff sign-in stub', () => {
  it('lists only the partner’s own agent points', async () => {
    const body = (await (await fetch(`${origin}/api/agent-points`)).json()) as {
      partnerCode: string;
      items: { id: string }[];
    };
    expect(body.partnerCode).toBe('VNPOST');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((point) => point.id.startsWith('loc-agent-vnpost-'))).toBe(true);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and says who is signed in', async () => {
    const response = await call('/api/sign-in', {
      body: { staffId: 'nv-0042', fullName: '  Trần   Thị Bích ', agentPointId: 'loc-agent-vnpost-01' },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^counter_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const session = await fetch(`${origin}/api/session`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(await session.json()).toMatchObject({
      staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
      agentPoint: { id: 'loc-agent-vnpost-01' },
      partnerCode: 'VNPOST',
    });
    expect((await fetch(`${origin}/api/session`)).status).toBe(204);
  });

  it('refuses a bad form field by field, and another partner’s agent point', async () => {
    const invalid = await call('/api/sign-in', {
      body: { staffId: 'nv 42!', fullName: 'Nguyễn 2', agentPointId: '' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await invalid.json()) as { type: string; errors: { pointer: string }[] };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/validation');
    expect(problem.errors.map((error) => error.pointer)).toEqual(['/staffId', '/fullName', '/agentPointId']);

    const foreign = await call('/api/sign-in', {
      body: { staffId: 'nv-0042', fullName: 'Trần Thị Bích', agentPointId: 'loc-agent-viettelpost-01' },
    });
    expect(foreign.status).toBe(422);
    expect(((await foreign.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe('agent-point');
  });

  it('signs out', async () => {
    const cookie = await signIn();
    expect((await call('/api/sign-out', { cookie })).status).toBe(204);
    expect((await call('/api/embed-session', { cookie })).status).toBe(401);
  });
});

describe('the embed-token exchange', () => {
  it('answers 401 problem+json without a staff session', async () => {
    const response = await call('/api/embed-session');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { type: string; userMessage: { vi: string; en: string } };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/unauthorized');
    expect(problem.userMessage.vi).toContain('đăng nhập');
  });

  it('mints a counter token bound to the page’s origin, the agent point and the staff member', async () => {
    const response = await call('/api/embed-session', { cookie: await signIn() });
    expect(response.status).toBe(201);
    const session = (await response.json()) as { token: string; scopes: string[]; agentPointId: string };
    expect(session).toMatchObject({
      scopes: ['dossier:create', 'dossier:read', 'dossier:update', 'rating:create', 'sandbox:simulate'],
      agentPointId: 'loc-agent-vnpost-01',
      staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
    });
    // The sandbox takes it from the page's origin, and refuses it from another.
    const fromPage = await fetch(`${sandbox.url}/v1/dossiers`, {
      headers: { authorization: `Bearer ${session.token}`, origin },
    });
    expect(fromPage.status).toBe(200);
    const fromElsewhere = await fetch(`${sandbox.url}/v1/dossiers`, {
      headers: { authorization: `Bearer ${session.token}`, origin: 'http://localhost:5173' },
    });
    expect(fromElsewhere.status).toBe(403);
  });

  it('mints a citizen token (no agent point, no simulator) only for a visit of the app', async () => {
    expect((await call('/api/app/embed-session')).status).toBe(401);
    const page = await fetch(`${origin}/app/`);
    const visit = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(visit).toMatch(/^app_visitor=/);
    const response = await call('/api/app/embed-session', { cookie: visit });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      scopes: ['dossier:create', 'dossier:read', 'dossier:update', 'rating:create'],
      agentPointId: null,
      staff: null,
    });
  });

  it('refuses a request from another origin, or without one (CSRF)', async () => {
    const cookie = await signIn();
    const crossSite = await call('/api/embed-session', { cookie, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const noOrigin = await fetch(`${origin}/api/embed-session`, { method: 'POST', headers: { cookie } });
    expect(noOrigin.status).toBe(403);
  });

  it('answers only to loopback host names (no token for a DNS-rebinding page)', async () => {
    const { port } = new URL(origin);
    expect(await rawGet('/api/agent-points', { host: `evil.example:${port}` })).toBe(403);
    expect(await rawGet('/api/agent-points', { host: `localhost:${port}` })).toBe(200);
  });
});

describe('the pages', () => {
  it('serves them under a strict CSP that allows the API and reports violations', async () => {
    const response = await fetch(`${origin}/counter/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        `connect-src 'self' ${new URL(sandbox.url).origin}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        'report-uri /api/csp-reports',
      ].join('; '),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the server’s own files out of reach', async () => {
    expect(await rawGet('/counter/index.html')).toBe(200);
    for (const path of [
      '/counter/../partner-backend/src/main.ts',
      '/counter/..%2fpartner-backend%2fsrc%2fmain.ts',
      '/shared/.build-lock/pid',
      '/partner-backend/src/main.ts',
    ]) {
      expect(await rawGet(path), path).toBe(404);
    }
  });

  it('answers unknown routes and methods as problems', async () => {
    expect((await fetch(`${origin}/api/nothing`)).status).toBe(404);
    const wrongMethod = await fetch(`${origin}/api/sign-in`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const notJson = await fetch(`${origin}/api/sign-in`, {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain' },
      body: 'staffId=nv-0042',
    });
    expect(notJson.status).toBe(415);
  });

  it('keeps the CSP reports browsers post', async () => {
    const report = { 'csp-report': { 'violated-directive': 'script-src', 'blocked-uri': 'inline' } };
    const response = await fetch(`${origin}/api/csp-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify(report),
    });
    expect(response.status).toBe(204);
    expect(backend.cspReports.at(-1)).toEqual(report['csp-report']);
  });
});

describe('the bundle folder at /vendor/', () => {
  // A site of its own, so that the test needs no build: a bundle folder as rollup writes it, and
  // files next to it that must stay out of reach.
  const siteRoot = mkdtempSync(join(tmpdir(), 'dvc-partner-site-'));
  const bundleFolder = join(siteRoot, 'bundle');
  const files: Record<string, string> = {
    'counter/index.html': '<!doctype html><title>Quầy</title>',
    'bundle/dvc-kit.bundle.js': "export * from './chunks/dvc-kit-4bC9.js';\n",
    'bundle/dvc-kit.bundle.js.map': '{"version":3,"sources":[],"mappings":""}',
    'bundle/chunks/dvc-kit-4bC9.js': 'export const part = import("./detail-Xy1z.js");\n',
    'bundle/chunks/detail-Xy1z.js': 'export const detail = 1;\n',
    'bundle/chunks/.hidden.js': 'export const hidden = 1;\n',
    'bundle/notes.txt': 'not served: no content type for it',
    // A sibling whose name starts with the folder's: a prefix check without the separator lets it in.
    'bundle-old/secret.js': 'export const secret = 1;\n',
    'secret.js': 'export const secret = 1;\n',
    'package.json': '{"private":true}',
    'client.js': 'export const client = 1;\n',
  };
  let vendorBackend: RunningPartnerBackend;

  beforeAll(async () => {
    for (const [path, contents] of Object.entries(files)) {
      mkdirSync(dirname(join(siteRoot, path)), { recursive: true });
      writeFileSync(join(siteRoot, path), contents);
    }
    vendorBackend = await startPartnerBackend({
      apiUrl: sandbox.url,
      port: 0,
      log: () => undefined,
      site: {
        counter: join(siteRoot, 'counter'),
        partnerApp: join(siteRoot, 'app'),
        react: join(siteRoot, 'react'),
        shared: join(siteRoot, 'shared'),
        vendor: { 'dvc-client.js': join(siteRoot, 'client.js') },
        vendorFolder: bundleFolder,
      },
    });
  });

  afterAll(async () => {
    await vendorBackend?.close();
    rmSync(siteRoot, { recursive: true, force: true });
  });

  it('serves the entry and the chunks it loads as JavaScript, with the pages’ security headers', async () => {
    const page = await fetch(`${vendorBackend.url}/counter/`);
    expect(page.status).toBe(200);
    for (const [path, file] of [
      ['/vendor/dvc-kit.bundle.js', 'bundle/dvc-kit.bundle.js'],
      ['/vendor/chunks/dvc-kit-4bC9.js', 'bundle/chunks/dvc-kit-4bC9.js'],
      ['/vendor/chunks/detail-Xy1z.js', 'bundle/chunks/detail-Xy1z.js'],
      ['/vendor/dvc-client.js', 'client.js'],
    ] as const) {
      const response = await fetch(`${vendorBackend.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/javascript; charset=utf-8');
      for (const header of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
        expect(response.headers.get(header), `${path} ${header}`).toBe(page.headers.get(header));
      }
      expect(await response.text(), path).toBe(files[file]);
    }
    const map = await fetch(`${vendorBackend.url}/vendor/dvc-kit.bundle.js.map`);
    expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('refuses every path that leaves the folder, hidden files and types it does not serve', async () => {
    const at = vendorBackend.url;
    // The files are there: what follows fails because of the path, not for want of a file.
    expect(await rawGet('/vendor/chunks/detail-Xy1z.js', {}, at)).toBe(200);
    for (const path of [
      '/vendor/../secret.js',
      '/vendor/..%2fsecret.js',
      '/vendor/..%2Fpackage.json',
      '/vendor/%2e%2e/secret.js',
      '/vendor/%2e%2e%2fsecret.js',
      '/vendor/chunks/..%2f..%2fsecret.js',
      '/vendor/chunks/%2e%2e%2f%2e%2e%2fsecret.js',
      '/vendor/..%5csecret.js',
      '/vendor/..%2fbundle-old%2fsecret.js',
      `/vendor/${encodeURIComponent(join(siteRoot, 'secret.js'))}`,
      '/vendor/chunks/.hidden.js',
      '/vendor/notes.txt',
      '/vendor/chunks/detail-Xy1z.js%00.js',
      '/vendor/constructor',
      '/vendor/__proto__',
    ]) {
      expect(await rawGet(path, {}, at), path).toBe(404);
    }
  });
});
