import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './cli.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = resolve(packageRoot, '../..');
/** Starting Node with tsx and seeding a database takes about two seconds; allow for a slow CI machine. */
const START_TIMEOUT_MS = 20_000;

const temporaryDirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-cli-test-'));
  temporaryDirs.push(dir);
  return join(dir, 'nested', 'sandbox.db');
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns a Node script and waits until it prints the URL it listens on. */
function startScript(script: string, args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }));
  });
  return new Promise((resolveStarted, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveStarted({ child, url: match[1]!, output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
}

describe('bin/dvc-sandbox.mjs', () => {
  it('starts on the given port and database, prints the keys, and stops with 0 on SIGINT', async () => {
    const dbPath = temporaryDbPath();
    const started = await startScript(join(packageRoot, 'bin/dvc-sandbox.mjs'), [], {
      DVC_SANDBOX_DB: dbPath,
      DVC_AGENCY_CODE: '000.00.99.H99',
    });
    expect(started.output()).toContain('sk_test_vnpost_');
    expect(started.output()).toContain('000.00.99.H99');
    expect(existsSync(dbPath)).toBe(true);

    const health = await fetch(`${started.url}/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', sandbox: true });

    started.child.kill('SIGINT');
    expect(await started.exited).toEqual({ code: 0, signal: null });
  });

  it('stops with 0 on SIGTERM', async () => {
    const started = await startScript(join(packageRoot, 'bin/dvc-sandbox.mjs'), [], {
      DVC_SANDBOX_DB: temporaryDbPath(),
    });
    started.child.kill('SIGTERM');
    expect(await started.exited).toEqual({ code: 0, signal: null });
  });
});

describe('parseCliArgs', () => {
  it('reads the defaults', () => {
    expect(parseCliArgs([], {})).toEqual({
      port: 4010,
      host: '127.0.0.1',
      dbPath: '.data/sandbox.db',
      help: false,
    });
  });

  it('reads the environment and --static', () => {
    const options = parseCliArgs(['--static', packageRoot], {
      PORT: '0',
      HOST: '0.0.0.0',
      DVC_SANDBOX_DB: '/tmp/x.db',
      DVC_AGENCY_CODE: '000.00.24.H24',
    });
    expect(options).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dbPath: '/tmp/x.db',
      agencyCode: '000.00.24.H24',
      staticRoot: resolve(packageRoot),
    });
    expect(parseCliArgs([`--static=${packageRoot}`], {}).staticRoot).toBe(resolve(packageRoot));
  });

  it.each([
    [['--port', '1'], {}],
    [['--static'], {}],
    [['--static', '/definitely/not/a/folder'], {}],
    [[], { PORT: 'http' }],
    [[], { PORT: '70000' }],
    [[], { PORT: '-1' }],
  ])('refuses %j with env %j', (args, env) => {
    expect(() => parseCliArgs(args, env)).toThrow(UsageError);
  });
});
