// What <dvc-dossier-form> loads on demand (`import('./validation-part.js')`) first, as soon as the
// citizen starts filling in (focus enters the form, a first input, a file picked): the checks of
// fields and documents, with the domain's validators of names, personal ID numbers and phone numbers
// and their messages in two languages, and the error summary that shows what they found. The form's
// first render checks nothing, so a page that only shows the form never waits for them.
export { attachmentErrors } from './attachment-checks.js';
export { renderErrorSummary, type SummaryEntry } from './error-summary.js';
export { checkFields, type FieldFindings, recheckField } from './field-validation.js';
