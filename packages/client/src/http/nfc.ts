/**
 * Returns `value` with every string — object keys included — in Unicode NFC, recursing into plain
 * objects and arrays. Vietnamese text typed on some keyboards (and 55 of the 2,642 national procedure
 * records) arrives decomposed ("ệ" as e + ̣ + ̂); the server compares, searches and hashes NFC, and so
 * does the idempotency hash, so the client normalises before anything leaves it.
 *
 * @example
 * normalizeText({ fullName: 'Nguye\u0302\u0303n' }); // { fullName: 'Nguyễn' }
 */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeText) as T;
  if (isPlainObject(value)) {
    const normalized: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) normalized[key.normalize('NFC')] = normalizeText(item);
    return normalized as T;
  }
  // Numbers, booleans, null, Blobs, Dates…: nothing to normalise.
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
