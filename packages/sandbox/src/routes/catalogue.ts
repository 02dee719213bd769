import type { SandboxApp, SandboxContext } from '../http/operation.js';

// TODO(sandbox): register this group's operations.
export function registerCatalogueRoutes(_app: SandboxApp, _context: SandboxContext): void {}
