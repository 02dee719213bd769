import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { measureBundle } from '../../../tests/support/bundle-size.js';

/**
 * `<dvc-procedure-picker>` loads this package on partners' pages, often over weak mobile
 * connections at agent points: keep it under 3 KB gzip.
 */
const GZIP_BUDGET_BYTES = 3 * 1024;

it(`stays under ${GZIP_BUDGET_BYTES} bytes gzip, bundled and minified with every export`, async () => {
  const { minified, gzip } = await measureBundle(fileURLToPath(new URL('./index.ts', import.meta.url)));
  // More than a kilobyte minified: the measure is of the package, not of an empty file.
  expect(minified).toBeGreaterThan(1024);
  expect(gzip).toBeLessThan(GZIP_BUDGET_BYTES);
});
