/**
 * Runs the example partner backend until SIGINT or SIGTERM:
 *
 *   node --conditions=source --import tsx examples/partner-backend/src/main.ts
 *
 * Environment: `PORT` (default 4020), `HOST` (default 127.0.0.1), `DVC_API_URL` (default
 * http://127.0.0.1:4010, the sandbox), `DVC_SECRET_KEY` (default VNPost's sandbox test key).
 * `npm start` runs it next to the sandbox.
 */
import {
  DEFAULT_API_URL,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_SECRET_KEY,
  type RunningPartnerBackend,
  startPartnerBackend,
} from './partner-backend.js';

/** Closing waits for requests in flight; the slowest (minting a token) takes well under a second. */
const STOP_TIMEOUT_MS = 10_000;

function portFrom(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  // 65535 is the largest TCP port.
  if (!/^\d+$/.test(text) || port > 65_535) {
    process.stderr.write(`partner backend: PORT must be a number from 0 to 65535, not "${text}".\n`);
    process.exit(2);
  }
  return port;
}

let backend: RunningPartnerBackend | undefined;
let stopping = false;

function stop(signal: NodeJS.Signals): void {
  // A terminal's Ctrl-C reaches both `npm start` and this process: the second signal changes nothing.
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the partner backend…\n`);
  if (backend) closeAndExit(backend);
}

function closeAndExit(running: RunningPartnerBackend): void {
  setTimeout(() => {
    process.stderr.write(
      `partner backend: did not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting anyway.\n`,
    );
    process.exit(1);
  }, STOP_TIMEOUT_MS).unref();
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`partner backend: error while stopping: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const port = portFrom(process.env.PORT);
const apiUrl = process.env.DVC_API_URL || DEFAULT_API_URL;
try {
  backend = await startPartnerBackend({
    apiUrl,
    secretKey: process.env.DVC_SECRET_KEY || DEFAULT_SECRET_KEY,
    port,
    host: process.env.HOST || DEFAULT_HOST,
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${port} is already in use (set PORT — COUNTER_PORT under npm start — to another one, or 0)`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`partner backend: could not start: ${reason}\n`);
  process.exit(1);
}
if (stopping) {
  closeAndExit(backend);
} else {
  process.stdout.write(
    [
      `Partner backend (example) listening on ${backend.url}, using the dvc-kit API at ${apiUrl}`,
      `  counter page   ${backend.counterUrl}`,
      `  citizen app    ${backend.partnerAppUrl}`,
      `  React example  ${backend.reactUrl}`,
      '',
    ].join('\n'),
  );
}
