import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CODE39 } from 'jsbarcode/src/barcodes/CODE39/index.js';
import { LitElement } from 'lit';
import { encode } from 'uqr';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { Receipt } from '../../base/api-types.js';
import type { DvcClient } from '../../base/client-context.js';
import '../../define.js';
import { getLocale, setLocale } from '../../i18n/localization.js';
import type { DvcReceipt } from './receipt.js';
import { PRINT_ROOT_ATTRIBUTE } from './receipt-print.js';

const STATUS_URL = 'https://dvc.example.vn/tra-cuu?code={code}';
// The example's submitter has no ID number; give one, to prove the QR code never carries it.
const PERSONAL_ID = '001190024817';

let example: Receipt;
let receipt: Receipt;

before(async () => {
  example = await loadExample<Receipt>('Receipt');
  receipt = { ...example, submitter: { ...example.submitter, personalId: PERSONAL_ID } };
});

afterEach(async () => {
  await setLocale('vi');
});

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

function part(element: Element, name: string): Element {
  const found = element.shadowRoot?.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

// A client that records the codes it is asked for and answers with `load`.
function recordingClient(
  load: (code: string, signal?: AbortSignal) => Promise<Receipt>,
): DvcClient & { calls: string[] } {
  const calls: string[] = [];
  const client = fakeClient({
    dossiers: {
      receipt: (code, options) => {
        calls.push(code);
        return load(code, options?.signal);
      },
    },
  });
  return Object.assign(client, { calls });
}

// Reads the Code 39 symbol back from the SVG: bars → modules → 16-module characters (15 for the
// character, 1 gap) → the characters whose JsBarcode encoding matches.
function decodeBarcode(svg: SVGSVGElement): string {
  const [, , width] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const quietZone = 10;
  const modules = new Array<string>((width ?? 0) - 2 * quietZone).fill('0');
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, w] of path.matchAll(/M(\d+) 0h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) modules[Number(x) - quietZone + i] = '1';
  }
  const patterns = new Map<string, string>();
  for (const character of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%') {
    patterns.set(new CODE39(character, {}).encode().data.slice(16, 31), character);
  }
  const star = new CODE39('A', {}).encode().data.slice(0, 15);
  const chunks = modules.join('').match(/.{16}/g) ?? [];
  expect(chunks[0]?.slice(0, 15), 'start character').to.equal(star);
  expect(chunks.at(-1)?.slice(0, 15), 'stop character').to.equal(star);
  return chunks
    .slice(1, -1)
    .map((chunk) => {
      const runs = chunk.slice(0, 15).match(/1+|0+/g) ?? [];
      // Code 39 is "3 of 9": 5 bars and 4 spaces, exactly 3 of them wide (3 modules), 6 narrow.
      expect(runs).to.have.length(9);
      expect(runs.filter((run) => run.length === 3)).to.have.length(3);
      return patterns.get(chunk.slice(0, 15)) ?? '?';
    })
    .join('');
}

