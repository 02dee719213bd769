// Types of `build.mjs` for the TypeScript that imports it (the end-to-end tests).

/** Where the examples' own bundles go. */
export declare const EXAMPLES_DIST: string;
/** The folder of the elements' bundle for pages without a bundler: the entry and its `chunks/`. */
export declare const ELEMENTS_BUNDLE_DIR: string;
/** The entry of the elements' bundle, the one file a page loads (it imports the chunks beside it). */
export declare const ELEMENTS_BUNDLE: string;
/** `createClient` and the outbox for the pages. */
export declare const CLIENT_BUNDLE: string;
/** The React example's built page. */
export declare const REACT_PAGE: string;

/** Options of {@link buildExamples}. */
export interface BuildExamplesOptions {
  /** Build the React example too (vite). */
  react?: boolean;
  /** Rebuild even what is up to date. */
  force?: boolean;
  /** Where progress lines go (default `console.log`). */
  log?: (line: string) => void;
}

/** Builds what the example pages need; skips what is up to date. */
export declare function buildExamples(options?: BuildExamplesOptions): Promise<void>;
