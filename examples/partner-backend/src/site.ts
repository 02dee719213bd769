import { fileURLToPath } from 'node:url';

/** The folders and files the backend serves: the pages and the browser bundles they load. */
export interface SiteFiles {
  /** `examples/counter/`, served at `/counter/`. */
  counter: string;
  /** `examples/partner-app/`, served at `/app/`. */
  partnerApp: string;
  /** The React example's `vite build` output, served at `/react/`. */
  react: string;
  /** `examples/shared/`, the pages' common modules, served at `/shared/`. */
  shared: string;
  /** Single files served at `/vendor/<name>`: the bundles (and their source maps). */
  vendor: Readonly<Record<string, string>>;
}

const examples = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * Where the files are in this repository. The bundles are built by `node examples/build.mjs` (which
 * `npm start` runs): the elements' self-contained bundle, and `examples/dist/dvc-client.js` with
 * `createClient` and the outbox.
 */
export function repositorySite(): SiteFiles {
  return {
    counter: examples('counter'),
    partnerApp: examples('partner-app'),
    react: examples('react/dist'),
    shared: examples('shared'),
    vendor: {
      'dvc-kit.bundle.js': examples('../packages/elements/dist/dvc-kit.bundle.js'),
      'dvc-kit.bundle.js.map': examples('../packages/elements/dist/dvc-kit.bundle.js.map'),
      'dvc-client.js': examples('dist/dvc-client.js'),
      'dvc-client.js.map': examples('dist/dvc-client.js.map'),
    },
  };
}
