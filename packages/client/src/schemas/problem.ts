import * as z from 'zod/mini';
import { PROBLEM_KINDS, PROBLEM_TYPE_BASE, type ProblemKind } from '../errors/problem-kind.js';
import { LocalizedTextSchema } from './common.js';

type ProblemTypeUrl = `${typeof PROBLEM_TYPE_BASE}${ProblemKind}`;

/** `ProblemType`: the closed set of problem type URLs, built from the short kinds. */
export const ProblemTypeSchema = z.enum(
  PROBLEM_KINDS.map((kind): ProblemTypeUrl => `${PROBLEM_TYPE_BASE}${kind}`) as [
    ProblemTypeUrl,
    ...ProblemTypeUrl[],
  ],
);

/** `FieldError`: one problem with one input value. */
export const FieldErrorSchema = z.object({
  pointer: z.string(),
  code: z.string(),
  message: LocalizedTextSchema,
});

/**
 * `Problem`: RFC 9457 problem details. A loose object, because RFC 9457 lets servers add extension
 * members and the contract does not forbid them here.
 */
export const ProblemSchema = z.looseObject({
  type: ProblemTypeSchema,
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  instance: z.optional(z.string()),
  requestId: z.string(),
  userMessage: LocalizedTextSchema,
  errors: z.optional(z.array(FieldErrorSchema)),
  retryAfterSeconds: z.optional(z.number()),
});
