// A small seeded PRNG for the fault tests: the same seed gives the same faults, so a failure reproduces.

/** A source of numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * mulberry32: 32 bits of state, passes the usual statistical batteries for this use, and is a few lines
 * — the point is reproducibility, not cryptographic quality.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * An independent stream for one part of a run (one submission, one outbox), derived from the run's seed
 * and the part's number: each part gets the same faults whatever order the parts run in.
 */
export function streamOf(seed: number, part: number): Random {
  // The golden-ratio constant spreads consecutive part numbers over the whole 32-bit space.
  return seededRandom(seed ^ Math.imul(part + 1, 0x9e3779b9));
}

/** The seed of this run: `FAULT_SEED` from the environment to replay a run, else a fresh one. */
export function runSeed(): number {
  const fromEnvironment = process.env.FAULT_SEED;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return Number(fromEnvironment) >>> 0;
  return Math.floor(Math.random() * 2 ** 32);
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [key, weight] of entries) {
    point -= weight;
    if (point < 0) return key;
  }
  return (entries.at(-1) as [K, number])[0];
}
