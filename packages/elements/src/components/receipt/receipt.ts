import { msg } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Receipt } from '../../base/api-types.js';
import { buttonStyles } from '../../base/button-styles.js';
import { errorText } from '../../base/client-error.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { LazyPart, settleLazyParts } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import { receiptStyles } from './receipt.styles.js';
import { renderReceiptDocument } from './receipt-document.js';
import {
  type CodeEncoder,
  type CodeRenderer,
  RECEIPT_ENCODER_IMPORTS,
  type ReceiptEncoderImports,
} from './receipt-encoders.js';
import { printReceiptCopy, RECEIPT_LAYOUTS, type ReceiptLayout } from './receipt-print.js';
import { STATUS_URL_CODE_PLACEHOLDER, statusPageUrl } from './status-url.js';

/** `detail` of `dvc-receipt-load`. */
export interface DvcReceiptLoadDetail {
  /** The receipt loaded for `code`. */
  readonly receipt: Receipt;
}

/** `detail` of `dvc-receipt-error`. */
export interface DvcReceiptErrorDetail {
  /** What the client threw (a `DvcError` from `@dvc-kit/client`, with a `userMessage`). */
  readonly error: unknown;
}

/** `detail` of `dvc-receipt-print`. */
export interface DvcReceiptPrintDetail {
  readonly receipt: Receipt;
  readonly layout: ReceiptLayout;
}

const DEFAULT_PLACE_NAME = 'Hà Nội';

/**
 * The printable receipt of a dossier — Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" — with the
 * dossier code as a Code 39 barcode and a QR code that opens the status page.
 *
 * Give it the data (`.receipt`, e.g. from `client.dossiers.create()`), or a `code` and a client (its
 * own `.client` or a `<dvc-provider>`'s) and it loads `client.dossiers.receipt(code)`. `print()`
 * prints the receipt alone, on A4 or on an 80 mm thermal roll (`layout`).
 *
 * @summary The printable receipt of a dossier (Form 01) with barcode and QR code.
 * @tagname dvc-receipt
 *
 * @event {CustomEvent<DvcReceiptLoadDetail>} dvc-receipt-load - The receipt for `code` has loaded.
 * @event {CustomEvent<DvcReceiptErrorDetail>} dvc-receipt-error - Loading the receipt for `code` failed.
 * @event {CustomEvent<DvcReceiptPrintDetail>} dvc-receipt-print - The user pressed the print button.
 *   Cancelable: call `preventDefault()` to print another way (e.g. straight to a receipt printer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row holding the print button (hidden in print).
 * @csspart print-button - The print button.
 * @csspart message - The loading and error messages (hidden in print).
 * @csspart retry-button - The button that retries a failed load.
 * @csspart document - The receipt's sheet: what gets printed.
 * @csspart header - The receiving unit, the national header and the dateline.
 * @csspart title - "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ".
 * @csspart barcode - The Code 39 barcode (SVG).
 * @csspart dossier-code - The dossier code as text, next to the barcode.
 * @csspart qr-code - The QR code (SVG) linking to the status page.
 * @csspart status-link - The link to the status page under the QR code.
 * @csspart status-url - The status page's address as text under the QR code, printed only (paper has no links).
 * @csspart documents-table - The table of submitted documents.
 * @csspart signatures - The signature blocks of submitter and receiver.
 *
 * @cssproperty --dvc-receipt-font-family - The A4 document's font. Default: Times New Roman and other serifs.
 * @cssproperty --dvc-receipt-thermal-font-family - The thermal document's font. Default: `--dvc-font-family`, else Arial.
 * @cssproperty --dvc-receipt-font-size - The A4 document's font size on screen (print uses 13 pt). Default: `--dvc-font-size`.
 * @cssproperty --dvc-receipt-ink-color - The document's text and rules. Default: `#1a1a1a`.
 * @cssproperty --dvc-receipt-paper-color - The sheet. Default: `#ffffff`.
 * @cssproperty --dvc-receipt-border-color - The sheet's outline on screen. Default: `--dvc-color-border`.
 *
 * @example
 * <dvc-receipt code="000.00.24.H26-251127-0001" status-url="https://dvc.example.vn/tra-cuu?code={code}"
 *   layout="thermal"></dvc-receipt>
 */
