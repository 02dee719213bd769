// <dvc-receipt>'s encoders (Code 39 and QR) loaded on demand: what a page downloads before and after a
// receipt is shown, the boxes kept while they load, `updateComplete` and `print()` waiting for them,
// and a receipt whose encoders cannot be loaded. A page of its own (web-test-runner runs each test file
// in a fresh page), so that no encoder is loaded before a test asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { loadExample } from '../../../../../tests/support/examples.js';
import type { Receipt } from '../../base/api-types.js';
import './define.js';
import { DvcReceipt } from './receipt.js';
import { RECEIPT_ENCODER_IMPORTS, type ReceiptEncoderImports } from './receipt-encoders.js';
import { PRINT_ROOT_ATTRIBUTE } from './receipt-print.js';

const STATUS_URL = 'https://dvc.example.vn/tra-cuu?code={code}';

let receipt: Receipt;

before(async () => {
  // Room to record what the tests download (the page's own modules fill the default 250 entries).
  performance.setResourceTimingBufferSize(1000);
  receipt = await loadExample<Receipt>('Receipt');
});

/** Which of the encoders' modules (and their libraries) the page has requested so far. */
function requestedEncoders(): string[] {
  const modules = {
    'code39-barcode': '/components/receipt/code39-barcode.',
    jsbarcode: '/jsbarcode/',
    'qr-code': '/components/receipt/qr-code.',
    uqr: '/uqr/',
  };
  const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
  return Object.entries(modules)
    .filter(([, path]) => requested.some((url) => url.includes(path)))
    .map(([name]) => name);
}

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

