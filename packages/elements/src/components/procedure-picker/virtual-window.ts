/**
 * The arithmetic of a virtualized list of rows of one fixed height: which rows to render for a scroll
 * position, where to scroll to show a row, how many rows a page holds. Pure, so it is tested in Node.
 */

/** Where a list of `count` rows of `rowHeight` pixels is scrolled, in a viewport `viewportHeight` high. */
export interface ScrollState {
  readonly count: number;
  readonly rowHeight: number;
  readonly viewportHeight: number;
  readonly scrollTop: number;
}

/** A range of row indexes, `start` included and `end` excluded. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

// A row height of zero (not measured yet, or a stylesheet setting it to nothing) would divide by zero;
// one pixel keeps the arithmetic finite and renders too many rows rather than none (NaN too).
const safeRowHeight = (rowHeight: number): number =>
  Number.isFinite(rowHeight) && rowHeight >= 1 ? rowHeight : 1;

/**
 * The rows to render: those in the viewport plus `overscan` more on each side, so that a fast scroll
 * shows rows rather than blank space before the next render catches up.
 *
 * @example
 * visibleRows({ count: 3000, rowHeight: 100, viewportHeight: 400, scrollTop: 1050 }, 2); // → { start: 8, end: 17 }
 */
export function visibleRows(state: ScrollState, overscan: number): RowRange {
  const rowHeight = safeRowHeight(state.rowHeight);
  const count = Math.max(0, Math.floor(state.count));
  const firstVisible = Math.floor(Math.max(0, state.scrollTop) / rowHeight);
  const lastVisible = Math.ceil(
    (Math.max(0, state.scrollTop) + Math.max(0, state.viewportHeight)) / rowHeight,
  );
  const start = Math.min(count, Math.max(0, firstVisible - overscan));
  const end = Math.min(count, Math.max(start, lastVisible + overscan));
  return { start, end };
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible: unchanged when the
 * row is already visible, else the row aligned with the top (scrolling up) or the bottom (scrolling
 * down) of the viewport.
 */
export function scrollTopToReveal(index: number, state: ScrollState): number {
  const rowHeight = safeRowHeight(state.rowHeight);
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < state.scrollTop) return rowTop;
  if (rowBottom > state.scrollTop + state.viewportHeight)
    return Math.max(0, rowBottom - state.viewportHeight);
  return state.scrollTop;
}

/** How many whole rows the viewport holds, at least one: the step of Page Up and Page Down. */
export function rowsPerPage(rowHeight: number, viewportHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / safeRowHeight(rowHeight)));
}
