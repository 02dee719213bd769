import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { TEST_SECRET_KEYS } from './auth/test-keys.js';
import { defaultConfig, type SandboxConfig } from './config.js';
import { ContractValidator } from './contract/validator.js';
import { createApp } from './http/app.js';
import type { SandboxApp, SandboxContext } from './http/operation.js';
import { openDatabase, readMeta, type SandboxDatabase, writeMeta } from './store/database.js';
import { seedDatabase } from './store/seed.js';

/** A running sandbox. */
export interface RunningSandbox {
  /** The base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The test secret key of each partner. */
  secretKeys: typeof TEST_SECRET_KEYS;
  /** The open database (tests count dossiers in it). */
  db: SandboxDatabase;
  app: SandboxApp;
  config: SandboxConfig;
  /** Stops the server and closes the database. */
  close(): Promise<void>;
}

export interface StartOptions extends Partial<SandboxConfig> {
  /** TCP port; 0 picks a free one (tests). */
  port?: number;
  host?: string;
  /** A folder served at `/` from the same origin (the examples). */
  staticRoot?: string;
}

function tokenSecretOf(db: SandboxDatabase, configured: string | undefined): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  let stored = readMeta(db, 'token_secret');
  if (!stored) {
    // Kept in the database so tokens stay valid across restarts of the same sandbox.
    stored = randomBytes(32).toString('base64url');
    writeMeta(db, 'token_secret', stored);
  }
  return new TextEncoder().encode(stored);
}

/** Opens (and on first use seeds) the database and builds the app, without listening. */
export async function createSandbox(
  options: StartOptions = {},
): Promise<{ app: SandboxApp; context: SandboxContext }> {
  const config = defaultConfig(options);
  const db = openDatabase(config.dbPath);
  seedDatabase(db, config.now());
  const context: SandboxContext = {
    config,
    db,
    now: config.now,
    tokenSecret: tokenSecretOf(db, config.tokenSecret),
    validator: new ContractValidator(),
  };
  const app = await createApp(context, { staticRoot: options.staticRoot });
  app.addHook('onClose', async () => {
    db.close();
  });
  return { app, context };
}

/**
 * Starts a sandbox on a real HTTP port.
 *
 * @example
 * const sandbox = await startSandbox({ port: 0, dbPath: ':memory:' });
 * await fetch(`${sandbox.url}/v1/procedures?q=khai%20sinh`);
 * await sandbox.close();
 */
export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const { app, context } = await createSandbox(options);
  await app.listen({ port: options.port ?? 4010, host: options.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    secretKeys: TEST_SECRET_KEYS,
    db: context.db,
    app,
    config: context.config,
    close: () => app.close(),
  };
}
