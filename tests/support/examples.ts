// Loads the contract's examples (`openapi/examples/<Name>.json`) in browser tests. The test runner
// serves the repository root, so the files are fetched as they are on disk: tests, stories and the
// contract test all read the same payloads.

/**
 * Fetches `openapi/examples/<name>.json`. The caller names the contract type it expects; the contract
 * test (`tests/contract/examples.test.ts`) is what guarantees the file matches it.
 *
 * @example
 * const receipt = await loadExample<Receipt>('Receipt');
 * const postal = await loadExample<Receipt>('Receipt.postal');
 */
export async function loadExample<T>(name: string): Promise<T> {
  const response = await fetch(`/openapi/examples/${name}.json`);
  if (!response.ok) throw new Error(`No example openapi/examples/${name}.json (HTTP ${response.status})`);
  return (await response.json()) as T;
}
