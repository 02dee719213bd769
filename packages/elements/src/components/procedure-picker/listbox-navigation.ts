/**
 * The keys that move the active option of a listbox (and the focus in a toolbar), as the WAI-ARIA
 * Authoring Practices describe them.
 */
export const NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'] as const;

/** One of {@link NAVIGATION_KEYS}. */
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

/** Whether `key` (a `KeyboardEvent.key`) is one of {@link NAVIGATION_KEYS}. */
export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

/**
 * The index a key moves to in a list of `count` items from `current` (-1 when none is active yet),
 * or -1 when the list is empty. Arrow keys step by one and stop at the ends (no wrapping: the list
 * can hold thousands of items, and wrapping from the last to the first surprises more than it helps);
 * with nothing active, Down starts at the first item and Up at the last. Page keys step by
 * `pageSize`, Home and End jump to the ends.
 *
 * @example
 * nextIndex('PageDown', 3, 100, 10); // → 13
 * nextIndex('ArrowUp', -1, 100, 10); // → 99
 */
export function nextIndex(key: NavigationKey, current: number, count: number, pageSize: number): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const step = Math.max(1, Math.floor(pageSize));
  const from = Math.min(current, last);
  switch (key) {
    case 'ArrowDown':
      return from < 0 ? 0 : Math.min(from + 1, last);
    case 'ArrowUp':
      return from < 0 ? last : Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return from < 0 ? Math.min(step - 1, last) : Math.min(from + step, last);
    case 'PageUp':
      return from < 0 ? 0 : Math.max(from - step, 0);
  }
}
