#!/usr/bin/env node
/**
 * `npm start`: runs the sandbox from its TypeScript source (no build needed) and serves `examples/`
 * from the same origin. PORT, HOST, DVC_SANDBOX_DB and DVC_AGENCY_CODE pass through (see
 * `dvc-sandbox --help`). Ctrl-C stops it cleanly with exit code 0.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const child = spawn(
  process.execPath,
  [
    // In-repo packages resolve to their TypeScript source through the `source` export condition.
    '--conditions=source',
    '--import',
    'tsx',
    resolve(root, 'packages/sandbox/src/cli.ts'),
    '--static',
    resolve(root, 'examples'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

// Ctrl-C in a terminal signals the whole process group, child included; a signal sent to this process
// alone (a supervisor's SIGTERM) must be passed on. The sandbox ignores a repeated signal while it stops.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  console.error(`npm start: could not run the sandbox: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  // A child killed by a signal it did not handle exits as a shell reports it: 128 + the signal number.
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
