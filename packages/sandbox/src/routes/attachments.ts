import type { SandboxApp, SandboxContext } from '../http/operation.js';

// TODO(sandbox): register this group's operations.
export function registerAttachmentRoutes(_app: SandboxApp, _context: SandboxContext): void {}
