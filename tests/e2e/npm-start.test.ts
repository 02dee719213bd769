// `npm start` as a developer runs it: `scripts/start.mjs` builds the pages' bundles, starts the sandbox
// and the example partner backend, prints the counter URL first, and stops both on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/**
 * Until both servers listen. When the bundles are stale the start rebuilds them first (about 15 s on
 * a two-core machine; a minute from a fresh clone) — and another test file may hold the build lock.
 */
const START_TIMEOUT_MS = 180_000;
/** Both servers close within a second; five allow for a loaded machine. */
const STOP_TIMEOUT_MS = 5_000;

const temporaryDir = mkdtempSync(join(tmpdir(), 'dvc-npm-start-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(temporaryDir, { recursive: true, force: true });
});

/** Runs `scripts/start.mjs` and resolves once it has printed its whole banner. */
function startNpmStart(): Promise<{ output: () => string; exited: Promise<number | null> }> {
  const started = spawn(process.execPath, [join(repositoryRoot, 'scripts/start.mjs')], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: '0',
      COUNTER_PORT: '0',
      HOST: '127.0.0.1',
      DVC_SANDBOX_DB: join(temporaryDir, 'sandbox.db'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  let output = '';
  const exited = new Promise<number | null>((resolveExit) => started.on('exit', (code) => resolveExit(code)));
  return new Promise((resolveStarted, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not started within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Press Ctrl-C to stop both.')) {
        clearTimeout(timer);
        resolveStarted({ output: () => output, exited });
      }
    };
    started.stdout!.on('data', onData);
    started.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before starting:\n${output}`));
    });
  });
}

/** `from"./chunks/x.js"` and `import"./chunks/x.js"` as terser writes them. */
const STATIC_IMPORT = /\b(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;
/** `import("./x.js")`: a part loaded on demand. */
const DYNAMIC_IMPORT = /\bimport\("(\.{1,2}\/[^"]+\.js)"\)/g;

/** The relative module specifiers `pattern` finds in a module's code. */
function relativeImports(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(pattern)].map((found) => found[1]!);
}

function match(output: string, pattern: RegExp): string {
  const found = pattern.exec(output);
  if (!found?.[1]) throw new Error(`${pattern} not found in:\n${output}`);
  return found[1];
}

describe('scripts/start.mjs (npm start)', () => {
  it(
    'serves the counter page and the sandbox, prints the counter URL first, and stops both with 0 on SIGINT',
    async () => {
      const started = await startNpmStart();
      const output = started.output();
      const counterUrl = match(output, /Counter page:\s+(http:\/\/\S+)/);
      const sandboxUrl = match(output, /sandbox \S+ listening on (http:\/\/\S+)/);
      expect(output.indexOf('Counter page:')).toBeLessThan(output.indexOf('listening on'));
      expect(output).toContain('sk_test_vnpost_7c41d2a9e05b4f18');

      // The sandbox: the API and its welcome page.
      expect((await fetch(`${sandboxUrl}/v1/health`)).status).toBe(200);
      const welcome = await fetch(`${sandboxUrl}/`);
      expect(welcome.headers.get('content-type')).toContain('text/html');

      // The counter page, under a strict CSP: every script and style in a file, no inline code.
      const page = await fetch(counterUrl);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain(`connect-src 'self' ${sandboxUrl}`);
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
      const html = await page.text();
      expect(html).toContain('lang="vi"');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toMatch(/\ssrc="[^"]+"/);
      expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);

      // What the page loads is built and served, and the page's backend points it at this sandbox.
      const origin = new URL(counterUrl).origin;
      for (const path of ['/vendor/dvc-kit.bundle.js', '/vendor/dvc-client.js', '/counter/counter.js']) {
        const script = await fetch(`${origin}${path}`);
        expect(script.status, path).toBe(200);
        expect(script.headers.get('content-type'), path).toContain('javascript');
      }
      // The elements' bundle is code-split: the entry imports its chunks by relative URL, and the
      // chunks load the on-demand parts the same way. Both come from the bundle's folder.
      const entryUrl = `${origin}/vendor/dvc-kit.bundle.js`;
      const upFront = relativeImports(await (await fetch(entryUrl)).text(), STATIC_IMPORT);
      expect(upFront.length).toBeGreaterThan(0);
      const onDemand = new Set<string>();
      for (const specifier of upFront) {
        const chunkUrl = new URL(specifier, entryUrl).href;
        const chunk = await fetch(chunkUrl);
        expect(chunk.status, chunkUrl).toBe(200);
        expect(chunk.headers.get('content-type'), chunkUrl).toContain('javascript');
        for (const part of relativeImports(await chunk.text(), DYNAMIC_IMPORT)) {
          onDemand.add(new URL(part, chunkUrl).href);
        }
      }
      expect(onDemand.size).toBeGreaterThan(0);
      for (const partUrl of onDemand) {
        const part = await fetch(partUrl);
        expect(part.status, partUrl).toBe(200);
        expect(part.headers.get('content-type'), partUrl).toContain('javascript');
      }
      expect(await (await fetch(`${origin}/api/config`)).json()).toEqual({ apiUrl: sandboxUrl });

      child!.kill('SIGINT');
      const exitCode = await Promise.race([
        started.exited,
        new Promise((_, reject) => setTimeout(() => reject(new Error('did not stop')), STOP_TIMEOUT_MS)),
      ]);
      expect(exitCode).toBe(0);
      // Both servers are gone.
      await expect(fetch(`${sandboxUrl}/v1/health`)).rejects.toThrow();
      await expect(fetch(`${origin}/api/config`)).rejects.toThrow();
    },
    START_TIMEOUT_MS + 30_000,
  );
});
