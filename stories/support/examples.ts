/// <reference types="vite/client" />
// The contract's examples (`openapi/examples/*.json`) as the stories' data. Vite inlines them at build
// time, so Storybook needs no server and no network: the same payloads the contract test validates
// are what the example client answers with.

const EXAMPLES_DIRECTORY = '../../openapi/examples/';

const FILES: Readonly<Record<string, unknown>> = import.meta.glob('../../openapi/examples/*.json', {
  eager: true,
  import: 'default',
});

const EXAMPLES: ReadonlyMap<string, unknown> = new Map(
  Object.entries(FILES).map(([path, value]) => [
    path.slice(EXAMPLES_DIRECTORY.length, -'.json'.length),
    value,
  ]),
);

/**
 * A fresh copy of `openapi/examples/<name>.json`. The caller names the contract type it expects;
 * `tests/contract/examples.test.ts` is what guarantees that the file matches it. A copy, so that a
 * story changing its data cannot change another story's.
 *
 * @example
 * const receipt = example<Receipt>('Receipt');
 * const returned = example<DossierStatusView>('DossierStatusView.returned');
 */
export function example<T>(name: string): T {
  if (!EXAMPLES.has(name)) throw new Error(`No example openapi/examples/${name}.json`);
  return structuredClone(EXAMPLES.get(name)) as T;
}

/**
 * Every example whose name starts with `<schema>.` (its variants) or is `<schema>`, as copies, by
 * name: `examplesOf('DossierStatusView')` gives the ten status views.
 */
export function examplesOf<T>(schema: string): ReadonlyMap<string, T> {
  const found = new Map<string, T>();
  for (const name of EXAMPLES.keys()) {
    if (name === schema || name.startsWith(`${schema}.`)) found.set(name, example<T>(name));
  }
  return found;
}
