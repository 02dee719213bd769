import { normalizeText } from '../http/nfc.js';
import { sha256Hex } from './web-crypto.js';

/**
 * JSON with object keys sorted at every level, so that two bodies that differ only in key order (a
 * form filled in another order, a restored draft) are the same submission. `undefined` members are
 * dropped and array holes become `null`, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function') {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What identifies "the same submission": SHA-256 (hex) of the canonical JSON of the NFC body. Stored as
 * `IdempotencyEntry.bodyHash`; the body itself is never stored, as it carries personal data.
 */
export const bodyHash = (body: unknown): Promise<string> => sha256Hex(canonicalJson(normalizeText(body)));
