#!/usr/bin/env node
/**
 * Builds what the example pages load, from the packages' compiled output:
 *
 * 1. `tsc -b` of the elements and the client (and what they reference) into the packages' `dist/`;
 * 2. the elements' bundle for pages without a bundler, `packages/elements/dist/bundle/` (the entry
 *    `dvc-kit.bundle.js` and its `chunks/`; their own rollup config, as `npm run build -w
 *    @dvc-kit/elements` builds it);
 * 3. `examples/dist/dvc-client.js`: `createClient` and the outbox for the pages (`client-bundle/entry.mjs`);
 * 4. with `--react`: the React example (`examples/react/`, vite) into `examples/react/dist/`.
 *
 * Steps whose output is newer than every input are skipped, so a second `npm start` starts at once.
 * Concurrent builds (two test files, or a test beside `npm start`) take turns through a lock folder.
 *
 *   node examples/build.mjs [--react] [--force]
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { zodOfTheClient } from './client-bundle/zod-of-the-client.mjs';

const examples = dirname(fileURLToPath(import.meta.url));
const root = resolve(examples, '..');
const require = createRequire(import.meta.url);

/** Where the examples' own bundles go (ignored by git, like every `dist/`). */
export const EXAMPLES_DIST = join(examples, 'dist');
/** The folder of the elements' bundle for pages without a bundler: the entry and its `chunks/`. */
export const ELEMENTS_BUNDLE_DIR = join(root, 'packages/elements/dist/bundle');
/** The entry of the elements' bundle, the one file a page loads (it imports the chunks beside it). */
export const ELEMENTS_BUNDLE = join(ELEMENTS_BUNDLE_DIR, 'dvc-kit.bundle.js');
/** `createClient` and the outbox for the pages. */
export const CLIENT_BUNDLE = join(EXAMPLES_DIST, 'dvc-client.js');
/** The React example's built page. */
export const REACT_PAGE = join(examples, 'react/dist/index.html');

const LOCK = join(EXAMPLES_DIST, '.build-lock');
/** How often a waiting build looks at the lock again: often enough to start soon after the holder ends. */
const LOCK_POLL_MS = 200;
/**
 * How long a build waits for another before giving up. A cold build (all of `tsc -b`, the bundles and
 * the React app) takes about a minute on a two-core machine; five leave room for a loaded one.
 */
const LOCK_TIMEOUT_MS = 5 * 60 * 1000;

/** The newest modification time (ms) of the files under `paths` whose names pass `accept`; 0 if none. */
async function newestMtime(paths, accept = () => true) {
  let newest = 0;
  const visit = async (path) => {
    let info;
    try {
      info = await stat(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of await readdir(path)) {
        if (entry !== 'node_modules' && !entry.startsWith('.')) await visit(join(path, entry));
      }
    } else if (accept(path)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const path of paths) await visit(path);
  return newest;
}

/** Whether `output` is missing or older than the newest input. */
async function isStale(output, inputs, accept) {
  let built;
  try {
    built = (await stat(output)).mtimeMs;
  } catch {
    return true;
  }
  return (await newestMtime(inputs, accept)) > built;
}

/**
 * Runs a Node script to completion, its output passed through; rejects on an exit code not in `accept`.
 * `NODE_ENV=production`: @rollup/plugin-node-resolve adds the `development` export condition whenever
 * NODE_ENV is set to anything else (vitest sets `test`), which would bundle Lit's development build.
 */
function runNode(args, cwd, accept = [0]) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      accept.includes(code)
        ? resolveRun(code)
        : reject(new Error(`${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the build lock (a folder: creating one is atomic), waiting while a live build holds it. */
async function acquireLock() {
  await mkdir(EXAMPLES_DIST, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(join(LOCK, 'pid'), String(process.pid));
      return async () => rm(LOCK, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    // A holder that died (killed mid-build) leaves its lock behind: take it over.
    const holder = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => ''));
    if (holder > 0 && !isAlive(holder)) {
      await rm(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Another build has held ${LOCK} for too long.`);
    await new Promise((wait) => setTimeout(wait, LOCK_POLL_MS));
  }
}

/** Writes a file through a temporary name, so that a server never sends half of it. */
async function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

