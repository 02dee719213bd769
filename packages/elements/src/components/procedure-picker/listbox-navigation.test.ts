import { describe, expect, it } from 'vitest';
import { isNavigationKey, NAVIGATION_KEYS, nextIndex } from './listbox-navigation.js';

describe('nextIndex', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(nextIndex('ArrowDown', 4, 10, 3)).toBe(5);
    expect(nextIndex('ArrowDown', 9, 10, 3)).toBe(9);
    expect(nextIndex('ArrowUp', 4, 10, 3)).toBe(3);
    expect(nextIndex('ArrowUp', 0, 10, 3)).toBe(0);
  });

  it('starts at the first item going down and at the last going up', () => {
    expect(nextIndex('ArrowDown', -1, 10, 3)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 10, 3)).toBe(9);
  });

  it('jumps a page with the page keys, stopping at the ends', () => {
    expect(nextIndex('PageDown', 2, 10, 3)).toBe(5);
    expect(nextIndex('PageDown', 8, 10, 3)).toBe(9);
    expect(nextIndex('PageUp', 5, 10, 3)).toBe(2);
    expect(nextIndex('PageUp', 1, 10, 3)).toBe(0);
    expect(nextIndex('PageDown', -1, 10, 3)).toBe(2);
    expect(nextIndex('PageUp', -1, 10, 3)).toBe(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextIndex('Home', 7, 3000, 4)).toBe(0);
    expect(nextIndex('End', 7, 3000, 4)).toBe(2999);
  });

  it('has nowhere to go in an empty list', () => {
    for (const key of NAVIGATION_KEYS) expect(nextIndex(key, -1, 0, 3)).toBe(-1);
  });

  it('recovers from a current index beyond a list that shrank', () => {
    expect(nextIndex('ArrowUp', 50, 10, 3)).toBe(8);
    expect(nextIndex('ArrowDown', 50, 10, 3)).toBe(9);
  });

  it('steps at least one row even when a page holds none', () => {
    expect(nextIndex('PageDown', 0, 10, 0)).toBe(1);
  });
});

describe('isNavigationKey', () => {
  it('recognises the listbox keys only', () => {
    expect(isNavigationKey('PageDown')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
    expect(isNavigationKey('ArrowLeft')).toBe(false);
  });
});
