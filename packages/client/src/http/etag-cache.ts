/** The last validated body seen for a URL, with the `ETag` it came with. */
export interface EtagEntry {
  readonly etag: string;
  readonly body: unknown;
}

/** A bounded in-memory map URL → last `ETag` and body, for `If-None-Match` revalidation. */
export interface EtagCache {
  get(url: string): EtagEntry | undefined;
  set(url: string, entry: EtagEntry): void;
}

// Enough for a session of catalogue browsing (searches, pages and opened procedures) while keeping the
// memory of a long-lived counter tab bounded; the oldest entry goes first.
const DEFAULT_MAX_ENTRIES = 200;

/** Creates an ETag cache that forgets the least recently used URL beyond `maxEntries`. */
export function createEtagCache(maxEntries = DEFAULT_MAX_ENTRIES): EtagCache {
  const entries = new Map<string, EtagEntry>();
  return {
    get(url) {
      const entry = entries.get(url);
      if (entry) {
        // Re-insert so the map's insertion order is recency order.
        entries.delete(url);
        entries.set(url, entry);
      }
      return entry;
    },
    set(url, entry) {
      entries.delete(url);
      entries.set(url, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}