export class DvcReceipt extends DvcElement {
  static override styles = [hostStyles, buttonStyles, receiptStyles];

  /**
   * @internal How the encoders are imported. A subclass may import them otherwise (tests see the
   * element through a slow or failed download this way).
   */
  protected static encoderImports: ReceiptEncoderImports = RECEIPT_ENCODER_IMPORTS;

  /** The receipt to show. Takes precedence over `code`. */
  @property({ attribute: false })
  receipt: Receipt | undefined;

  /** A dossier code to load the receipt of, with the client, when `.receipt` is not set. */
  @property()
  code: string | undefined;

  /**
   * The status page the QR code and link open, with `{code}` where the dossier code goes (URL-encoded),
   * e.g. `https://dvc.example.vn/tra-cuu?code={code}`. Relative URLs resolve against the page. Without
   * it the receipt has no QR code. Only the code goes in — never personal data.
   */
  @property({ attribute: 'status-url' })
  statusUrl: string | undefined;

  /** `a4` (default) or `thermal` (80 mm receipt printer), on screen and in print. */
  @property({ reflect: true })
  layout: ReceiptLayout = 'a4';

  /** The place on the dateline ("Hà Nội, ngày …"). */
  @property({ attribute: 'place-name' })
  placeName: string = DEFAULT_PLACE_NAME;

  /** Hides the print button (the app prints with `print()` or its own button). */
  @property({ type: Boolean, attribute: 'hide-print-button' })
  hidePrintButton = false;

  private readonly loader = new Task(this, {
    args: () => [this.codeToLoad, this.activeClient] as const,
    task: async ([code, client], { signal }) => {
      if (code === undefined) return initialState;
      if (client === undefined) {
        this.warnIfStillWithoutClient();
        return initialState;
      }
      return client.dossiers.receipt(code, { signal });
    },
    // Announced once rendered (see `updated`), so a listener can call `print()` straight away.
    onComplete: (receipt) => {
      this.pendingAnnouncement = { type: 'dvc-receipt-load', detail: { receipt } };
    },
    onError: (error) => {
      this.pendingAnnouncement = { type: 'dvc-receipt-error', detail: { error } };
    },
  });

  private pendingAnnouncement:
    | { readonly type: 'dvc-receipt-load'; readonly detail: DvcReceiptLoadDetail }
    | { readonly type: 'dvc-receipt-error'; readonly detail: DvcReceiptErrorDetail }
    | undefined;

  // The encoders, imported when a receipt is first shown (the QR one only with a status page).
  private readonly barcodePart = new LazyPart(this, () =>
    (this.constructor as typeof DvcReceipt).encoderImports.barcode(),
  );
  private readonly qrCodePart = new LazyPart(this, () =>
    (this.constructor as typeof DvcReceipt).encoderImports.qrCode(),
  );

  // The print that waits for the encoders to land, while it waits.
  private waitingPrint: Promise<void> | undefined;

  // The filled status-page URL, recomputed when the template or the receipt changes.
  private qrUrl: string | undefined;
  private readonly warnings = new Set<string>();

  /**
   * Prints the receipt alone (not the rest of the page) in the current `layout`, with its barcode and
   * QR code: when their encoders are still on their way (they load with the first receipt shown), it
   * waits for them. Resolves once the browser has been asked to print.
   *
   * Does nothing, with a warning, before a receipt is shown. When an encoder could not be loaded, it
   * prints the receipt without that code (the dossier code is always there as text), with a warning.
   */
  print(): Promise<void> {
    // A print already waiting for the encoders covers this call too: two presses of the print button
    // while they load must not open two print dialogs one after the other.
    if (this.waitingPrint !== undefined) return this.waitingPrint;
    // Print what the properties say now, even if they changed in this same task (e.g. `layout`).
    this.flushUpdate();
    // Wait only when an encoder is on its way: otherwise the browser is asked to print within this
    // call, as before, straight from the user's click on the print button.
    if (!this.encodersLoading) {
      this.printShown();
      return Promise.resolve();
    }
    this.waitingPrint = this.updateComplete
      .then(() => this.printShown())
      .finally(() => {
        this.waitingPrint = undefined;
      });
    return this.waitingPrint;
  }

