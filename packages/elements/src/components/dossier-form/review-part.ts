// What <dvc-dossier-form> loads on demand (`import('./review-part.js')`) right after its checks once the
// citizen starts filling in — or at once on "Tiếp tục": "check your answers", the consent and the
// submit button, with their styles. A page where nobody fills the form in never downloads them.
export { type ReviewStepView, renderReviewStep } from './review-step.js';
export { reviewStepStyles as styles } from './review-step.styles.js';
export { consentField } from './sections/consent-field.js';
