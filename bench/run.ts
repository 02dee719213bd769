/**
 * `npm run bench`: runs every benchmark in this folder in one process and prints their tables.
 * Each benchmark compares against a named peer in the same run, so the ratios hold on noisy machines.
 */
const benchmarks = ['./search.ts', './client.ts'] as const;

for (const path of benchmarks) {
  const { run } = (await import(path)) as { run: () => Promise<void> };
  await run();
}
