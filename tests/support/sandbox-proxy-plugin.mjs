// A web-test-runner plugin that runs a real sandbox next to the browser tests and proxies `/v1/*` to it
// from the test page's own origin, so element tests talk to the real server over real HTTP without
// CORS set-up. `POST /__sandbox/embed-token` mints an embed token on the Node side, as a partner
// backend would: the secret key never reaches the browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARTNER_KEY = 'sk_test_vnpost_7c41d2a9e05b4f18';
/** Starting the sandbox compiles TypeScript on the fly; 60 s covers a cold, loaded CI machine. */
const START_TIMEOUT_MS = 60_000;

function startSandboxProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-wtr-sandbox-'));
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/sandbox/src/cli.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DVC_SANDBOX_DB: join(dir, 'sandbox.db') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The sandbox did not start in time.')), START_TIMEOUT_MS);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`The sandbox exited early (${code}).`)));
  });
  return {
    url,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The plugin starts and stops the sandbox with the test server; the middleware (which must run before
 * the static file server, so it goes in the config's `middleware`) answers the proxied paths.
 */
export function sandboxProxy() {
  let sandbox;
  /** @type {import('@web/test-runner').TestRunnerPlugin} */
  const plugin = {
    name: 'dvc-sandbox-proxy',
    serverStart() {
      sandbox = startSandboxProcess();
    },
    serverStop() {
      sandbox?.stop();
    },
  };
  async function middleware(ctx, next) {
    if (ctx.path === '/__sandbox/embed-token' && ctx.method === 'POST') {
      const base = await sandbox.url;
      const options = JSON.parse((await readBody(ctx.req)).toString() || '{}');
      const response = await fetch(`${base}/v1/embed-sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${PARTNER_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          origin: ctx.get('origin') || ctx.origin,
          scopes: options.scopes ?? [
            'dossier:create',
            'dossier:read',
            'dossier:update',
            'rating:create',
            'sandbox:simulate',
          ],
          ...(options.agentPointId ? { agentPointId: options.agentPointId } : {}),
          ...(options.staff ? { staff: options.staff } : {}),
          ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
        }),
      });
      ctx.status = response.status;
      ctx.type = response.headers.get('content-type') ?? 'application/json';
      ctx.body = Buffer.from(await response.arrayBuffer());
      return;
    }
    if (!ctx.path.startsWith('/v1/')) return next();
    const base = await sandbox.url;
    const headers = { ...ctx.headers };
    delete headers.host;
    delete headers.connection;
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
    const response = await fetch(`${base}${ctx.url}`, { method: ctx.method, headers, body });
    ctx.status = response.status;
    for (const [name, value] of response.headers) {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name))
        ctx.set(name, value);
    }
    ctx.body = Buffer.from(await response.arrayBuffer());
  }
  return { plugin, middleware };
}
