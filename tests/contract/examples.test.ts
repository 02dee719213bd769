/**
 * The examples in `openapi/examples/` are reused by tests, Storybook stories and the demo, so each one
 * must stay valid against the contract, and every body the contract describes must have one. The lists
 * come from the contract itself, so a new operation without an example fails here. Because the examples
 * are shown next to live sandbox answers, they must also agree with the sandbox's seed (procedures,
 * places) and with the domain's rules (personal ID numbers, status codes, e-form data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { validatePersonalId } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { contractOperations } from '../../packages/sandbox/src/contract/contract.js';
import { ContractValidator } from '../../packages/sandbox/src/contract/validator.js';
import { validateFormData } from '../../packages/sandbox/src/dossiers/eform-schema.js';
import contractJson from '../../packages/sandbox/src/generated/contract.json' with { type: 'json' };
import {
  PROBLEM_KINDS,
  PROBLEM_TYPE_BASE,
  type ProblemKind,
} from '../../packages/sandbox/src/http/problem.js';
import {
  holidays,
  locations,
  partners,
  procedures,
  WARDS_ATTRIBUTION,
  wards,
} from '../../packages/sandbox/src/seed/seed-data.js';

const openapiDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../openapi');
const examplesDir = resolve(openapiDir, 'examples');

/** The parts of the contract document these checks read. */
interface ContractDocument {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: {
    schemas: Record<string, { enum?: unknown[] }>;
    responses: Record<string, unknown>;
  };
}
const contract = contractJson as unknown as ContractDocument;

/**
 * Request bodies that have no JSON example, and why. The test below fails when one of them stops being
 * such a body, so the exception cannot outlive its reason.
 */
const BODIES_WITHOUT_JSON_EXAMPLE = new Map([
  [
    'AttachmentUpload',
    // A multipart/form-data upload carries a binary file: there is no JSON document to show, and the
    // `Attachment` example documents what the upload returns.
    'multipart/form-data',
  ],
]);

/**
 * The kinds of seed record an example may show, how to recognise one in an example, and how to find the
 * seed's own record. The demo and the stories mix examples with live sandbox answers, so a procedure or a
 * place must read the same in both.
 */
const SEED_RECORD_KINDS: {
  kind: string;
  mentions: (value: Record<string, unknown>) => boolean;
  find: (value: Record<string, unknown>) => object | undefined;
}[] = [
  {
    kind: 'procedure',
    mentions: (value) =>
      typeof value.code === 'string' && /^[1-3]\.\d{6}$/.test(value.code) && 'name' in value,
    find: (value) => procedures.find((procedure) => procedure.code === value.code),
  },
  {
    kind: 'location',
    mentions: (value) => typeof value.id === 'string' && value.id.startsWith('loc-') && 'name' in value,
    find: (value) => locations.find((location) => location.id === value.id),
  },
  {
    kind: 'ward',
    mentions: (value) => 'unitType' in value && 'postalCode' in value,
    find: (value) => wards.find((ward) => ward.code === value.code),
  },
  {
    kind: 'partner',
    mentions: (value) => 'agentPointCount' in value,
    find: (value) => partners.find((partner) => partner.code === value.code),
  },
  {
    kind: 'holiday',
    mentions: (value) => 'compensatory' in value && 'provisional' in value,
    find: (value) => holidays.find((holiday) => holiday.date === value.date),
  },
  {
    kind: 'field',
    mentions: (value) => 'procedureCount' in value,
    find: (value) => {
      const inField = procedures.filter((procedure) => procedure.field.code === value.code);
      return inField[0] && { ...inField[0].field, procedureCount: inField.length };
    },
  },
];

/** Properties that name a place of the seed by its id or code. */
const PLACE_REFERENCES: Record<string, (id: string) => boolean> = {
  agentPointId: (id) => locations.some((location) => location.id === id),
  locationId: (id) => locations.some((location) => location.id === id),
  receivingLocationId: (id) => locations.some((location) => location.id === id),
  wardCode: (code) => wards.some((ward) => ward.code === code),
};

