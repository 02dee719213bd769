import { CODE39 } from 'jsbarcode/src/barcodes/CODE39/index.js';
import { html, nothing, type TemplateResult } from 'lit';

/** One bar of a linear barcode, in modules (narrow-bar widths) from the symbol's left edge. */
export interface BarcodeBar {
  readonly start: number;
  readonly width: number;
}

/** A Code 39 symbol laid out as bars. */
export interface Code39Symbol {
  /** The text it encodes (upper case: Code 39 has no lower case). */
  readonly text: string;
  /** Width of the symbol in modules, start and stop characters included, quiet zones excluded. */
  readonly modules: number;
  readonly bars: readonly BarcodeBar[];
}

/**
 * Code 39 needs a quiet zone of at least 10 narrow modules on each side for scanners to find the
 * start and stop characters (ISO/IEC 16388).
 */
export const CODE39_QUIET_ZONE_MODULES = 10;

/**
 * Encodes `text` as Code 39 with JsBarcode's encoder (the format of the dossier-code barcode on Form
 * 01). `undefined` when the text has characters Code 39 cannot carry; dossier codes (digits, letters,
 * dots, hyphens) always fit.
 */
export function encodeCode39(text: string): Code39Symbol | undefined {
  const encoder = new CODE39(text, {});
  if (!encoder.valid()) return undefined;
  const modules = encoder.encode().data;
  const bars: BarcodeBar[] = [];
  let start = -1;
  for (let index = 0; index <= modules.length; index++) {
    const isBar = modules[index] === '1';
    if (isBar && start < 0) start = index;
    if (!isBar && start >= 0) {
      bars.push({ start, width: index - start });
      start = -1;
    }
  }
  return { text: encoder.data, modules: modules.length, bars };
}

/**
 * The barcode as an inline SVG: one path, vector so it prints crisp at any resolution. It stretches
 * to its box (`preserveAspectRatio="none"`): bar widths scale together, which keeps the code readable.
 * `label` is its text alternative; show the code as text next to it as well.
 */
export function renderCode39(text: string, label: string): TemplateResult | typeof nothing {
  const symbol = encodeCode39(text);
  if (symbol === undefined) return nothing;
  const width = symbol.modules + 2 * CODE39_QUIET_ZONE_MODULES;
  const path = symbol.bars
    .map((bar) => `M${bar.start + CODE39_QUIET_ZONE_MODULES} 0h${bar.width}v1h-${bar.width}z`)
    .join('');
  return html`<svg
    part="barcode"
    class="barcode"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${width} 1"
    preserveAspectRatio="none"
    shape-rendering="crispEdges"
  >
    <rect width=${width} height="1" fill="#ffffff"></rect>
    <path d=${path} fill="#000000"></path>
  </svg>`;
}
