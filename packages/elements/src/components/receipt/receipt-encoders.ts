// The receipt's two encoders — the Code 39 barcode (JsBarcode) and the QR code (uqr, the larger) — are
// loaded on demand: a page registers <dvc-receipt> up front (a counter page, a dossier form that shows
// a receipt once the dossier is submitted) long before any receipt exists, and pays for the encoders
// only when one does.
import type { nothing, TemplateResult } from 'lit';

/** Draws a code as an inline SVG with `label` as its text alternative (`renderCode39`, `renderQrCode`). */
export type CodeRenderer = (text: string, label: string) => TemplateResult | typeof nothing;

/**
 * Where a code's encoder stands when the document renders: its renderer once loaded; `'loading'` while
 * it is on its way (the document keeps the code's box, so nothing moves when it lands); `'unavailable'`
 * when it could not be loaded (the document leaves the code out; the dossier code stays as text).
 */
export type CodeEncoder = CodeRenderer | 'loading' | 'unavailable';

/** How `<dvc-receipt>` imports its encoders. */
export interface ReceiptEncoderImports {
  readonly barcode: () => Promise<typeof import('./code39-barcode.js')>;
  readonly qrCode: () => Promise<typeof import('./qr-code.js')>;
}

/**
 * The encoders' modules, as separate chunks: a receipt without a status page never downloads the QR
 * encoder, and the QR chunk is the one `<dvc-rating>` loads for its counter, so a page with both
 * downloads it once.
 */
export const RECEIPT_ENCODER_IMPORTS: ReceiptEncoderImports = {
  barcode: () => import('./code39-barcode.js'),
  qrCode: () => import('./qr-code.js'),
};
