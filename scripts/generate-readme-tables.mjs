#!/usr/bin/env node
/**
 * Keeps the README's reference tables in step with their sources: the elements table and the events
 * table from `packages/elements/custom-elements.json`, the error types table from the contract. Each
 * table sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. `--check` fails when the
 * README is stale (run by `npm run generate:check` inside `npm test`). Runs through tsx, to read the
 * problem kinds from the sandbox's TypeScript source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PROBLEM_KINDS } from '../packages/sandbox/src/http/problem.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = resolve(root, 'README.md');
const manifest = JSON.parse(readFileSync(resolve(root, 'packages/elements/custom-elements.json'), 'utf8'));
const contract = parse(readFileSync(resolve(root, 'openapi/openapi.yaml'), 'utf8'));

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

function elementsTable() {
  const rows = elements.map(
    (element) =>
      `| \`<${element.tagName}>\` | ${cell(element.summary)} | ${(element.cssParts ?? []).length} parts, ${(element.cssProperties ?? []).length} custom properties |`,
  );
  return ['| element | what it does | styling hooks |', '|---|---|---|', ...rows].join('\n');
}

function eventsTable() {
  const rows = elements.flatMap((element) =>
    (element.events ?? []).map(
      (event) =>
        `| \`<${element.tagName}>\` | \`${event.name}\` | \`${cell(event.type?.text ?? 'Event')}\` | ${cell(event.description)} |`,
    ),
  );
  return ['| element | event | type | when |', '|---|---|---|---|', ...rows].join('\n');
}

function errorsTable() {
  const names = contract.components.schemas.ProblemType.enum.map((type) => type.split('/').pop());
  const missing = names.filter((name) => !PROBLEM_KINDS[name]);
  if (missing.length > 0) throw new Error(`The sandbox has no problem kind for: ${missing.join(', ')}`);
  const rows = names.map((name) => {
    const kind = PROBLEM_KINDS[name];
    return `| \`${name}\` | ${kind.status} | ${cell(kind.title)} | ${cell(kind.userMessage.vi)} |`;
  });
  return [
    '| type (`https://dvc-kit.dev/problems/…`) | status | title | message shown to the citizen (vi) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const tables = { elements: elementsTable, events: eventsTable, errors: errorsTable };

let readme = readFileSync(readmePath, 'utf8');
for (const [name, build] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- generated:${name} --> section.`);
  readme = readme.replace(pattern, (_, open, close) => `${open}\n${build()}\n${close}`);
}

// Biome formats Markdown too (aligned tables): write what it would, so lint and this check agree.
readme = execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--stdin-file-path=README.md'], {
  cwd: root,
  input: readme,
  encoding: 'utf8',
});

if (process.argv.includes('--check')) {
  if (readFileSync(readmePath, 'utf8') !== readme) {
    console.error('README.md tables are stale: run `npm run generate`.');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, readme);
}
