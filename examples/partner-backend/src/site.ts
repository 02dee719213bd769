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
  /** Single files served at `/vendor/<name>`: the client bundle (and its source map). */
  vendor: Readonly<Record<string, string>>;
  /**
   * A folder whose files are served at `/vendor/<path>`: the elements' bundle — the entry
   * `dvc-kit.bundle.js`, its source map and the `chunks/` it loads — deployed whole, as a partner
   * would. A name in `vendor` wins over a file of this folder.
   */
  vendorFolder: string;
}

const examples = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * Where the files are in this repository. The bundles are built by `node examples/build.mjs` (which
 * `npm start` runs): the elements' bundle folder `packages/elements/dist/bundle/`, and
 * `examples/dist/dvc-client.js` with `createClient` and the outbox.
 */
export function repositorySite(): SiteFiles {
  return {
    counter: examples('counter'),
    partnerApp: examples('partner-app'),
    react: examples('react/dist'),
    shared: examples('shared'),
    vendor: {
      'dvc-client.js': examples('dist/dvc-client.js'),
      'dvc-client.js.map': examples('dist/dvc-client.js.map'),
    },
    vendorFolder: examples('../packages/elements/dist/bundle'),
  };
}
