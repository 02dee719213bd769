// Types for the one JsBarcode module the receipt imports: the Code 39 encoder, from the ES module
// sources JsBarcode ships in `src/` (its `main` is CommonJS and carries every format and renderer).
declare module 'jsbarcode/src/barcodes/CODE39/index.js' {
  /** JsBarcode's Code 39 encoder. */
  export class CODE39 {
    constructor(data: string, options: { readonly mod43?: boolean; readonly text?: string });
    /** The upper-cased data it encodes. */
    readonly data: string;
    /** False when the data has characters outside Code 39 (0–9, A–Z, space, `-.$/+%`). */
    valid(): boolean;
    /** The symbol as modules, start and stop characters included: `'1'` a bar, `'0'` a space. */
    encode(): { readonly data: string; readonly text: string };
  }
}
