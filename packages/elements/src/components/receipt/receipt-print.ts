import { adoptStyles, type CSSResultOrNative } from 'lit';

/** The paper layouts of the receipt. */
export const RECEIPT_LAYOUTS = ['a4', 'thermal'] as const;

/** `a4` (a sheet, the default) or `thermal` (an 80 mm receipt-printer roll). */
export type ReceiptLayout = (typeof RECEIPT_LAYOUTS)[number];

/** Marks the print-only copy of a receipt, a direct child of `<body>`. */
export const PRINT_ROOT_ATTRIBUTE = 'data-dvc-print-root';

// The global and component custom properties the document reads: copied onto the print copy, which
// sits outside the receipt's ancestors and would otherwise lose the partner's fonts and ink colour.
const INHERITED_PROPERTIES = [
  '--dvc-font-family',
  '--dvc-color-primary',
  '--dvc-receipt-font-family',
  '--dvc-receipt-thermal-font-family',
  '--dvc-receipt-ink-color',
  '--dvc-receipt-paper-color',
] as const;

// Page margins: A4 follows the administrative-document margins in spirit (a wider binding edge on
// the left); a thermal roll has none — the 4 mm inside the strip is the document's own padding.
const A4_PAGE = '@page { size: A4 portrait; margin: 15mm 15mm 15mm 20mm; }';
// Used when the receipt has no layout box to measure (it is hidden): long enough for any receipt.
const THERMAL_FALLBACK_HEIGHT_MM = 250;
const MM_PER_CSS_PX = 25.4 / 96;

function thermalPage(paper: Element): string {
  const measured = Math.ceil(paper.getBoundingClientRect().height * MM_PER_CSS_PX);
  const height = measured > 0 ? measured : THERMAL_FALLBACK_HEIGHT_MM;
  // A roll has no fixed page length: a page exactly as long as the receipt avoids a blank tail and a
  // second page.
  return `@page { size: 80mm ${height}mm; margin: 0; }`;
}

// Documents with a print job under way; a new job first ends the previous one.
const activeJobs = new WeakMap<Document, () => void>();

/** What {@link printReceiptCopy} prints. */
export interface ReceiptPrintRequest {
  /** The `<dvc-receipt>` element: its document, window and inherited custom properties. */
  readonly host: HTMLElement;
  /** The rendered document (`[part="document"]`) to copy. */
  readonly paper: Element;
  readonly layout: ReceiptLayout;
  /** The receipt's styles, adopted by the copy's shadow root. */
  readonly styles: readonly CSSResultOrNative[];
}

/**
 * Prints only the receipt, wherever it sits — deep inside other shadow roots, in a dialog, in a page
 * full of the partner's own content.
 *
 * How: a copy of the rendered document goes into a print-only container, a direct child of `<body>`
 * with its own shadow root and the receipt's styles. A page-level constructed stylesheet (allowed
 * under a strict CSP, unlike a `<style>` element) hides the container on screen and, in print,
 * hides every other child of `<body>` and sets the page size (`A4`, or an 80 mm strip as long as the
 * receipt). The container and the stylesheet go away on `afterprint` (or at the next print), since
 * `window.print()` returns before printing on some mobile browsers.
 */
export function printReceiptCopy(request: ReceiptPrintRequest): void {
  const document = request.host.ownerDocument;
  const view = document.defaultView;
  if (view === null) return;
  activeJobs.get(document)?.();

  const container = document.createElement('div');
  container.setAttribute(PRINT_ROOT_ATTRIBUTE, '');
  container.setAttribute('layout', request.layout);
  const hostStyle = view.getComputedStyle(request.host);
  for (const property of INHERITED_PROPERTIES) {
    const value = hostStyle.getPropertyValue(property).trim();
    if (value !== '') container.style.setProperty(property, value);
  }
  const shadow = container.attachShadow({ mode: 'open' });
  adoptStyles(shadow, [...request.styles]);
  shadow.append(request.paper.cloneNode(true));

  // Constructed in the receipt's own window: a stylesheet can only be adopted by its own document.
  const pageSheet = new view.CSSStyleSheet();
  pageSheet.replaceSync(`
    @media screen { [${PRINT_ROOT_ATTRIBUTE}] { display: none !important; } }
    @media print {
      body > :not([${PRINT_ROOT_ATTRIBUTE}]) { display: none !important; }
      ${request.layout === 'thermal' ? thermalPage(request.paper) : A4_PAGE}
    }
  `);

  document.body.append(container);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

  const end = (): void => {
    container.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    view.removeEventListener('afterprint', end);
    if (activeJobs.get(document) === end) activeJobs.delete(document);
  };
  activeJobs.set(document, end);
  view.addEventListener('afterprint', end);
  view.print();
}