  /**
   * Resolves when the element has rendered, with the barcode and QR code drawn (or left out when their
   * encoders could not be loaded).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLazyParts([this.barcodePart, this.qrCodePart], () => super.getUpdateComplete());
  }

  private get encodersLoading(): boolean {
    return this.barcodePart.status === 'loading' || this.qrCodePart.status === 'loading';
  }

  private flushUpdate(): void {
    if (this.isConnected && this.isUpdatePending) this.performUpdate();
  }

  private printShown(): void {
    this.flushUpdate();
    const paper = this.renderRoot?.querySelector('[part~="document"]') ?? null;
    if (paper === null) {
      warn('<dvc-receipt>.print() was called before a receipt was shown; nothing to print.');
      return;
    }
    const missing = [
      ...(this.barcodePart.status === 'failed' ? ['barcode'] : []),
      ...(this.qrUrl !== undefined && this.qrCodePart.status === 'failed' ? ['QR code'] : []),
    ];
    if (missing.length > 0) {
      const cause = missing.length > 1 ? 'their encoders' : 'its encoder';
      warn(
        `<dvc-receipt> prints without its ${missing.join(' and ')}: ${cause} could not be loaded. The dossier code is printed as text.`,
      );
    }
    printReceiptCopy({
      host: this,
      paper,
      layout: this.effectiveLayout,
      styles: (this.constructor as typeof DvcReceipt).elementStyles,
    });
  }

  /** The receipt on show: `.receipt`, else the one loaded for `code`. */
  private get shownReceipt(): Receipt | undefined {
    if (this.receipt !== undefined) return this.receipt;
    return this.loader.status === TaskStatus.COMPLETE ? this.loader.value : undefined;
  }

  private get codeToLoad(): string | undefined {
    if (this.receipt !== undefined) return undefined;
    const code = this.code?.trim();
    return code === '' ? undefined : code;
  }