function qrMatrixFromSvg(svg: SVGSVGElement): boolean[][] {
  const [, , extent] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const size = (extent ?? 0) - 8;
  const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) {
      const row = matrix[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return matrix;
}

describe('<dvc-receipt>', () => {
  it('renders Form 01 from the contract example', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${example}></dvc-receipt>`);
    const text = shadowText(element);
    expect(text).to.contain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).to.contain('Độc lập - Tự do - Hạnh phúc');
    expect(text).to.contain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(part(element, 'header').textContent).to.contain('ĐIỂM ĐẠI LÝ DVC – BƯU CỤC BA ĐÌNH');
    expect(text).to.contain('Hà Nội, ngày 27 tháng 11 năm 2025');
    expect(part(element, 'dossier-code').textContent).to.contain('000.00.24.H26-251127-0001');
    expect(text).to.contain('Điểm đại lý DVC – Bưu cục Ba Đình tiếp nhận hồ sơ của:');
    expect(text).to.contain('Ông/Bà: TRẦN MINH ĐỨC');
    expect(text).to.contain('Số 149, tổ dân phố 5, Phường Ba Đình, Thành phố Hà Nội');
    expect(text).to.contain('+84948216073');
    expect(text).to.contain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    expect(text).to.contain('Chủ hồ sơ: NGUYỄN THỊ LAN');
    expect(text).to.contain('Hình thức thu phí, lệ phí: Miễn phí');
    expect(text).to.contain('Số lượng hồ sơ: 01 bộ');
    expect(text).to.contain('Thời gian giải quyết hồ sơ theo quy định: 1 ngày làm việc');
    expect(text).to.contain('Thời gian nhận hồ sơ: 9 giờ 12 phút, ngày 27 tháng 11 năm 2025');
    expect(text).to.contain(
      'Thời gian trả kết quả giải quyết hồ sơ: 9 giờ 12 phút, ngày 28 tháng 11 năm 2025',
    );
    expect(text).to.contain(
      'Nơi trả kết quả: Nhận trực tiếp: Nhận kết quả tại Điểm đại lý DVC – Bưu cục Ba Đình',
    );
    expect(text).to.contain('NGƯỜI NỘP HỒ SƠ');
    expect(text).to.contain('NGƯỜI TIẾP NHẬN HỒ SƠ');

    const rows = [...part(element, 'documents-table').querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).to.deep.equal(
      example.documents.map((document, index) => [
        String(index + 1),
        document.name.vi,
        String(document.originals),
        String(document.certifiedCopies),
        String(document.photocopies),
      ]),
    );
  });

  it('upper-cases names with Vietnamese rules and prints the postal return', async () => {
    const postal = await loadExample<Receipt>('Receipt.postal');
    const lowerCase = {
      ...postal,
      owner: { fullName: 'phạm quốc tuấn' },
      submitter: { ...postal.submitter, fullName: 'trần minh đức' },
    };
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${lowerCase}></dvc-receipt>`);
    const text = shadowText(element);
    expect(text).to.contain('Chủ hồ sơ: PHẠM QUỐC TUẤN');
    expect(text).to.contain('Ông/Bà: TRẦN MINH ĐỨC');
    expect(text).to.contain(
      'Nơi trả kết quả: Qua dịch vụ bưu chính công ích: Gửi qua dịch vụ bưu chính công ích',
    );
    expect(text.normalize('NFC')).to.equal(text);
  });

  it('draws the dossier code as a Code 39 barcode, with the code as text next to it', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`);
    const barcode = part(element, 'barcode') as SVGSVGElement;
    expect(decodeBarcode(barcode)).to.equal('000.00.24.H26-251127-0001');
    expect(barcode.getAttribute('role')).to.equal('img');
    expect(barcode.getAttribute('aria-label')).to.contain('000.00.24.H26-251127-0001');
  });

  it('links the QR code to the status page with the URL-encoded code and no personal data', async () => {
    const odd = { ...receipt, dossierCode: '000.00.24.H26/251127 0001' };
    const element = await fixture<DvcReceipt>(
      html`<dvc-receipt .receipt=${odd} status-url=${STATUS_URL}></dvc-receipt>`,
    );
    const link = part(element, 'status-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://dvc.example.vn/tra-cuu?code=000.00.24.H26%2F251127%200001');
    expect(link.href).not.to.contain(PERSONAL_ID);

    const qr = part(element, 'qr-code') as SVGSVGElement;
    expect(qr.getAttribute('aria-label')).to.equal('Mã QR tra cứu hồ sơ');
    // The symbol drawn is exactly the QR code of the link's URL.
    expect(qrMatrixFromSvg(qr)).to.deep.equal(encode(link.href, { ecc: 'M', border: 0 }).data);
  });

  it('warns and prints no QR code when status-url has no {code}', async () => {
    const capture = captureWarnings();
    try {
      const element = await fixture<DvcReceipt>(
        html`<dvc-receipt .receipt=${receipt} status-url="https://dvc.example.vn/tra-cuu"></dvc-receipt>`,
      );
      expect(element.shadowRoot?.querySelector('[part~="qr-code"]')).to.equal(null);
      expect(capture.warnings.join('\n')).to.contain('{code}');
    } finally {
      capture.restore();
    }
  });

  it('lays out for A4 and for an 80 mm thermal roll', async () => {
    const element = await fixture<DvcReceipt>(
      html`<div style="width: 1000px"><dvc-receipt .receipt=${receipt}></dvc-receipt></div>`,
    ).then((wrapper) => wrapper.querySelector('dvc-receipt') as DvcReceipt);
    const sheet = part(element, 'document') as HTMLElement;
    const mm = 96 / 25.4;
    expect(element.getAttribute('layout')).to.equal('a4');
    expect(sheet.getBoundingClientRect().width).to.be.closeTo(210 * mm, 1);

    element.layout = 'thermal';
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('thermal');
    expect(part(element, 'document').getBoundingClientRect().width).to.be.closeTo(80 * mm, 1);
    const numberHeader = element.shadowRoot?.querySelector('th.number') as HTMLElement;
    expect(getComputedStyle(numberHeader).display).to.equal('none');
  });

  it('falls back to A4, with a warning, for an unknown layout', async () => {
    const capture = captureWarnings();
    try {
      await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt} layout="letter"></dvc-receipt>`);
      expect(capture.warnings.join('\n')).to.contain('unknown layout "letter"');
    } finally {
      capture.restore();
    }
  });

  for (const layout of ['a4', 'thermal'] as const) {
    it(`print() prints a copy of the ${layout} receipt alone and cleans up after printing`, async () => {
      const element = await fixture<DvcReceipt>(
        html`<dvc-receipt .receipt=${receipt} layout=${layout} status-url=${STATUS_URL}></dvc-receipt>`,
      );
      const view = element.ownerDocument.defaultView as Window;
      const originalPrint = view.print;
      let printed: { copy: string; pageRules: string } | undefined;
      view.print = () => {
        const root = element.ownerDocument.querySelector(`body > [${PRINT_ROOT_ATTRIBUTE}]`);
        const pageRules = element.ownerDocument.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n');
        printed = { copy: root?.shadowRoot?.textContent ?? '', pageRules };
        expect(root?.getAttribute('layout')).to.equal(layout);
      };
      try {
        await element.print();
      } finally {
        view.print = originalPrint;
      }
      expect(printed, 'window.print was called').to.not.equal(undefined);
      expect(printed?.copy).to.contain('000.00.24.H26-251127-0001');
      expect(printed?.copy).to.contain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(printed?.pageRules).to.contain(`body > :not([${PRINT_ROOT_ATTRIBUTE}])`);
      expect(printed?.pageRules.toLowerCase()).to.contain(layout === 'a4' ? 'size: a4' : 'size: 80mm');

      view.dispatchEvent(new Event('afterprint'));
      expect(element.ownerDocument.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)).to.equal(null);
      expect(element.ownerDocument.adoptedStyleSheets).to.have.length(0);
    });
  }

  it('print() right after a property change prints the new state', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`);
    const view = element.ownerDocument.defaultView as Window;
    const originalPrint = view.print;
    let layout: string | null = null;
    view.print = () => {
      layout =
        element.ownerDocument.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)?.getAttribute('layout') ?? null;
    };
    try {
      element.layout = 'thermal';
      await element.print();
    } finally {
      view.print = originalPrint;
      view.dispatchEvent(new Event('afterprint'));
    }
    expect(layout).to.equal('thermal');
  });

  it('warns and shows nothing for a receipt that does not match the contract', async () => {
    const capture = captureWarnings();
    try {
      const malformed = { dossierCode: 'X-1' } as unknown as Receipt;
      const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${malformed}></dvc-receipt>`);
      expect(element.shadowRoot?.querySelector('[part~="document"]')).to.equal(null);
      expect(capture.warnings.join('\n')).to.contain('does not match the contract');
    } finally {
      capture.restore();
    }
  });

  it('prints from its print button unless the app cancels dvc-receipt-print', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`);
    const view = element.ownerDocument.defaultView as Window;
    const originalPrint = view.print;
    let prints = 0;
    view.print = () => {
      prints++;
    };
    try {
      const button = part(element, 'print-button') as HTMLButtonElement;
      const event = oneEvent(element, 'dvc-receipt-print');
      button.click();
      const { detail } = await event;
      expect(detail.receipt).to.equal(receipt);
      expect(detail.layout).to.equal('a4');
      expect(prints).to.equal(1);

      element.addEventListener('dvc-receipt-print', (cancelled) => cancelled.preventDefault(), {
        once: true,
      });
      button.click();
      expect(prints).to.equal(1);
    } finally {
      view.print = originalPrint;
      view.dispatchEvent(new Event('afterprint'));
    }
  });

  it('has no accessibility violations, in both layouts', async () => {
    const a4 = await fixture<DvcReceipt>(
      html`<dvc-receipt .receipt=${receipt} status-url=${STATUS_URL}></dvc-receipt>`,
    );
    await expectNoAxeViolations(a4);
    const thermal = await fixture<DvcReceipt>(
      html`<dvc-receipt .receipt=${receipt} status-url=${STATUS_URL} layout="thermal"></dvc-receipt>`,
    );
    await expectNoAxeViolations(thermal);
  });

  it('loads the receipt for a code through its client, announcing it once rendered', async () => {
    const client = recordingClient(async () => receipt);
    const element = document.createElement('dvc-receipt');
    element.client = client;
    element.code = '  000.00.24.H26-251127-0001 ';
    const loaded = new Promise<boolean>((resolve) => {
      element.addEventListener('dvc-receipt-load', () => {
        // Rendered by the time the event fires: an app can print straight away.
        resolve(element.shadowRoot?.querySelector('[part~="document"]') !== null);
      });
    });
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
    expect(await loaded).to.equal(true);
    expect(client.calls).to.deep.equal(['000.00.24.H26-251127-0001']);
    expect(shadowText(element)).to.contain('NGUYỄN THỊ LAN');
  });

  it('shows a retryable error with the client’s user message when loading fails', async () => {
    let fail = true;
    const client = recordingClient(async () => {
      if (fail) throw Object.assign(new Error('HTTP 503'), { userMessage: 'Hệ thống đang bận.' });
      return receipt;
    });
    const element = document.createElement('dvc-receipt');
    element.client = client;
    element.code = receipt.dossierCode;
    const failed = oneEvent(element, 'dvc-receipt-error');
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
    const { detail } = await failed;
    expect((detail.error as Error).message).to.equal('HTTP 503');
    const message = part(element, 'message');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('Không tải được giấy tiếp nhận.');
    expect(message.textContent).to.contain('Hệ thống đang bận.');

    fail = false;
    const loaded = oneEvent(element, 'dvc-receipt-load');
    (part(element, 'retry-button') as HTMLButtonElement).click();
    await loaded;
    expect(client.calls).to.have.length(2);
    expect(part(element, 'dossier-code').textContent).to.contain(receipt.dossierCode);
  });

  it('aborts a load made stale by a new code', async () => {
    const signals: AbortSignal[] = [];
    const client = recordingClient(
      (_code, signal) =>
        new Promise((resolve) => {
          if (signal) signals.push(signal);
          setTimeout(() => resolve(receipt), 50);
        }),
    );
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .client=${client} code="A-1"></dvc-receipt>`);
    element.code = 'A-2';
    await oneEvent(element, 'dvc-receipt-load');
    expect(client.calls).to.deep.equal(['A-1', 'A-2']);
    expect(signals[0]?.aborted).to.equal(true);
    expect(signals[1]?.aborted).to.equal(false);
  });

  it('warns when it has a code but no client', async () => {
    const capture = captureWarnings();
    try {
      const element = await fixture<DvcReceipt>(html`<dvc-receipt code="A-1"></dvc-receipt>`);
      await aTimeout(0);
      expect(capture.warnings.join('\n')).to.contain('no client');
      expect(element.shadowRoot?.querySelector('[part~="message"]')).to.equal(null);
    } finally {
      capture.restore();
    }
  });

  it('switches vi → en and back without losing the loaded receipt', async () => {
    const client = recordingClient(async () => receipt);
    const element = document.createElement('dvc-receipt');
    Object.assign(element, { client, code: receipt.dossierCode, layout: 'thermal' });
    const loaded = oneEvent(element, 'dvc-receipt-load');
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
    await loaded;
    expect(shadowText(element)).to.contain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');

    await setLocale('en');
    await element.updateComplete;
    expect(getLocale()).to.equal('en');
    const text = shadowText(element);
    expect(text).to.contain('DOSSIER RECEIPT AND RESULT APPOINTMENT');
    expect(text).to.contain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(text).to.contain('Request: Birth registration');
    expect(text).to.contain('Received at: 9:12, 27/11/2025');
    expect(text).to.contain('Number of sets: 1 set');
    expect(text).to.contain('1 working day');
    expect(text).to.contain(
      'Public service agent point – VNPost Ba Dinh post office has received the dossier of:',
    );
    expect(part(element, 'base').getAttribute('lang')).to.equal('en');
    // State kept: same data, same layout, no second request.
    expect(part(element, 'dossier-code').textContent).to.contain(receipt.dossierCode);
    expect(element.layout).to.equal('thermal');
    expect(client.calls).to.have.length(1);

    await setLocale('vi');
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
  });

  it('works inside another element’s shadow root, printing included', async () => {
    class ReceiptHost extends LitElement {
      data: Receipt | undefined;
      protected override render() {
        return html`<section><dvc-receipt .receipt=${this.data}></dvc-receipt></section>`;
      }
    }
    customElements.define('dvc-test-receipt-host', ReceiptHost);
    const host = document.createElement('dvc-test-receipt-host') as ReceiptHost;
    host.data = receipt;
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(host));
    await host.updateComplete;
    const element = host.shadowRoot?.querySelector('dvc-receipt') as DvcReceipt;
    await element.updateComplete;
    expect(decodeBarcode(part(element, 'barcode') as SVGSVGElement)).to.equal(receipt.dossierCode);

    const view = element.ownerDocument.defaultView as Window;
    const originalPrint = view.print;
    let copy = '';
    view.print = () => {
      copy = document.querySelector(`body > [${PRINT_ROOT_ATTRIBUTE}]`)?.shadowRoot?.textContent ?? '';
    };
    try {
      await element.print();
    } finally {
      view.print = originalPrint;
      view.dispatchEvent(new Event('afterprint'));
    }
    expect(copy).to.contain('NGUYỄN THỊ LAN');
  });
});
