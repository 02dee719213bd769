// A rollup (and vite) plugin: `zod/mini` imported by the examples' own modules resolves to the copy of
// zod that `@dvc-kit/client` uses. In this monorepo the root's `zod` is another major version (a dev
// tool's), so a bare `zod/mini` from `examples/` would configure a copy the client never reads. A
// partner app has one zod (the client's) and needs none of this.
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('..', import.meta.url));
const clientPackage = fileURLToPath(new URL('../../packages/client/package.json', import.meta.url));

/** @returns {import('rollup').Plugin} */
export function zodOfTheClient() {
  return {
    name: 'zod-of-the-client',
    resolveId(source, importer) {
      if (source !== 'zod/mini' || !importer?.startsWith(examples)) return null;
      return this.resolve(source, clientPackage, { skipSelf: true });
    },
  };
}
