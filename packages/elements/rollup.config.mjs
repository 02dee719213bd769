// The bundle for pages without a bundler: one `<script type="module" src="…/bundle/dvc-kit.bundle.js">`
// registers every element. Built from `tsc -b`'s output (run `npm run build`), with Lit, the localize
// and context runtimes, uqr and JsBarcode's Code 39 encoder inside. Bundler users import the unbundled
// ESM in dist/ instead and share Lit with their app.
//
// Code-split into one folder, `dist/bundle/`, that a partner copies (or serves from a CDN) as a whole:
//
//   dvc-kit.bundle.js        the entry: a stable name, a few hundred bytes of re-exports
//   chunks/dvc-kit-<hash>.js everything the entry loads up front (Lit, the elements' first loads)
//   chunks/<part>-<hash>.js  what the elements load on demand with `import()` (the form's checks,
//                            the picker's detail view, the receipt's encoders, the English messages…)
//
// Every import between them is relative, so the folder works at any URL. The entry holds no code of
// its own: the chunks import the shared code from `chunks/dvc-kit-<hash>.js`, never from the entry, so
// an entry loaded under another URL (`dvc-kit.bundle.js?v=2`) still gives the page one copy of Lit and
// of the elements. It also lets a server cache everything but the entry for good (the names change
// with the content).
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** The folder partners copy: the entry, its source map and `chunks/`. */
const OUTPUT_DIR = 'dist/bundle';
/** The manual chunk that holds what the entry loads up front. */
const UP_FRONT_CHUNK = 'dvc-kit';

/**
 * The ids of the modules the entry imports statically, itself included: what a page runs at once.
 * The rest (reached only through `import()`) is left to Rollup's own chunking.
 */
function staticallyReached(getModuleIds, getModuleInfo) {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);
  const reached = new Set();
  const visit = (id) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return reached;
}

/**
 * Puts everything the entry loads up front into one chunk. An entry module inside a manual chunk
 * gets a facade: the entry file becomes re-exports of that chunk, which is what keeps its URL out of
 * the chunks' imports (see the header).
 */
function upFrontChunk() {
  let reached;
  return (id, { getModuleIds, getModuleInfo }) => {
    reached ??= staticallyReached(getModuleIds, getModuleInfo);
    return reached.has(id) ? UP_FRONT_CHUNK : undefined;
  };
}

/** The files under `folder`, relative to it with `/` separators. */
async function filesUnder(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Deletes the files of earlier builds from the output folder once this build's are written: chunk
 * names carry a content hash, so without this the folder (and the published package) would keep every
 * old chunk. After writing, not before, so that a page served from the folder meanwhile never misses
 * its entry.
 */
function removeEarlierBuilds() {
  return {
    name: 'remove-earlier-builds',
    async writeBundle(options, bundle) {
      const written = new Set(Object.keys(bundle));
      for (const file of await filesUnder(options.dir)) {
        if (!written.has(file)) await rm(join(options.dir, file));
      }
    },
  };
}

export default {
  input: { 'dvc-kit.bundle': 'dist/define.js' },
  output: {
    dir: OUTPUT_DIR,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: upFrontChunk(),
  },
  plugins: [
    // No `source` condition: the bundle is built from the compiled packages, not their TypeScript.
    // `production` stated: @rollup/plugin-node-resolve would pick Lit's development build whenever
    // NODE_ENV is set to anything else.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'production'] }),
    terser({ module: true, ecma: 2020 }),
    removeEarlierBuilds(),
  ],
};