const compiled = ['search', 'domain', 'client', 'elements'].map((name) =>
  join(root, 'packages', name, 'dist'),
);
/** Whether `path` is a file of the elements' bundle (the entry or a chunk): an output, never an input. */
const isElementsBundle = (path) => path.startsWith(ELEMENTS_BUNDLE_DIR + sep);
/** Compiled JavaScript and the examples' own modules, not the bundles built from them. */
const isScript = (path) => /\.m?js$/.test(path) && !isElementsBundle(path);

async function buildElementsBundle(log) {
  log('bundling the elements (packages/elements/dist/bundle/)…');
  await runNode(
    [require.resolve('rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'],
    join(root, 'packages/elements'),
  );
}

async function buildClientBundle(log) {
  log('bundling the client (examples/dist/dvc-client.js)…');
  const bundle = await rollup({
    input: join(examples, 'client-bundle/entry.mjs'),
    plugins: [
      zodOfTheClient(),
      // No `source` condition: the bundle is built from the compiled packages, as a partner's would be;
      // `production` whatever NODE_ENV says (see `runNode`).
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'production'] }),
      terser({ module: true, ecma: 2020 }),
    ],
    onwarn(warning, warn) {
      // zod's own circular imports and its comments rollup cannot place are known and harmless (the
      // elements' build meets them too).
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'INVALID_ANNOTATION') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', sourcemap: true, file: CLIENT_BUNDLE });
    for (const item of output) {
      const contents =
        item.type === 'chunk' ? `${item.code}\n//# sourceMappingURL=${item.fileName}.map\n` : item.source;
      await writeAtomically(join(EXAMPLES_DIST, item.fileName), contents);
      if (item.type === 'chunk' && item.map) {
        await writeAtomically(join(EXAMPLES_DIST, `${item.fileName}.map`), item.map.toString());
      }
    }
  } finally {
    await bundle.close();
  }
}

async function buildReactExample(log) {
  log('building the React example (examples/react/dist/)…');
  // In a child with NODE_ENV=production (see `runNode`): vite in a process whose NODE_ENV is `test`
  // (vitest) would compile JSX and pick packages' development builds.
  await runNode(
    [
      join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'),
      'build',
      '--config',
      join(examples, 'react/vite.config.mjs'),
    ],
    root,
  );
}

/**
 * Builds what the example pages need; skips what is up to date.
 *
 * @param {{ react?: boolean, force?: boolean, log?: (line: string) => void }} [options]
 */
export async function buildExamples({
  react = false,
  force = false,
  log = (line) => console.log(line),
} = {}) {
  const release = await acquireLock();
  try {
    // Incremental: about a second when nothing changed. The elements reference the client, domain and
    // search projects: one build covers them all. Type errors do not stop the demo: like any dev
    // server it runs the JavaScript tsc wrote, and leaves the errors (printed above) to
    // `npm run typecheck`. tsc exits 1 or 2 with errors, depending on whether this run emitted; a
    // project that cannot compile at all fails at the bundling below.
    const tscExit = await runNode(
      [require.resolve('typescript/bin/tsc'), '-b', 'packages/elements'],
      root,
      [0, 1, 2],
    );
    if (tscExit !== 0) log('tsc -b reported type errors (above); bundling the JavaScript it wrote anyway.');
    // Its rollup config is an input too: a change to how it bundles rebuilds.
    const elementsInputs = [...compiled, join(root, 'packages/elements/rollup.config.mjs')];
    if (force || (await isStale(ELEMENTS_BUNDLE, elementsInputs, isScript))) await buildElementsBundle(log);
    // This script is an input too: a change to how it bundles rebuilds.
    const clientInputs = [
      ...compiled.slice(0, 3),
      join(examples, 'client-bundle'),
      fileURLToPath(import.meta.url),
    ];
    if (force || (await isStale(CLIENT_BUNDLE, clientInputs, isScript))) await buildClientBundle(log);
    const reactInputs = [
      ...compiled,
      join(examples, 'react'),
      join(root, 'packages/react/src'),
      join(examples, 'client-bundle'),
      fileURLToPath(import.meta.url),
    ];
    // Neither its own output nor the elements' bundle, which the React app does not load.
    const notDist = (path) => !path.startsWith(join(examples, 'react/dist')) && !isElementsBundle(path);
    if (react && (force || (await isStale(REACT_PAGE, reactInputs, notDist)))) await buildReactExample(log);
  } finally {
    await release();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--react' && arg !== '--force');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: node examples/build.mjs [--react] [--force]`);
    process.exit(2);
  }
  await buildExamples({ react: args.includes('--react'), force: args.includes('--force') });
}