/** Problems that carry `retryAfterSeconds` (the contract's description of that property). */
const PROBLEMS_WITH_RETRY_AFTER: readonly ProblemKind[] = [
  'rate-limited',
  'request-in-progress',
  'service-unavailable',
];

const exampleFiles = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

/** `Problem.validation.json` → `Problem`: the schema is the part before the first dot. */
function schemaNameOf(file: string): string {
  return file.slice(0, file.indexOf('.'));
}

/** `Problem.validation.json` → `validation`; `Health.json` → `undefined`. */
function variantOf(file: string): string | undefined {
  const parts = file.replace(/\.json$/, '').split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : undefined;
}

function readExample(file: string): unknown {
  return JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
}

/** `#/components/schemas/Dossier` (or its absolutised form) → `Dossier`. */
function schemaNameOfRef(ref: string): string {
  const match = /#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`Not a component schema reference: ${ref}`);
  return match[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves `{ $ref: '#/components/responses/…' }` to the response it names. */
function resolveResponse(response: unknown): unknown {
  if (isRecord(response) && typeof response.$ref === 'string') {
    const name = response.$ref.replace('#/components/responses/', '');
    const resolved = contract.components.responses[name];
    if (!resolved) throw new Error(`The contract has no response ${name}`);
    return resolved;
  }
  return response;
}

/** The component schema of each media type of a response (none for a 304 without a body). */
function responseSchemaNames(response: unknown): string[] {
  const content = (resolveResponse(response) as { content?: Record<string, { schema?: { $ref?: string } }> })
    .content;
  return Object.values(content ?? {}).map(({ schema }) => {
    if (!schema?.$ref) throw new Error('A response body is an inline schema; name it in components/schemas');
    return schemaNameOfRef(schema.$ref);
  });
}

/** Every value in a JSON document with its JSON Pointer, depth first. */
function* walk(value: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, value];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${pointer}/${index}`);
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${pointer}/${key}`);
  }
}

/** Every Media Type Object of the contract that lists examples, with where it is. */
function mediaTypesWithExamples(): { where: string; schemaRef: string; examples: Record<string, unknown> }[] {
  const found: { where: string; schemaRef: string; examples: Record<string, unknown> }[] = [];
  for (const [pointer, value] of walk(contract)) {
    if (isRecord(value) && isRecord(value.examples) && isRecord(value.schema)) {
      const schemaRef = value.schema.$ref;
      if (typeof schemaRef !== 'string') throw new Error(`${pointer}: examples of an inline schema`);
      found.push({ where: pointer, schemaRef, examples: value.examples });
    }
  }
  return found;
}

