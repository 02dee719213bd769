import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FieldError } from '../http/problem.js';
import { CONTRACT_ID, contract, type JsonSchema } from './contract.js';
import { fieldErrorMessage } from './field-error-messages.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the function arrives wrapped.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

/** Where a validated value came from: decides the pointer syntax and whether strings are coerced. */
export type InputLocation = 'body' | 'query' | 'path' | 'header';

function createAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // OpenAPI adds keywords (discriminator, example, x-…) that are not JSON Schema; they carry no constraint.
    strict: false,
    // Query, path and header values arrive as strings; the contract types them (`limit: integer`).
    coerceTypes,
  });
  addFormats(ajv);
  ajv.addSchema(contract as unknown as JsonSchema, CONTRACT_ID);
  return ajv;
}

/**
 * Validates values against schemas taken from the contract, so the server never keeps a second,
 * hand-written copy of the rules. Compiled validators are cached per schema object.
 */
export class ContractValidator {
  readonly #bodies = createAjv(false);
  readonly #parameters = createAjv(true);
  readonly #cache = new WeakMap<JsonSchema, ValidateFunction>();

  /** Compiles (once) a validator for `schema`, whose `$ref`s point into the contract. */
  compile(schema: JsonSchema, location: InputLocation): ValidateFunction {
    let validate = this.#cache.get(schema);
    if (!validate) {
      validate = (location === 'body' ? this.#bodies : this.#parameters).compile(schema);
      this.#cache.set(schema, validate);
    }
    return validate;
  }

  /** Validates a value against a named component schema (`Dossier`, `ProcedurePage`, …). */
  validateComponent(name: string, value: unknown): FieldError[] {
    const validate = this.#bodies.getSchema(`${CONTRACT_ID}#/components/schemas/${name}`);
    if (!validate) throw new Error(`The contract has no schema ${name}`);
    return validate(value) ? [] : toFieldErrors(validate.errors ?? [], 'body');
  }
}

function pointerOf(error: ErrorObject, location: InputLocation): string {
  let pointer = error.instancePath;
  if (error.keyword === 'required') pointer += `/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') pointer += `/${String(error.params.additionalProperty)}`;
  if (location === 'body') return pointer;
  return `${location}${pointer}`;
}

/**
 * Turns ajv's errors into the contract's `FieldError`s: one per pointer (the first, most specific one),
 * with a message in Vietnamese and English. `oneOf` and `if` umbrella errors are dropped when a more
 * specific error names the same place.
 */
export function toFieldErrors(errors: ErrorObject[], location: InputLocation): FieldError[] {
  const byPointer = new Map<string, FieldError>();
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const pointer = pointerOf(error, location);
    if (byPointer.has(pointer)) continue;
    byPointer.set(pointer, { pointer, code: error.keyword, message: fieldErrorMessage(error) });
  }
  if (byPointer.size === 0 && errors[0]) {
    const error = errors[0];
    return [{ pointer: pointerOf(error, location), code: error.keyword, message: fieldErrorMessage(error) }];
  }
  return [...byPointer.values()];
}
