/**
 * @dvc-kit/react: the dvc-kit web components as React components, made with `@lit/react`: typed props
 * (the elements' properties, set as properties, so objects like `client` and `procedure` pass as they
 * are) and typed events (`onDvcProcedureSelect`, `onDvcDossierSubmitted`, …). Importing a component
 * registers its element.
 */

export { DvcDossierForm } from './dossier-form.js';
export { DvcProcedurePicker } from './procedure-picker.js';
export { DvcProvider } from './provider.js';
export { DvcRating } from './rating.js';
export type { ReactEventProps } from './react-events.js';
export { DvcReceipt } from './receipt.js';
export { DvcStatusTracker } from './status-tracker.js';