describe('openapi/examples/', () => {
  const validator = new ContractValidator();

  it('holds examples', () => {
    // Guards the per-file checks below, which would pass vacuously on an empty folder.
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  describe.each(exampleFiles)('%s', (file) => {
    const name = schemaNameOf(file);

    it('is named after a component schema of the contract', () => {
      expect(Object.keys(contract.components.schemas)).toContain(name);
    });

    it('is a real example, not a `{}` placeholder', () => {
      const value = readExample(file);
      expect(isRecord(value) && Object.keys(value).length === 0).toBe(false);
    });

    it('is valid against its component schema', () => {
      expect(validator.validateComponent(name, readExample(file))).toEqual([]);
    });

    it('has NFC text only (keys and values)', () => {
      const notNfc: string[] = [];
      for (const [pointer, value] of walk(readExample(file))) {
        const key = pointer.slice(pointer.lastIndexOf('/') + 1);
        if (key !== key.normalize('NFC')) notNfc.push(`${pointer} (key)`);
        if (typeof value === 'string' && value !== value.normalize('NFC')) notNfc.push(pointer);
      }
      expect(notNfc).toEqual([]);
    });
  });

  it('covers every request and response body schema of every operation', () => {
    const required = new Set<string>();
    for (const operation of contractOperations()) {
      if (!operation.body) continue;
      const ref = operation.body.$ref;
      if (typeof ref !== 'string') throw new Error(`${operation.operationId}: inline request body schema`);
      required.add(schemaNameOfRef(ref));
    }
    for (const item of Object.values(contract.paths)) {
      for (const operation of Object.values(item)) {
        for (const response of Object.values(operation.responses)) {
          for (const name of responseSchemaNames(response)) required.add(name);
        }
      }
    }
    for (const name of BODIES_WITHOUT_JSON_EXAMPLE.keys()) required.delete(name);

    const covered = new Set(exampleFiles.map(schemaNameOf));
    expect([...required].filter((name) => !covered.has(name)).sort()).toEqual([]);
  });

  it('excuses only bodies that still cannot have a JSON example', () => {
    for (const [name, mediaType] of BODIES_WITHOUT_JSON_EXAMPLE) {
      const users = contractOperations().filter(
        (operation) =>
          typeof operation.body?.$ref === 'string' && schemaNameOfRef(operation.body.$ref) === name,
      );
      expect(users.length, `${name} is no request body any more`).toBeGreaterThan(0);
      for (const operation of users) expect(operation.bodyMediaType, operation.operationId).toBe(mediaType);
    }
  });

  it('resolves every `externalValue` of the contract to an example of the same schema', () => {
    const references = mediaTypesWithExamples().flatMap(({ where, schemaRef, examples }) =>
      Object.entries(examples).map(([key, example]) => ({
        where: `${where}/examples/${key}`,
        schema: schemaNameOfRef(schemaRef),
        externalValue: isRecord(example) ? example.externalValue : undefined,
      })),
    );
    expect(references.length).toBeGreaterThan(0);
    for (const { where, schema, externalValue } of references) {
      expect(typeof externalValue, `${where} has no externalValue`).toBe('string');
      const path = resolve(openapiDir, String(externalValue));
      expect(existsSync(path), `${where} → ${String(externalValue)} does not exist`).toBe(true);
      expect(dirname(path), `${where} points outside openapi/examples/`).toBe(examplesDir);
      expect(schemaNameOf(path.slice(examplesDir.length + 1)), where).toBe(schema);
    }
  });

  it('has a DossierStatusView for each of the 10 statuses, numbered in the national order', () => {
    const statuses = contract.components.schemas.DossierStatus?.enum as string[];
    expect(statuses).toHaveLength(10);
    for (const [index, status] of statuses.entries()) {
      const file = `DossierStatusView.${status.toLowerCase().replaceAll('_', '-')}.json`;
      expect(existsSync(resolve(examplesDir, file)), `${file} is missing`).toBe(true);
      expect(readExample(file)).toMatchObject({ status, statusCode: index + 1 });
    }
  });

  it('numbers every status with its national code wherever a status appears', () => {
    const statuses = contract.components.schemas.DossierStatus?.enum as string[];
    const mismatches: string[] = [];
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        if (!isRecord(value) || !('statusCode' in value)) continue;
        const expected = statuses.indexOf(String(value.status)) + 1;
        if (value.statusCode !== expected) mismatches.push(`${file}${pointer}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('writes every instant with the +07:00 offset of Asia/Ho_Chi_Minh or in UTC', () => {
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(.*)$/;
    const others: string[] = [];
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        const offset = typeof value === 'string' ? instant.exec(value)?.[1] : undefined;
        if (offset !== undefined && offset !== '+07:00' && offset !== 'Z') others.push(`${file}${pointer}`);
      }
    }
    expect(others).toEqual([]);
  });

  it('uses structurally valid personal ID numbers that agree with the date of birth and sex next to them', () => {
    const problems: string[] = [];
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        if (!isRecord(value)) continue;
        for (const [key, id] of Object.entries(value)) {
          if (!/^(?:p|.+P)ersonalId$/.test(key) || typeof id !== 'string') continue;
          // `motherPersonalId` sits next to `motherDateOfBirth`; a Person's `personalId` next to `dateOfBirth`.
          const prefix = key.slice(0, -'PersonalId'.length);
          const dateOfBirth = value[prefix ? `${prefix}DateOfBirth` : 'dateOfBirth'];
          const sex = prefix ? undefined : value.sex;
          const result = validatePersonalId(id, {
            dateOfBirth: typeof dateOfBirth === 'string' ? dateOfBirth : null,
            sex: sex === 'MALE' || sex === 'FEMALE' ? sex : null,
          });
          const issues = result.ok ? result.warnings : result.issues;
          // The example must already be in the normalised form a server stores.
          if (!result.ok || issues.length > 0 || result.value !== id) {
            problems.push(
              `${file}${pointer}/${key}: ${issues.map((issue) => issue.code).join(', ') || 'not normalised'}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows procedures, places, partners, holidays and fields exactly as the sandbox’s seed has them', () => {
    const differences: string[] = [];
    let compared = 0;
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        if (!isRecord(value)) continue;
        for (const { kind, mentions, find } of SEED_RECORD_KINDS) {
          if (!mentions(value)) continue;
          compared += 1;
          const record = find(value) as Record<string, unknown> | undefined;
          if (!record) {
            differences.push(`${file}${pointer}: no such ${kind} in the seed`);
            continue;
          }
          // An example may show part of a record (a `ProcedureRef` is the code and the name): compare
          // the properties it shows.
          const seedPart = Object.fromEntries(Object.keys(value).map((key) => [key, record[key]]));
          if (!isDeepStrictEqual(value, seedPart)) {
            differences.push(`${file}${pointer}: differs from the seed's ${kind}`);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(differences).toEqual([]);
    expect(readExample('WardList.json')).toMatchObject({ attribution: WARDS_ATTRIBUTION });
  });

  it('refers only to places the seed has', () => {
    const unknown: string[] = [];
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        const exists = PLACE_REFERENCES[pointer.slice(pointer.lastIndexOf('/') + 1)];
        if (exists && typeof value === 'string' && !exists(value))
          unknown.push(`${file}${pointer}: ${value}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('fills the procedure’s e-form validly wherever a dossier carries form data', () => {
    let checked = 0;
    for (const file of exampleFiles) {
      for (const [pointer, value] of walk(readExample(file))) {
        if (!isRecord(value) || !isRecord(value.formData)) continue;
        const code = value.procedureCode ?? (isRecord(value.procedure) ? value.procedure.code : undefined);
        const procedure = procedures.find((candidate) => candidate.code === code);
        expect(procedure, `${file}${pointer}: procedure ${String(code)}`).toBeDefined();
        // The sandbox's own check of `formData`, so the sandbox accepts what the examples show.
        const errors = validateFormData(validator, procedure?.eForm ?? null, value.formData, {
          isKnownWard: (ward) => wards.some((candidate) => candidate.code === ward),
          now: new Date(),
        });
        expect(errors, `${file}${pointer}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names each Problem variant after its type, with that type’s status and title', () => {
    const problemFiles = exampleFiles.filter((file) => schemaNameOf(file) === 'Problem');
    expect(problemFiles.length).toBeGreaterThan(0);
    for (const file of problemFiles) {
      const kind = variantOf(file) as ProblemKind;
      const definition = PROBLEM_KINDS[kind];
      expect(definition, `${file}: no problem type "${kind}"`).toBeDefined();
      const problem = readExample(file) as {
        type: string;
        status: number;
        title: string;
        retryAfterSeconds?: number;
      };
      expect(problem, file).toMatchObject({
        type: `${PROBLEM_TYPE_BASE}${kind}`,
        status: definition.status,
        title: definition.title,
      });
      expect(problem.retryAfterSeconds !== undefined, `${file}: retryAfterSeconds`).toBe(
        PROBLEMS_WITH_RETRY_AFTER.includes(kind),
      );
    }
  });
});
