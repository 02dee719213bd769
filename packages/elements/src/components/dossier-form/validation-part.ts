// What <dvc-dossier-form> loads on demand (`import('./validation-part.js')`) when the citizen first
// types, leaves a field, picks a choice or continues — and starts loading as soon as focus enters the
// form: the checks of fields and documents, with the domain's validators of names, personal ID
// numbers and phone numbers and their messages in two languages, and the error summary that shows what
// they found. The form's first render checks nothing, so a page that only shows the form never waits
// for them.
export { attachmentErrors } from './attachment-checks.js';
export { renderErrorSummary, type SummaryEntry } from './error-summary.js';
export { checkFields, type FieldFindings, recheckField, validateField } from './field-validation.js';
