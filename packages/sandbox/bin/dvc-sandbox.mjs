#!/usr/bin/env node
/**
 * Launches the sandbox's command line (`src/cli.ts`).
 *
 * Installed from npm, it runs the built `dist/cli.js`. In a checkout of the repository (recognised by
 * the package's `tsconfig.json`, which is not published) it runs the TypeScript source through tsx,
 * so `npm start` never serves a stale build. In-repo packages resolve to their source through the
 * `source` export condition; a small resolve hook adds that condition, as `--conditions=source` would.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const packageRoot = new URL('../', import.meta.url);
const inRepository =
  existsSync(new URL('tsconfig.json', packageRoot)) && existsSync(new URL('src/cli.ts', packageRoot));

let cliUrl;
if (inRepository) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  const addSourceCondition = `export function resolve(specifier, context, next) {
    const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
    return next(specifier, { ...context, conditions });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`);
  cliUrl = new URL('src/cli.ts', packageRoot);
} else {
  cliUrl = new URL('dist/cli.js', packageRoot);
  if (!existsSync(cliUrl)) {
    process.stderr.write('dvc-sandbox: dist/cli.js is missing; build the package first (npm run build).\n');
    process.exit(1);
  }
}

const { runCli } = await import(cliUrl.href);
await runCli(process.argv.slice(2), process.env);
