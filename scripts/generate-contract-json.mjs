#!/usr/bin/env node
/**
 * Writes the contract as JSON for the sandbox, which validates requests from it at run time (so the
 * published server needs neither the YAML nor a YAML parser). `--check` fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'openapi/openapi.yaml');
const target = resolve(root, 'packages/sandbox/src/generated/contract.json');

const json = `${JSON.stringify(parse(readFileSync(source, 'utf8')), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== json) {
    console.error(`${target} is stale: run \`npm run generate\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
}
