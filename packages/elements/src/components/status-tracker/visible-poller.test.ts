import { describe, expect, it } from 'vitest';
import { nextPollDelay } from './visible-poller.js';

const intervals = { interval: 30_000, maxInterval: 300_000 };

describe('nextPollDelay', () => {
  it('starts at the interval and doubles up to the ceiling while nothing changes', () => {
    const delays: number[] = [];
    let delay: number | undefined;
    for (let i = 0; i < 7; i++) {
      delay = nextPollDelay(delay, intervals);
      delays.push(delay ?? -1);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
  });

  it('is off for a zero, negative or missing interval', () => {
    expect(nextPollDelay(undefined, { interval: 0, maxInterval: 300_000 })).toBeUndefined();
    expect(nextPollDelay(60_000, { interval: -1, maxInterval: 300_000 })).toBeUndefined();
    expect(nextPollDelay(undefined, { interval: Number.NaN, maxInterval: 300_000 })).toBeUndefined();
  });

  it('never goes below the interval when the ceiling is set lower', () => {
    expect(nextPollDelay(30_000, { interval: 30_000, maxInterval: 1_000 })).toBe(30_000);
  });
});
