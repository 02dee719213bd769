// Fails when custom-elements.json is stale: regenerates the manifest into a temporary directory and
// compares it, as data (formatting aside), with the committed one. Fix with `npm run generate`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The part of the manifest that documents the elements: each custom element's declaration, by tag. The
 * analyzer's listing of helper modules (functions and constants beside the elements) was seen to vary
 * between runs on the same sources, so the check compares what partners and Storybook read — tags,
 * attributes, properties, events, parts, slots and custom properties.
 */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? []).map((declaration) => ({ path: module.path, declaration })),
    )
    .filter(({ declaration }) => declaration.customElement)
    .sort((a, b) => a.path.localeCompare(b.path));
}
const committedPath = join(packageRoot, 'custom-elements.json');
const outdir = mkdtempSync(join(tmpdir(), 'dvc-cem-'));

try {
  // The analyzer joins --outdir to the working directory, even an absolute one: pass it relative.
  const args = [
    'cem',
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    relative(packageRoot, outdir),
  ];
  execFileSync('npx', [...args, '--quiet'], {
    cwd: packageRoot,
    stdio: 'inherit',
  });
  const fresh = elementsOf(JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')));
  const committed = elementsOf(JSON.parse(readFileSync(committedPath, 'utf8')));
  if (!isDeepStrictEqual(fresh, committed)) {
    console.error(
      'packages/elements/custom-elements.json is stale: run `npm run generate -w @dvc-kit/elements`.',
    );
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
