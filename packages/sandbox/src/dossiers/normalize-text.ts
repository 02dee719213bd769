/**
 * A copy of a parsed JSON value with every string — values and object keys — in Unicode NFC. Text is
 * normalised before it is validated, stored or compared (CONVENTIONS.md): a name typed on a keyboard
 * that emits decomposed diacritics ("Nguye\u0302\u0303n") is the same name as its precomposed form.
 *
 * @example
 * normalizeNfcDeep({ fullName: 'Nguye\u0302\u0303n' }); // { fullName: 'Nguyễn' }
 */
export function normalizeNfcDeep<T>(value: T): T {
  return normalizeValue(value) as T;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value !== null && typeof value === 'object') {
    const normalized: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) normalized[key.normalize('NFC')] = normalizeValue(item);
    return normalized;
  }
  return value;
}
