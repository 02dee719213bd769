import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 210mm: the width of an A4 sheet; on a phone the sheet shrinks to the screen.
// - 12mm barcode height: Code 39 bars should be at least 15 % of the symbol's length (6.35 mm at least)
//   so that a handheld scanner reads a skewed pass; a 25-character dossier code printed 80 mm wide needs 12.
// - 28mm QR code (26mm on thermal): a version 3–4 symbol with its 4-module quiet zone gets modules of
//   about 0.7 mm, which any phone camera reads at arm's length.
// - 20mm (12mm on thermal) above the signer's name: room for a handwritten signature.
// - 80mm with 4mm padding: an 80 mm thermal roll prints about 72 mm wide. Thermal sizes are physical
//   units on screen too, so the preview matches the print and the page height measured before
//   printing is right.
// - 13pt: the body size of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP).
// - 1ch, the width of the count headers on thermal: less than any word, so that the table's automatic
//   layout (which never makes a column narrower than its longest word) sizes each count column to its
//   longest header word and leaves the rest of the 72 mm to the documents' names.
//
// `.barcode` and `.qr-code` size a code's box whether it is drawn or its encoder is still loading, so
// that nothing moves when it lands. The document breaks lines between words, whatever `word-break` or
// `hyphens` the page lets inherit into the shadow root, and inside a word only when that word alone is
// wider than the line (an e-mail address); never in a table header, which sizes its column instead. A
// document's name may break inside a word that is wider than its column (a long reference number), so
// that the table never runs off the roll.

/**
 * The receipt looks like the paper it prints to, on screen too: a white sheet, black ink, a serif face
 * for A4 (administrative documents are set in Times New Roman, Nghị định 30/2020/NĐ-CP), a narrow
 * sans-serif strip for 80 mm thermal printers. Only the toolbar and the status link take the theme's
 * colours; the document stays black on white so that it prints and photocopies legibly.
 */
export const receiptStyles = css`
  :host {
    --_ink: var(--dvc-receipt-ink-color, #1a1a1a);
    --_paper: var(--dvc-receipt-paper-color, #ffffff);
    --_sheet-border: var(--dvc-receipt-border-color, var(--dvc-color-border, #767676));
    --_document-font-family: var(--dvc-receipt-font-family, 'Times New Roman', Times, 'Liberation Serif', serif);
    --_document-font-size: var(--dvc-receipt-font-size, var(--_font-size));
    --_thermal-font-family: var(
      --dvc-receipt-thermal-font-family,
      var(--dvc-font-family, Arial, 'Helvetica Neue', sans-serif)
    );
  }

  p {
    margin: 0;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    max-inline-size: 210mm;
    margin: 0 auto var(--_space);
  }

  :host([layout='thermal']) .toolbar {
    max-inline-size: 80mm;
  }

  .message {
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .message.error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .document {
    max-inline-size: 210mm;
    margin-inline: auto;
    padding: 2rem clamp(1rem, 5vw, 2.5rem);
    border: 1px solid var(--_sheet-border);
    background: var(--_paper);
    color: var(--_ink);
    font-family: var(--_document-font-family);
    font-size: var(--_document-font-size);
    line-height: 1.45;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
  }

  .header {
    display: grid;
    grid-template-columns: 2fr 3fr;
    gap: 0.25rem 1rem;
    text-align: center;
  }

  .unit-name,
  .nation-name,
  .motto,
  .title,
  .person-name,
  .signature-role {
    font-weight: 700;
  }

  .motto {
    display: inline-block;
    padding-block-end: 0.1em;
    border-block-end: 1px solid currentColor;
  }

  .dateline {
    grid-column: 2;
    font-style: italic;
  }

  .title {
    margin: 1.25em 0 0.75em;
    font-size: 1.15em;
    text-align: center;
  }

  .codes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: 0.75em;
  }

  .code-block {
    flex: 1 1 60mm;
  }

  .barcode {
    display: block;
    inline-size: 100%;
    max-inline-size: 100mm;
    block-size: 12mm;
  }

  .code-text {
    margin-block-start: 0.25em;
  }

  .code {
    white-space: nowrap;
    font-family: ui-monospace, 'Courier New', monospace;
    letter-spacing: 0.02em;
  }

  .qr-block {
    margin: 0;
    text-align: center;
  }

  .qr-code {
    display: block;
    inline-size: 28mm;
    block-size: 28mm;
    margin-inline: auto;
  }

  .status-link {
    color: var(--_color-primary);
    font-family: var(--_font-family);
    font-size: 0.85em;
  }

  /* Paper only: on screen the link above is followed instead. */
  .status-url {
    display: none;
    font-family: var(--_font-family);
    font-size: 0.75em;
    overflow-wrap: anywhere;
  }

  .fields {
    margin: 0 0 0.5em;
  }

  .field dt,
  .field dd {
    display: inline;
    margin: 0;
  }

  .items {
    margin: 0;
    padding-inline-start: 1.4em;
  }

  .items > li {
    margin-block: 0.3em;
  }

  .documents {
    inline-size: 100%;
    margin-block: 0.3em;
    border-collapse: collapse;
  }

  .documents th,
  .documents td {
    padding: 0.2em 0.4em;
    border: 1px solid var(--_ink);
    vertical-align: top;
  }

  .documents th {
    font-weight: 700;
    overflow-wrap: normal;
  }

  .documents td.name {
    overflow-wrap: anywhere;
  }

  .documents .number,
  .documents .count {
    text-align: center;
  }

  .documents th.count {
    inline-size: 5em;
  }

  .documents tr {
    break-inside: avoid;
  }

  .signatures {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1rem;
    margin-block-start: 1.5em;
    text-align: center;
    break-inside: avoid;
  }

  .signature-hint {
    font-style: italic;
  }

  .signature-name {
    margin-block-start: 20mm;
    font-weight: 700;
  }

  :host([layout='thermal']) .document {
    inline-size: 80mm;
    max-inline-size: 80mm;
    padding: 4mm;
    font-family: var(--_thermal-font-family);
    font-size: 9pt;
    line-height: 1.3;
  }

  :host([layout='thermal']) .header {
    grid-template-columns: 1fr;
  }

  :host([layout='thermal']) .dateline {
    grid-column: 1;
  }

  :host([layout='thermal']) .title {
    font-size: 10.5pt;
  }

  :host([layout='thermal']) .codes {
    flex-direction: column;
    align-items: stretch;
  }

  :host([layout='thermal']) .code-block {
    flex: none;
  }

  :host([layout='thermal']) .barcode {
    max-inline-size: none;
    block-size: 10mm;
  }

  :host([layout='thermal']) .qr-code {
    inline-size: 26mm;
    block-size: 26mm;
  }

  :host([layout='thermal']) .items {
    padding-inline-start: 1.1em;
  }

  :host([layout='thermal']) .documents .number {
    display: none;
  }

  :host([layout='thermal']) .documents th.count {
    inline-size: 1ch;
    font-size: 0.8em;
  }

  :host([layout='thermal']) .signature-name {
    margin-block-start: 12mm;
  }

  @media print {
    .toolbar,
    .message {
      display: none !important;
    }

    .document {
      border: none;
      color: #000000;
      background: #ffffff;
    }

    :host(:not([layout='thermal'])) .document {
      max-inline-size: none;
      padding: 0;
      font-size: 13pt;
    }

    .status-link {
      color: inherit;
      text-decoration: none;
    }

    .status-url {
      display: block;
    }
  }
`;
