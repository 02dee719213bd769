import type { SandboxDatabase } from './database.js';

// TODO(sandbox): insert the seed data on first start.
export function seedDatabase(_db: SandboxDatabase, _now: Date): void {}