  private get effectiveLayout(): ReceiptLayout {
    return (RECEIPT_LAYOUTS as readonly string[]).includes(this.layout) ? this.layout : 'a4';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && this.effectiveLayout !== this.layout) {
      this.warnOnce(
        `layout:${this.layout}`,
        `<dvc-receipt> has an unknown layout ${JSON.stringify(this.layout)}; using a4.`,
      );
    }
    this.qrUrl = this.computeQrUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const announcement = this.pendingAnnouncement;
    if (announcement === undefined) return;
    this.pendingAnnouncement = undefined;
    if (announcement.type === 'dvc-receipt-load') {
      emit<DvcReceiptEventMap, 'dvc-receipt-load'>(this, 'dvc-receipt-load', announcement.detail);
    } else {
      emit<DvcReceiptEventMap, 'dvc-receipt-error'>(this, 'dvc-receipt-error', announcement.detail);
    }
  }

  protected override render(): TemplateResult {
    const receipt = this.shownReceipt;
    const document = receipt === undefined ? undefined : this.renderDocument(receipt);
    return html`<div part="base" class="base" lang=${this.locale}>
      ${document !== undefined && !this.hidePrintButton ? this.renderToolbar() : nothing}
      ${document ?? this.renderState()}
    </div>`;
  }

  // A receipt that does not match the contract (an app passing its own object) is reported and not
  // shown, rather than breaking the element.
  private renderDocument(receipt: Receipt): TemplateResult | undefined {
    try {
      return renderReceiptDocument(receipt, {
        locale: this.locale,
        placeName: this.placeName,
        statusUrl: this.qrUrl,
        barcode: this.encoder(this.barcodePart, (module) => module.renderCode39),
        qrCode:
          this.qrUrl === undefined
            ? 'unavailable'
            : this.encoder(this.qrCodePart, (module) => module.renderQrCode),
      });
    } catch (error) {
      this.warnOnce(
        'malformed-receipt',
        '<dvc-receipt> cannot show this receipt: it does not match the contract.',
        error,
      );
      return undefined;
    }
  }

  // Asking for an encoder starts its import the first time; the element re-renders when it lands.
  private encoder<Module>(part: LazyPart<Module>, renderer: (module: Module) => CodeRenderer): CodeEncoder {
    const module = part.load();
    if (module !== undefined) return renderer(module);
    return part.status === 'failed' ? 'unavailable' : 'loading';
  }

  private renderToolbar(): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <button part="print-button" class="button" type="button" @click=${this.onPrintClick}>
        ${msg('In giấy tiếp nhận', { id: 'receipt.print' })}
      </button>
    </div>`;
  }

  private renderState(): TemplateResult | typeof nothing {
    if (this.codeToLoad === undefined || this.activeClient === undefined) return nothing;
    if (this.loader.status === TaskStatus.ERROR) {
      const detail = errorText(this.loader.error, this.locale, this.activeClient?.locale);
      return html`<div part="message" class="message error" role="alert">
        <p>
          ${msg('Không tải được giấy tiếp nhận.', { id: 'receipt.load-failed' })}
          ${detail === undefined ? nothing : html`<span class="detail">${detail}</span>`}
        </p>
        <button part="retry-button" class="button secondary" type="button" @click=${this.onRetryClick}>
          ${msg('Thử lại', { id: 'common.retry' })}
        </button>
      </div>`;
    }
    return html`<p part="message" class="message" role="status">
      ${msg('Đang tải giấy tiếp nhận…', { id: 'receipt.loading' })}
    </p>`;
  }

  private computeQrUrl(): string | undefined {
    const receipt = this.shownReceipt;
    if (this.statusUrl === undefined || this.statusUrl === '' || receipt === undefined) return undefined;
    const result = statusPageUrl(this.statusUrl, receipt.dossierCode, this.ownerDocument.baseURI);
    if (result.ok) return result.url;
    const reasons = {
      'missing-placeholder': `it has no ${STATUS_URL_CODE_PLACEHOLDER} placeholder`,
      'invalid-url': 'it is not a valid URL',
      'unsupported-protocol': 'only http and https URLs can be printed as a QR code',
    } as const;
    this.warnOnce(
      `status-url:${this.statusUrl}`,
      `<dvc-receipt> ignores status-url ${JSON.stringify(this.statusUrl)}: ${reasons[result.problem]}; the receipt has no QR code.`,
    );
    return undefined;
  }

  // A provider defined later in the same page load (another module, the define files in any order)
  // still reaches the element: only warn if, one task later, there is still no client.
  private warnIfStillWithoutClient(): void {
    setTimeout(() => {
      if (this.isConnected && this.codeToLoad !== undefined && this.activeClient === undefined) {
        this.warnOnce(
          'missing-client',
          '<dvc-receipt> has a code but no client: set .client or wrap it in <dvc-provider>.',
        );
      }
    }, 0);
  }

  private onPrintClick(): void {
    const receipt = this.shownReceipt;
    if (receipt === undefined) return;
    const detail: DvcReceiptPrintDetail = { receipt, layout: this.effectiveLayout };
    const proceed = emit<DvcReceiptEventMap, 'dvc-receipt-print'>(this, 'dvc-receipt-print', detail, {
      cancelable: true,
    });
    if (proceed) {
      this.print().catch((error: unknown) => warn('<dvc-receipt> could not print.', error));
    }
  }

  private onRetryClick(): void {
    void this.loader.run();
  }

  private warnOnce(key: string, message: string, ...details: unknown[]): void {
    if (this.warnings.has(key)) return;
    this.warnings.add(key);
    warn(message, ...details);
  }
}

/** The events of `<dvc-receipt>`, by type. */
export interface DvcReceiptEventMap {
  'dvc-receipt-load': CustomEvent<DvcReceiptLoadDetail>;
  'dvc-receipt-error': CustomEvent<DvcReceiptErrorDetail>;
  'dvc-receipt-print': CustomEvent<DvcReceiptPrintDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-receipt': DvcReceipt;
  }
  interface HTMLElementEventMap {
    'dvc-receipt-load': CustomEvent<DvcReceiptLoadDetail>;
    'dvc-receipt-error': CustomEvent<DvcReceiptErrorDetail>;
    'dvc-receipt-print': CustomEvent<DvcReceiptPrintDetail>;
  }
}
