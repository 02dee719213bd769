import { contract } from '../contract/contract.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';

export function registerHealthRoutes(app: SandboxApp, _context: SandboxContext): void {
  registerOperation(app, 'getHealth', async () => ({
    status: 'ok',
    version: contract.info.version,
    sandbox: true,
  }));
}
