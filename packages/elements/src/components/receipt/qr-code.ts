import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * A QR code needs a quiet zone of 4 modules around it (ISO/IEC 18004); receipts are often printed
 * close to other ink.
 */
export const QR_QUIET_ZONE_MODULES = 4;

/**
 * Error correction "M" (recovers about 15 % damage): a thermal receipt fades and creases; "H" would
 * make the symbol denser and harder to read at 80 mm.
 */
const QR_ERROR_CORRECTION = 'M';

/** A QR symbol as an SVG path over its module grid (quiet zone excluded). */
export interface QrPath {
  /** Modules per side. */
  readonly size: number;
  /** Dark modules, each row's runs as `M x y h run v1 h -run z`. */
  readonly path: string;
}

/** Encodes `text` as a QR code (uqr) and traces its dark modules, one subpath per horizontal run. */
export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: QR_ERROR_CORRECTION, border: 0 });
  let path = '';
  data.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
        start = -1;
      }
    }
  });
  return { size, path };
}

/**
 * The QR code as an inline SVG (vector: crisp in print), labelled `label` for assistive technology.
 */
export function renderQrCode(text: string, label: string): TemplateResult {
  const { size, path } = qrPath(text);
  const extent = size + 2 * QR_QUIET_ZONE_MODULES;
  return html`<svg
    part="qr-code"
    class="qr-code"
    role="img"
    aria-label=${label}
    viewBox="${-QR_QUIET_ZONE_MODULES} ${-QR_QUIET_ZONE_MODULES} ${extent} ${extent}"
    shape-rendering="crispEdges"
  >
    <rect x=${-QR_QUIET_ZONE_MODULES} y=${-QR_QUIET_ZONE_MODULES} width=${extent} height=${extent} fill="#ffffff"></rect>
    <path d=${path} fill="#000000"></path>
  </svg>`;
}
