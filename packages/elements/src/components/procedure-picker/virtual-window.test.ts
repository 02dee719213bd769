import { describe, expect, it } from 'vitest';
import { rowsPerPage, scrollTopToReveal, visibleRows } from './virtual-window.js';

const long = { count: 3000, rowHeight: 100, viewportHeight: 400 };

describe('visibleRows', () => {
  it('renders the rows in view and the overscan on both sides', () => {
    expect(visibleRows({ ...long, scrollTop: 1050 }, 2)).toEqual({ start: 8, end: 17 });
  });

  it('stops at the top of the list', () => {
    expect(visibleRows({ ...long, scrollTop: 0 }, 5)).toEqual({ start: 0, end: 9 });
  });

  it('stops at the bottom of the list', () => {
    const bottom = 3000 * 100 - 400;
    expect(visibleRows({ ...long, scrollTop: bottom }, 5)).toEqual({ start: 2991, end: 3000 });
  });

  it('renders every row of a list shorter than the viewport, and none of an empty one', () => {
    expect(visibleRows({ count: 3, rowHeight: 100, viewportHeight: 400, scrollTop: 0 }, 5)).toEqual({
      start: 0,
      end: 3,
    });
    expect(visibleRows({ count: 0, rowHeight: 100, viewportHeight: 400, scrollTop: 0 }, 5)).toEqual({
      start: 0,
      end: 0,
    });
  });

  it('keeps the window small whatever the length of the list', () => {
    for (const scrollTop of [0, 12_345, 150_000, 299_600]) {
      const { start, end } = visibleRows({ ...long, scrollTop }, 5);
      expect(end - start).toBeLessThanOrEqual(400 / 100 + 1 + 2 * 5);
      expect(start * 100).toBeLessThanOrEqual(scrollTop);
      expect(end * 100).toBeGreaterThanOrEqual(Math.min(scrollTop + 400, 3000 * 100));
    }
  });

  it('survives an unmeasured row height and a scroll past the ends (elastic scrolling)', () => {
    expect(visibleRows({ count: 10, rowHeight: 0, viewportHeight: 5, scrollTop: 0 }, 0)).toEqual({
      start: 0,
      end: 5,
    });
    expect(visibleRows({ ...long, scrollTop: -80 }, 1)).toEqual({ start: 0, end: 5 });
    expect(visibleRows({ ...long, scrollTop: 400_000 }, 1)).toEqual({ start: 3000, end: 3000 });
  });
});

describe('scrollTopToReveal', () => {
  const at = (scrollTop: number) => ({ ...long, scrollTop });

  it('leaves the scroll position alone when the row is in view', () => {
    expect(scrollTopToReveal(11, at(1050))).toBe(1050);
  });

  it('aligns a row above the viewport with its top', () => {
    expect(scrollTopToReveal(10, at(1050))).toBe(1000);
  });

  it('aligns a row below the viewport with its bottom', () => {
    expect(scrollTopToReveal(14, at(1050))).toBe(1100);
    expect(scrollTopToReveal(2999, at(0))).toBe(299_600);
  });

  it('never scrolls above the top', () => {
    expect(scrollTopToReveal(0, { count: 1, rowHeight: 100, viewportHeight: 400, scrollTop: 0 })).toBe(0);
  });
});

describe('rowsPerPage', () => {
  it('counts whole rows, at least one', () => {
    expect(rowsPerPage(100, 450)).toBe(4);
    expect(rowsPerPage(100, 50)).toBe(1);
    expect(rowsPerPage(0, 450)).toBe(450);
  });
});
