/**
 * @dvc-kit/elements: Lit web components for public-service submission at Hà Nội's agent points.
 *
 * This entry exports classes, types and helpers and registers nothing. Register the elements with
 * `import '@dvc-kit/elements/define'` (all of them) or one by one
 * (`import '@dvc-kit/elements/components/receipt/define'`, `import '@dvc-kit/elements/provider/define'`).
 */

export type { Duration, LocalizedText, Receipt, ReceiptDocument } from './base/api-types.js';
export { type DvcClient, dvcClientContext, type RequestOptions } from './base/client-context.js';
export { defineElement } from './base/define-element.js';
export { DvcElement } from './base/dvc-element.js';
export { type DvcEnvironment, dvcEnvironmentContext } from './base/environment-context.js';
export { ELEMENTS_VERSION } from './base/version.js';
export { CONSENT_TEXT_VERSION } from './components/dossier-form/consent.js';
export {
  DvcDossierForm,
  type DvcDossierFormEventMap,
  type DvcDossierSubmitDetail,
  type DvcDossierSubmittedDetail,
  type DvcErrorDetail,
} from './components/dossier-form/dossier-form.js';
export {
  DvcProcedurePicker,
  type DvcProcedurePickerEventMap,
  type DvcProcedureSelectDetail,
} from './components/procedure-picker/procedure-picker.js';
export {
  DvcRating,
  type DvcRatingEventMap,
  type DvcRatingSubmittedDetail,
} from './components/rating/rating.js';
export { RATABLE_STATUSES, RATING_KINDS, type RatingKind } from './components/rating/rating-kind.js';
export {
  DvcReceipt,
  type DvcReceiptErrorDetail,
  type DvcReceiptEventMap,
  type DvcReceiptLoadDetail,
  type DvcReceiptPrintDetail,
} from './components/receipt/receipt.js';
export { RECEIPT_LAYOUTS, type ReceiptLayout } from './components/receipt/receipt-print.js';
export { STATUS_URL_CODE_PLACEHOLDER } from './components/receipt/status-url.js';
export {
  type DvcStatusChangeDetail,
  DvcStatusTracker,
  type DvcStatusTrackerEventMap,
  type DvcStatusTrackerLoadDetail,
} from './components/status-tracker/status-tracker.js';
export { getLocale, isLocale, setLocale } from './i18n/localization.js';
export { DvcProvider } from './provider/dvc-provider.js';
export { contrastRatio } from './themes/contrast.js';
export {
  isThemeName,
  THEME_NAMES,
  THEME_PRESETS,
  type ThemeColors,
  type ThemeName,
  type ThemePreset,
  themeCss,
  themeDeclarations,
  themeStyles,
} from './themes/presets.js';
