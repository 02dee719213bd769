import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningSandbox, type StartOptions, startSandbox } from '../sandbox.js';

/** A sandbox for one test file: an ephemeral port and a temporary database file, removed on close. */
export async function startTestSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-test-'));
  const sandbox = await startSandbox({ port: 0, dbPath: join(dir, 'sandbox.db'), ...options });
  return {
    ...sandbox,
    close: async () => {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Mints an embed token through the real endpoint, as a partner backend would. */
export async function mintEmbedToken(
  sandbox: RunningSandbox,
  options: {
    partner?: keyof RunningSandbox['secretKeys'];
    origin?: string;
    scopes?: string[];
    agentPointId?: string;
    staff?: { id: string; fullName: string };
    ttlSeconds?: number;
  } = {},
): Promise<string> {
  const partner = options.partner ?? 'VNPOST';
  const response = await fetch(`${sandbox.url}/v1/embed-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.secretKeys[partner]}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      origin: options.origin ?? 'http://localhost:5173',
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
  if (response.status !== 201)
    throw new Error(`embed session failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
