import { ContractValidator } from '../contract/validator.js';
import { PROBLEM_TYPE_BASE, type ProblemBody } from '../http/problem.js';

let validator: ContractValidator | undefined;

/** What a test needs to know about an error answer. */
export interface ProblemResponse {
  status: number;
  /** The `Content-Type` header, e.g. `application/problem+json; charset=utf-8`. */
  contentType: string | null;
  /** The short problem kind (`validation`, `not-found`, …), or undefined when `type` is not ours. */
  kind: string | undefined;
  body: ProblemBody;
  /** How the body breaks the contract's `Problem` schema; empty when it conforms. */
  contractViolations: ReturnType<ContractValidator['validateComponent']>;
}

/**
 * Reads an error answer and checks its body against the contract's `Problem`, so a test can assert
 * the status, the kind and that the body conforms in one line each.
 *
 * @example
 * const problem = await readProblem(await fetch(`${sandbox.url}/v1/nope`));
 * expect([problem.status, problem.kind, problem.contractViolations]).toEqual([404, 'not-found', []]);
 */
export async function readProblem(response: Response): Promise<ProblemResponse> {
  validator ??= new ContractValidator();
  const text = await response.text();
  let body: ProblemBody;
  try {
    body = JSON.parse(text) as ProblemBody;
  } catch {
    throw new Error(`Expected a problem+json body, got ${response.status}: ${text.slice(0, 200)}`);
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    kind:
      typeof body.type === 'string' && body.type.startsWith(PROBLEM_TYPE_BASE)
        ? body.type.slice(PROBLEM_TYPE_BASE.length)
        : undefined,
    body,
    contractViolations: validator.validateComponent('Problem', body),
  };
}
