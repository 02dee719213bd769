/**
 * The client's runtime schemas accept the contract's example payloads (`openapi/examples/<Schema>[.<variant>].json`):
 * if the server answers like the examples, the client takes the answer. Every example whose schema has a
 * client schema (`<Schema>Schema`) is parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../packages/client/src/schemas/index.js';

const examplesDir = fileURLToPath(new URL('../../openapi/examples/', import.meta.url));

// The schema's own `safeParse`: the repository root resolves `zod` to another major version, so the
// test does not import zod itself.
type ClientSchema = Pick<typeof schemas.HealthSchema, 'safeParse'>;
const schemasByName = new Map(Object.entries(schemas) as [string, ClientSchema][]);

const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, schemaName: `${file.split('.')[0]}Schema` }))
  .filter(({ schemaName }) => schemasByName.has(schemaName));

describe('client schemas × contract examples', () => {
  it('finds examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('$file parses with $schemaName', ({ file, schemaName }) => {
    const schema = schemasByName.get(schemaName) as ClientSchema;
    const example: unknown = JSON.parse(readFileSync(`${examplesDir}${file}`, 'utf8'));
    const result = schema.safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
