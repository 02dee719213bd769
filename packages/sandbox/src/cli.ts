import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET_KEYS } from './auth/test-keys.js';
import { defaultConfig } from './config.js';
import { contract } from './contract/contract.js';
import { type RunningSandbox, type StartOptions, startSandbox } from './sandbox.js';

/** The port in the contract's `servers` entry, so the docs' URLs work as they are. */
const DEFAULT_PORT = 4010;
/** Loopback only by default: the sandbox has fixed, published test keys and must not face a network. */
const DEFAULT_HOST = '127.0.0.1';
/**
 * How long a stop may take before the process gives up on it. Closing waits for requests in flight;
 * the slowest (a dossier with attachments) takes well under a second, so ten is generous.
 */
const STOP_TIMEOUT_MS = 10_000;

const USAGE = `Usage: dvc-sandbox [--static <dir>]

Starts the dvc-kit sandbox: every operation of the contract on an embedded SQLite database,
created and seeded on first start.

Options:
  --static <dir>   also serve the files of <dir> at / (same origin as the API)
  -h, --help       show this help

Environment:
  PORT             TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  HOST             interface to listen on (default ${DEFAULT_HOST})
  DVC_SANDBOX_DB   SQLite file (default ${defaultConfig().dbPath})
  DVC_AGENCY_CODE  the receiving agency's code, the first part of dossier codes (default ${defaultConfig().agencyCode})
`;

/** A mistake in the command line or environment: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What the command line and environment ask for. */
export interface CliOptions extends StartOptions {
  port: number;
  host: string;
  dbPath: string;
  help: boolean;
}

function parsePort(text: string): number {
  const port = Number(text);
  // 65535 is the largest TCP port.
  if (!/^\d+$/.test(text) || port > 65_535)
    throw new UsageError(`PORT must be a number from 0 to 65535, not "${text}".`);
  return port;
}

function directoryOf(path: string): string {
  const absolute = resolve(path);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {}
  if (!isDirectory) throw new UsageError(`--static needs a folder; ${absolute} is not one.`);
  return absolute;
}

/**
 * Reads the options from the arguments (without `node` and the script) and the environment.
 *
 * @example
 * parseCliArgs(['--static', 'examples'], { PORT: '0' }); // → { port: 0, staticRoot: '/…/examples', … }
 */
export function parseCliArgs(args: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const options: CliOptions = {
    port: env.PORT ? parsePort(env.PORT) : DEFAULT_PORT,
    host: env.HOST || DEFAULT_HOST,
    dbPath: env.DVC_SANDBOX_DB || defaultConfig().dbPath,
    help: false,
    ...(env.DVC_AGENCY_CODE ? { agencyCode: env.DVC_AGENCY_CODE } : {}),
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--static') {
      const dir = args[++index];
      if (dir === undefined) throw new UsageError('--static needs a folder.');
      options.staticRoot = directoryOf(dir);
    } else if (arg.startsWith('--static=')) {
      options.staticRoot = directoryOf(arg.slice('--static='.length));
    } else {
      throw new UsageError(`Unknown argument "${arg}".`);
    }
  }
  return options;
}

/** The banner printed once the server listens: where it is, the test keys, and what to call. */
export function startupBanner(sandbox: RunningSandbox, options: CliOptions): string {
  const keyWidth = Math.max(...Object.keys(TEST_SECRET_KEYS).map((partner) => partner.length));
  const keys = Object.entries(TEST_SECRET_KEYS).map(
    ([partner, key]) => `  ${partner.padEnd(keyWidth)}  ${key}`,
  );
  const url = sandbox.url;
  return [
    `dvc-kit sandbox ${contract.info.version} listening on ${url}`,
    `  database     ${resolve(options.dbPath)}`,
    `  agency code  ${sandbox.config.agencyCode}`,
    ...(options.staticRoot ? [`  serving      ${options.staticRoot} at ${url}/`] : []),
    '',
    'Test secret keys (for your backend only; never put one in a browser):',
    ...keys,
    '',
    'Main endpoints:',
    `  GET  ${url}/v1/health`,
    `  GET  ${url}/v1/procedures?q=dang%20ki%20khai%20sinh`,
    `  GET  ${url}/v1/procedures/1.001193`,
    `  GET  ${url}/v1/locations?type=AGENT_POINT`,
    `  POST ${url}/v1/embed-sessions      (secret key → embed token)`,
    `  POST ${url}/v1/dossiers            (embed token, Idempotency-Key)`,
    `  POST ${url}/v1/dossier-lookups     (public status lookup)`,
    `  POST ${url}/v1/sandbox/dossiers/{code}/advance   (simulated back office)`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}

/**
 * Runs the sandbox until SIGINT or SIGTERM, then closes the server (letting requests in flight finish)
 * and the database, and exits with 0. Exit code 2 is a usage mistake, 1 a failure to start.
 */
export async function runCli(
  args: readonly string[] = process.argv.slice(2),
  env = process.env,
): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(args, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dvc-sandbox: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }

  // Signal handlers first: a supervisor may stop the sandbox the moment it prints its URL, or even
  // while it starts.
  let sandbox: RunningSandbox | undefined;
  let stopping = false;
  const closeAndExit = (running: RunningSandbox) => {
    setTimeout(() => {
      process.stderr.write(`dvc-sandbox: did not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting anyway.\n`);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`dvc-sandbox: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  const stop = (signal: NodeJS.Signals) => {
    // A terminal's Ctrl-C reaches both a launcher and this process; the second signal changes nothing.
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the sandbox…\n`);
    // Still starting: the start below sees `stopping` and closes what it opened.
    if (sandbox) closeAndExit(sandbox);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} on ${options.host} is already in use (set PORT to another one, or 0 for any free port)`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`dvc-sandbox: could not start: ${reason}\n`);
    process.exit(1);
  }
  if (stopping) {
    closeAndExit(sandbox);
    return;
  }
  process.stdout.write(`${startupBanner(sandbox, options)}\n`);
}

/** Whether this module is the program Node was asked to run (`node src/cli.ts`), not an import. */
function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// `node dist/cli.js` and `node --import tsx src/cli.ts` (as `npm start` does) run it directly; the
// `dvc-sandbox` launcher imports it and calls `runCli` itself.
if (isMainModule()) await runCli();
