import contractJson from '../generated/contract.json' with { type: 'json' };

/** A JSON Schema object as it appears in the contract. */
export type JsonSchema = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface OperationObject {
  operationId: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  'x-sandbox-only'?: boolean;
}

/** Where an operation lives and what it accepts, read from the contract. */
export interface ContractOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, e.g. `/v1/procedures/{code}`. */
  path: string;
  /** The same path in the router's syntax, e.g. `/v1/procedures/:code`. */
  routePath: string;
  query?: JsonSchema;
  params?: JsonSchema;
  headers?: JsonSchema;
  body?: JsonSchema;
  bodyMediaType?: string;
  sandboxOnly: boolean;
}

/** The contract document (generated from `openapi/openapi.yaml`). */
export const contract = contractJson as unknown as {
  info: { version: string };
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, JsonSchema>; parameters: Record<string, ParameterObject> };
};

/** The `$id` under which the whole contract is registered with the validator. */
export const CONTRACT_ID = 'dvc-kit-contract';

/** Rewrites `#/components/...` references so they resolve against the registered contract. */
export function absolutizeRefs<T>(schema: T): T {
  return JSON.parse(
    JSON.stringify(schema, (key, value) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${CONTRACT_ID}${value}` : value,
    ),
  ) as T;
}

function resolveParameter(parameter: ParameterObject | { $ref: string }): ParameterObject {
  if ('$ref' in parameter) {
    const name = parameter.$ref.replace('#/components/parameters/', '');
    const resolved = contract.components.parameters[name];
    if (!resolved) throw new Error(`The contract has no parameter ${name}`);
    return resolved;
  }
  return parameter;
}

function objectSchemaOf(
  parameters: ParameterObject[],
  location: ParameterObject['in'],
): JsonSchema | undefined {
  const inLocation = parameters.filter((p) => p.in === location);
  if (inLocation.length === 0) return undefined;
  // Header names are case-insensitive; Node lower-cases them, so the schema does too.
  const nameOf = (p: ParameterObject) => (location === 'header' ? p.name.toLowerCase() : p.name);
  return absolutizeRefs({
    type: 'object',
    properties: Object.fromEntries(inLocation.map((p) => [nameOf(p), p.schema])),
    required: inLocation.filter((p) => p.required).map(nameOf),
  });
}

/** Every operation of the contract, with the schemas of its inputs. */
export function contractOperations(): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(contract.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = (operation.parameters ?? []).map(resolveParameter);
      const [bodyMediaType, bodyContent] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase() as ContractOperation['method'],
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        query: objectSchemaOf(parameters, 'query'),
        params: objectSchemaOf(parameters, 'path'),
        headers: objectSchemaOf(parameters, 'header'),
        body: bodyContent ? absolutizeRefs(bodyContent.schema) : undefined,
        bodyMediaType,
        sandboxOnly: operation['x-sandbox-only'] === true,
      });
    }
  }
  return operations;
}

/** Finds one operation by its `operationId`; throws for an id the contract does not have. */
export function contractOperation(operationId: string): ContractOperation {
  const operation = contractOperations().find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`The contract has no operation ${operationId}`);
  return operation;
}
