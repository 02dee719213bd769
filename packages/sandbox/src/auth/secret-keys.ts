import { createHash } from 'node:crypto';
import type { SandboxDatabase } from '../store/database.js';
import type { PartnerCode } from './test-keys.js';

/** Keys are stored hashed, as a production server would, so a copied database file leaks no key. */
export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Stores a partner's secret key (hashed). */
export function addSecretKey(db: SandboxDatabase, partnerCode: PartnerCode, key: string, now: Date): void {
  db.prepare(
    'INSERT OR IGNORE INTO partner_keys (key_hash, partner_code, key_prefix, created_at) VALUES (?, ?, ?, ?)',
  ).run(hashSecretKey(key), partnerCode, key.slice(0, 12), now.toISOString());
}

/** The partner a secret key belongs to, or undefined for an unknown key. */
export function partnerOfSecretKey(db: SandboxDatabase, key: string): PartnerCode | undefined {
  const row = db
    .prepare('SELECT partner_code FROM partner_keys WHERE key_hash = ?')
    .get(hashSecretKey(key)) as { partner_code: PartnerCode } | undefined;
  return row?.partner_code;
}
