// What <dvc-dossier-form> loads on demand (`import('./review-part.js')`) when the citizen continues to
// the review step ("Tiếp tục"): "check your answers", the consent and the submit button, with their
// styles. A citizen who never gets past filling in never downloads them.
export { type ReviewStepView, renderReviewStep } from './review-step.js';
export { reviewStepStyles as styles } from './review-step.styles.js';
export { consentField } from './sections/consent-field.js';
