import {
  isPlausibleDossierCode,
  normalizeDossierCode,
  type ValidationIssue,
  validatePersonalId,
} from '@dvc-kit/domain';
import type { DossierLookup } from './tracker-types.js';

/** What is wrong with the typed dossier code: nothing typed, or not shaped like a dossier code. */
export type DossierCodeProblem = 'required' | 'implausible';

/**
 * What is wrong with the lookup form, per field. Kept as data, not text, so that the messages follow
 * a locale switch.
 */
export interface LookupProblems {
  readonly code?: DossierCodeProblem;
  /** The first error `validatePersonalId` found, with its message in both languages. */
  readonly ownerPersonalId?: ValidationIssue;
}

/** The outcome of {@link checkLookup}: the query to send, or what to fix first. */
export type LookupCheck =
  | { readonly ok: true; readonly query: DossierLookup }
  | { readonly ok: false; readonly problems: LookupProblems };

/**
 * Checks the lookup form before anything is sent: the code must be there and look like a dossier code
 * (a typo is caught without a round trip, and without spending the lookup's rate limit), the ID number
 * must be a valid 12-digit personal ID. The query carries the normalised values: the code trimmed and
 * upper-cased (the server matches codes case-insensitively), the ID number without spaces or dots.
 *
 * @example
 * checkLookup(' 000.00.24.h26-251127-0001', '001 190 024817');
 * // { ok: true, query: { code: '000.00.24.H26-251127-0001', ownerPersonalId: '001190024817' } }
 */
export function checkLookup(codeInput: string, personalIdInput: string): LookupCheck {
  const code = normalizeDossierCode(codeInput);
  const codeProblem: DossierCodeProblem | undefined =
    code === '' ? 'required' : isPlausibleDossierCode(code) ? undefined : 'implausible';
  const personalId = validatePersonalId(personalIdInput);
  const personalIdProblem = personalId.ok
    ? undefined
    : (personalId.issues.find((issue) => issue.severity === 'error') ?? personalId.issues[0]);
  if (codeProblem === undefined && personalId.ok) {
    return { ok: true, query: { code, ownerPersonalId: personalId.value } };
  }
  return {
    ok: false,
    problems: {
      ...(codeProblem === undefined ? {} : { code: codeProblem }),
      ...(personalIdProblem === undefined ? {} : { ownerPersonalId: personalIdProblem }),
    },
  };
}
