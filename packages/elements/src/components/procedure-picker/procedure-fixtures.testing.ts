// What a fake client answers in the picker's browser tests: a page of the test's catalogue
// (`procedures.list`) and a procedure's detail (`procedures.get`). Each test says which documents its
// procedures ask for and give, as what it asserts on them depends on them.
import type { ProcedureQuery } from '@dvc-kit/client';
import type {
  ProcedureDetail,
  ProcedurePage,
  ProcedureSummary,
  RequiredDocument,
} from './procedure-types.js';

// The page size the contract gives `limit` when a query leaves it out.
const DEFAULT_LIMIT = 20;

/**
 * The page of `catalogue` that `query` asks for, its cursor a plain offset: a server's cursor is opaque,
 * and the picker only passes `nextCursor` back.
 *
 * @example
 * list: async (query = {}) => procedurePage(PROCEDURES, query)
 */
export function procedurePage(catalogue: readonly ProcedureSummary[], query: ProcedureQuery): ProcedurePage {
  const offset = Number(query.cursor ?? 0);
  const end = offset + (query.limit ?? DEFAULT_LIMIT);
  return {
    items: catalogue.slice(offset, end),
    total: catalogue.length,
    nextCursor: end < catalogue.length ? String(end) : null,
  };
}

/** The declaration form: required, one original, uploaded. */
export const DECLARATION_FORM: RequiredDocument = {
  code: 'TP1',
  name: { vi: 'Tờ khai theo mẫu', en: 'Declaration form' },
  required: true,
  originals: 1,
  copies: 0,
  submission: 'UPLOAD',
  reusableFromNationalDb: false,
};

/** An identity document: optional, shown in person, or read from the national population database. */
export const IDENTITY_DOCUMENT: RequiredDocument = {
  code: 'TP2',
  name: { vi: 'Giấy tờ tùy thân', en: 'Identity document' },
  required: false,
  originals: 1,
  copies: 2,
  submission: 'SHOW_ONLY',
  reusableFromNationalDb: true,
};

/** The documents a procedure asks for ("thành phần hồ sơ") and gives as its result. */
export interface ProcedureDocuments {
  readonly requiredDocuments: ProcedureDetail['requiredDocuments'];
  /** None when left out. */
  readonly resultDocuments?: ProcedureDetail['resultDocuments'];
}

/**
 * The detail of `summary`: decided by the commune People's Committee, for citizens, with the given
 * documents, and no cases, e-form or source.
 *
 * @example
 * const detail = procedureDetail(summary, { requiredDocuments: [DECLARATION_FORM, IDENTITY_DOCUMENT] });
 */
export function procedureDetail(
  summary: ProcedureSummary,
  { requiredDocuments, resultDocuments = [] }: ProcedureDocuments,
): ProcedureDetail {
  return {
    ...summary,
    competentAuthority: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' },
    applicantTypes: ['CITIZEN'],
    publishingDecision: null,
    requiredDocuments,
    resultDocuments,
    cases: [],
    eForm: null,
    sourceUrl: null,
  };
}
