// What <dvc-dossier-form> loads on demand (`import('./submission-part.js')`) right after its checks once
// the citizen starts filling in — or at once when the review step shows: the request body, the
// exactly-once submission with its outbox fallback, the mapping of a server 422 onto the fields, and
// the panels after sending (the receipt, or the queued notice), with their styles.
export { dossierBody } from './dossier-body.js';
export { renderOutcome } from './outcome-panels.js';
export { outcomeStyles as styles } from './outcome-panels.styles.js';
export { submitDossier } from './submission.js';
export { serverFieldErrors, submitProblem } from './submission-problems.js';