function part(element: Element, name: string): Element {
  const found = root(element).querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

function box(element: Element): { x: number; y: number; width: number; height: number } {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}

/** Replaces `window.print` while `run` runs, recording what the print copy held at each print. */
async function capturePrints(run: () => Promise<void>): Promise<DocumentFragment[]> {
  const copies: DocumentFragment[] = [];
  const originalPrint = window.print;
  window.print = () => {
    const copy = document.querySelector(`body > [${PRINT_ROOT_ATTRIBUTE}]`)?.shadowRoot;
    const fragment = document.createDocumentFragment();
    for (const node of copy?.childNodes ?? []) fragment.append(node.cloneNode(true));
    copies.push(fragment);
  };
  try {
    await run();
  } finally {
    window.print = originalPrint;
    window.dispatchEvent(new Event('afterprint'));
  }
  return copies;
}

// The receipt with its encoders held back until the test lets them through, as on a slow line.
let releaseEncoders: () => void = () => {};
let encodersReleased: Promise<void> = Promise.resolve();

function holdEncoders(): void {
  encodersReleased = new Promise((resolve) => {
    releaseEncoders = resolve;
  });
}

class SlowEncodersReceipt extends DvcReceipt {
  protected static override encoderImports: ReceiptEncoderImports = {
    barcode: () => encodersReleased.then(() => RECEIPT_ENCODER_IMPORTS.barcode()),
    qrCode: () => encodersReleased.then(() => RECEIPT_ENCODER_IMPORTS.qrCode()),
  };
}
customElements.define('dvc-test-slow-encoders-receipt', SlowEncodersReceipt);

// The receipt on a page whose encoder chunks cannot be fetched (a deployment that left them out).
class MissingEncodersReceipt extends DvcReceipt {
  protected static override encoderImports: ReceiptEncoderImports = {
    barcode: () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: code39-barcode.js')),
    qrCode: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: qr-code.js')),
  };
}
customElements.define('dvc-test-missing-encoders-receipt', MissingEncodersReceipt);

describe('<dvc-receipt> encoders loaded on demand', () => {
  it('downloads no encoder until a receipt is shown, and the QR encoder only with a status page', async () => {
    const empty = await fixture<DvcReceipt>(html`<dvc-receipt status-url=${STATUS_URL}></dvc-receipt>`);
    expect(root(empty).querySelector('[part~="document"]')).to.equal(null);
    expect(requestedEncoders()).to.deep.equal([]);

    const withoutStatusPage = await fixture<DvcReceipt>(
      html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`,
    );
    expect(part(withoutStatusPage, 'barcode').localName).to.equal('svg');
    expect(requestedEncoders()).to.deep.equal(['code39-barcode', 'jsbarcode']);

    empty.receipt = receipt;
    await empty.updateComplete;
    expect(part(empty, 'qr-code').localName).to.equal('svg');
    expect(requestedEncoders()).to.deep.equal(['code39-barcode', 'jsbarcode', 'qr-code', 'uqr']);
  });

  it('resolves updateComplete with both codes drawn', async () => {
    const element = document.createElement('dvc-receipt');
    element.receipt = receipt;
    element.statusUrl = STATUS_URL;
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(part(element, 'barcode').querySelector('path')?.getAttribute('d')).to.match(/^M10 0h/);
      expect(part(element, 'qr-code').querySelector('path')?.getAttribute('d')).to.match(/^M0 0h7/);
      expect(root(element).querySelector('.code-pending')).to.equal(null);
    } finally {
      element.remove();
    }
  });

  for (const layout of ['a4', 'thermal'] as const) {
    it(`keeps the codes' boxes while the encoders load, so nothing moves (${layout})`, async () => {
      holdEncoders();
      const element = document.createElement('dvc-test-slow-encoders-receipt') as SlowEncodersReceipt;
      Object.assign(element, { receipt, statusUrl: STATUS_URL, layout });
      await fixture(html`<div style="width: 1000px"></div>`).then((wrapper) => wrapper.append(element));
      // The first render, encoders on their way: `updateComplete` would wait for them.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const pending = [...root(element).querySelectorAll('.code-pending')];
      expect(pending.map((placeholder) => placeholder.classList[0])).to.deep.equal(['barcode', 'qr-code']);
      const [barcodeBox, qrBox] = pending.map(box);
      const codeText = box(part(element, 'dossier-code'));
      const table = box(part(element, 'documents-table'));
      expect(barcodeBox?.height).to.be.greaterThan(30);
      expect(qrBox?.height).to.be.greaterThan(90);
      await expectNoAxeViolations(element);

      releaseEncoders();
      await element.updateComplete;
      expect(box(part(element, 'barcode'))).to.deep.equal(barcodeBox);
      expect(box(part(element, 'qr-code'))).to.deep.equal(qrBox);
      expect(box(part(element, 'dossier-code'))).to.deep.equal(codeText);
      expect(box(part(element, 'documents-table'))).to.deep.equal(table);
    });
  }

  it('print() waits for the encoders: the printed receipt carries both codes', async () => {
    holdEncoders();
    const element = document.createElement('dvc-test-slow-encoders-receipt') as SlowEncodersReceipt;
    Object.assign(element, { receipt, statusUrl: STATUS_URL });
    document.body.append(element);
    try {
      let printed = false;
      const copies = await capturePrints(async () => {
        const printing = element.print().then(() => {
          printed = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(printed, 'printed before the encoders landed').to.equal(false);
        expect(document.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)).to.equal(null);
        releaseEncoders();
        await printing;
      });
      expect(copies).to.have.length(1);
      const copy = copies[0] as DocumentFragment;
      expect(copy.querySelector('[part~="barcode"] path')?.getAttribute('d')).to.equal(
        part(element, 'barcode').querySelector('path')?.getAttribute('d'),
      );
      expect(copy.querySelector('[part~="qr-code"] path')?.getAttribute('d')).to.equal(
        part(element, 'qr-code').querySelector('path')?.getAttribute('d'),
      );
      expect(copy.querySelector('.code-pending')).to.equal(null);
    } finally {
      element.remove();
    }
  });

  it('prints once when the print button is pressed twice while the encoders load', async () => {
    holdEncoders();
    const element = document.createElement('dvc-test-slow-encoders-receipt') as SlowEncodersReceipt;
    Object.assign(element, { receipt, statusUrl: STATUS_URL });
    document.body.append(element);
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const copies = await capturePrints(async () => {
        const button = part(element, 'print-button') as HTMLButtonElement;
        button.click();
        button.click();
        const first = element.print();
        expect(element.print(), 'the same print in flight').to.equal(first);
        releaseEncoders();
        await first;
      });
      expect(copies).to.have.length(1);
    } finally {
      element.remove();
    }
  });

  it('print() straight after a receipt is set prints both codes', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt status-url=${STATUS_URL}></dvc-receipt>`);
    const copies = await capturePrints(async () => {
      element.receipt = receipt;
      await element.print();
    });
    expect(copies).to.have.length(1);
    expect(copies[0]?.querySelector('svg[part~="barcode"]')).to.not.equal(null);
    expect(copies[0]?.querySelector('svg[part~="qr-code"]')).to.not.equal(null);
  });

  it('shows and prints the dossier code as text, with warnings, when the encoders cannot be loaded', async () => {
    const capture = captureWarnings();
    try {
      const element = document.createElement('dvc-test-missing-encoders-receipt') as MissingEncodersReceipt;
      Object.assign(element, { receipt, statusUrl: STATUS_URL });
      await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
      await element.updateComplete;
      expect(root(element).querySelector('[part~="barcode"], [part~="qr-code"], .code-pending')).to.equal(
        null,
      );
      expect(part(element, 'dossier-code').textContent).to.contain(receipt.dossierCode);
      expect(capture.warnings.join('\n')).to.contain('code39-barcode.js');
      expect(capture.warnings.join('\n')).to.contain('qr-code.js');

      capture.warnings.length = 0;
      const copies = await capturePrints(() => element.print());
      expect(copies).to.have.length(1);
      expect(copies[0]?.textContent).to.contain(receipt.dossierCode);
      expect(copies[0]?.textContent).to.contain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(capture.warnings.join('\n')).to.contain('prints without its barcode and QR code');
    } finally {
      capture.restore();
    }
  });
});
