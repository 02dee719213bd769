// For browser tests: a real client against the sandbox that `tests/support/sandbox-proxy-plugin.mjs`
// runs and proxies on the test page's own origin.
import { createClient, type DvcClient } from '@dvc-kit/client';

/** Options of the embed session a test asks for. */
export interface TestSessionOptions {
  scopes?: string[];
  agentPointId?: string;
  staff?: { id: string; fullName: string };
  ttlSeconds?: number;
}

/** Mints an embed token through the test server (which holds the partner's secret key). */
export async function mintTestToken(options: TestSessionOptions = {}): Promise<string> {
  const response = await fetch('/__sandbox/embed-token', { method: 'POST', body: JSON.stringify(options) });
  if (!response.ok)
    throw new Error(`Could not mint a test token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** A client of the real sandbox, with a fresh embed token from a VNPost agent point by default. */
export function sandboxClient(options: TestSessionOptions & { locale?: 'vi' | 'en' } = {}): DvcClient {
  const session: TestSessionOptions = {
    agentPointId: 'loc-agent-vnpost-01',
    staff: { id: 'staff-01', fullName: 'Trần Thị Thu' },
    ...options,
  };
  return createClient({
    baseUrl: location.origin,
    getToken: () => mintTestToken(session),
    locale: options.locale,
  });
}
