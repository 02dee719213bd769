#!/usr/bin/env node
/**
 * `npm start`: the counter demo. Builds what the example pages load (skipped when up to date), then
 * runs two processes side by side and stops both cleanly on Ctrl-C (exit code 0):
 *
 * - the sandbox, from its TypeScript source, on 127.0.0.1:4010 with its embedded SQLite, serving its
 *   welcome page (`examples/sandbox-home/`). PORT, HOST, DVC_SANDBOX_DB and DVC_AGENCY_CODE pass
 *   through (see `dvc-sandbox --help`);
 * - the example partner backend (`examples/partner-backend/`) with VNPost's test key, on 127.0.0.1:4020
 *   (COUNTER_PORT overrides; DVC_SECRET_KEY chooses another partner's key): the counter page, the
 *   citizen app and the React example.
 *
 * It prints the counter page's URL first, then the sandbox's banner with the test keys.
 *
 *   npm start [-- --no-build]
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExamples } from '../examples/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The partner backend's port when COUNTER_PORT is not set: next to the sandbox's 4010. */
const DEFAULT_COUNTER_PORT = '4020';
/** What each program prints once it listens; the URL follows. */
const LISTENING = /listening on (http:\/\/\S+?),?(?:\s|$)/;

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const unknown = args.filter((arg) => arg !== '--no-build');
if (unknown.length > 0) {
  console.error(`npm start: unknown argument ${unknown[0]}. Usage: npm start [-- --no-build]`);
  process.exit(2);
}

if (build) {
  try {
    await buildExamples({ react: true, log: (line) => console.log(`npm start: ${line}`) });
  } catch (error) {
    console.error(`npm start: could not build the example pages: ${error.message}`);
    process.exit(1);
  }
}

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** The children whose process ended and whose output is all through. */
const closed = new Set();
let stopping = false;
let exitCode = 0;

/**
 * Starts a Node program from TypeScript source and resolves with its URL once it prints that it
 * listens; its output up to then is collected (to print in order), and passed through after.
 *
 * @param {string} name - for messages
 * @param {string[]} programArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ url: string, banner: string }>}
 */
function startProgram(name, programArgs, env) {
  const child = spawn(
    process.execPath,
    // In-repo packages resolve to their TypeScript source through the `source` export condition.
    ['--conditions=source', '--import', 'tsx', ...programArgs],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  // `close`, not `exit`: the child's last lines ("stopping…") are through its pipe by then.
  child.on('close', (code, signal) => {
    closed.add(child);
    onChildExit(name, code, signal);
  });
  child.on('error', (error) => {
    console.error(`npm start: could not run the ${name}: ${error.message}`);
    stopAll(1);
  });
  return new Promise((resolveStarted, reject) => {
    let banner = '';
    let started = false;
    child.stdout.on('data', (chunk) => {
      if (started) {
        process.stdout.write(chunk);
        return;
      }
      banner += chunk.toString('utf8');
      const match = LISTENING.exec(banner);
      // The sandbox prints its banner in one write; wait for the line that ends it, if it has one.
      if (match && (!banner.includes('Test secret keys') || banner.includes('Ctrl-C'))) {
        started = true;
        resolveStarted({ url: match[1], banner });
      }
    });
    child.on('exit', () => {
      if (!started) reject(new Error(`the ${name} stopped before it listened`));
    });
  });
}

/** Stops every child still running (they exit 0 on SIGTERM); this process exits when they have. */
function stopAll(code, signal = 'SIGTERM') {
  if (code !== 0 && exitCode === 0) exitCode = code;
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

function onChildExit(name, code, signal) {
  // A child killed by a signal it did not handle exits as a shell reports it: 128 + the signal number.
  const status = code ?? 128 + (constants.signals[signal] ?? 0);
  if (!stopping) {
    console.error(`npm start: the ${name} stopped (${status}); stopping the rest.`);
    stopAll(status === 0 ? 1 : status);
  } else if (status !== 0 && exitCode === 0) {
    exitCode = status;
  }
  if (children.every((child) => closed.has(child))) process.exit(exitCode);
}

// Ctrl-C in a terminal signals the whole process group, children included; a signal sent to this
// process alone (a supervisor's SIGTERM) must be passed on. Each child ignores a repeated signal.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0, signal));

try {
  const sandbox = await startProgram(
    'sandbox',
    [resolve(root, 'packages/sandbox/src/cli.ts'), '--static', resolve(root, 'examples/sandbox-home')],
    process.env,
  );
  // Stopped while the sandbox started: do not start the backend (the sandbox's exit ends this process).
  if (stopping) throw new Error('stopped');
  const backend = await startProgram(
    'partner backend',
    [resolve(root, 'examples/partner-backend/src/main.ts')],
    {
      ...process.env,
      PORT: process.env.COUNTER_PORT || DEFAULT_COUNTER_PORT,
      DVC_API_URL: sandbox.url,
    },
  );
  process.stdout.write(
    [
      '',
      `Counter page:  ${backend.url}/counter/   (staff sign-in stub: any staff id and name, no password)`,
      `Citizen app:   ${backend.url}/app/`,
      `React example: ${backend.url}/react/`,
      '',
      // The backend's first line; the rest of its banner repeats the URLs above.
      backend.banner.split('\n')[0],
      '',
      sandbox.banner.trimEnd().replace(/Press Ctrl-C to stop\.$/, 'Press Ctrl-C to stop both.'),
      '',
    ].join('\n'),
  );
} catch (error) {
  if (!stopping) {
    console.error(`npm start: ${error.message}`);
    stopAll(1);
  }
}
