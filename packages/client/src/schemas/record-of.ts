import * as z from 'zod/mini';

/**
 * A string-keyed map whose values all match `value` — `z.record()`'s output type for a fraction of its
 * bytes (an empty object whose catch-all checks every key).
 */
export function recordOf<T extends z.core.SomeType>(value: T) {
  return z.catchall(z.object({}), value);
}
