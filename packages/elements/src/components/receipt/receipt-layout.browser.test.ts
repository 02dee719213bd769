// <dvc-receipt>'s table of documents as laid out by Chromium, on screen and in print: narrow headers
// (an 80 mm roll leaves about 72 mm for four columns) wrap between words, never inside one. A page of
// its own, as the tests emulate print media page-wide.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { loadExample } from '../../../../../tests/support/examples.js';
import type { Receipt } from '../../base/api-types.js';
import { setLocale } from '../../i18n/localization.js';
import './define.js';
import type { DvcReceipt } from './receipt.js';

let receipt: Receipt;

before(async () => {
  const example = await loadExample<Receipt>('Receipt');
  // A long name too, so that the name column pushes back against the count columns.
  const long = {
    vi: 'Văn bản ủy quyền theo quy định của pháp luật (khi nộp hồ sơ thay người khác)',
    en: 'Power of attorney as required by law (when filing on behalf of someone else)',
  };
  const first = example.documents[0];
  receipt =
    first === undefined
      ? example
      : { ...example, documents: [...example.documents, { ...first, name: long }] };
});

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setLocale('vi');
});

function table(element: DvcReceipt): HTMLTableElement {
  const found = element.shadowRoot?.querySelector<HTMLTableElement>('[part~="documents-table"]');
  if (!found) throw new Error('No documents table');
  return found;
}

/** The visible header cells. */
function headers(element: DvcReceipt): HTMLTableCellElement[] {
  return [...table(element).querySelectorAll('th')].filter(
    (cell) => getComputedStyle(cell).display !== 'none',
  );
}

/** Each word of `cell` (a run of non-space characters, in any of its text nodes) with its range. */
function* wordRanges(cell: Element): Generator<{ word: string; range: Range }> {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      yield { word: match[0], range };
    }
  }
}

/**
 * The words of `cell` that Chromium laid out over more than one line: a word broken inside (by
 * `overflow-wrap`, `word-break` or hyphenation) has one box per line it runs over.
 */
function wordsBrokenInside(cell: Element): string[] {
  const broken: string[] = [];
  for (const { word, range } of wordRanges(cell)) {
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    if (lines.size !== 1) broken.push(word);
  }
  return broken;
}

/** The width of the widest word of `cell`, as laid out. */
function widestWord(cell: Element): number {
  let widest = 0;
  for (const { range } of wordRanges(cell)) widest = Math.max(widest, range.getBoundingClientRect().width);
  return widest;
}

describe('<dvc-receipt> documents table', () => {
  it('finds a word broken inside (the check can fail)', async () => {
    const probe = await fixture<HTMLElement>(
      html`<p style="inline-size: 3ch; overflow-wrap: anywhere; font: 16px sans-serif">Photocopies</p>`,
    );
    expect(wordsBrokenInside(probe)).to.deep.equal(['Photocopies']);
  });

  for (const media of ['screen', 'print'] as const) {
    for (const locale of ['vi', 'en'] as const) {
      for (const layout of ['thermal', 'a4'] as const) {
        it(`wraps the ${layout} headers between words only (${locale}, ${media})`, async () => {
          await emulateMedia({ media });
          await setLocale(locale);
          // On a page that lets words break anywhere and hyphenates: the receipt sets its own rules.
          const element = await fixture<HTMLElement>(
            html`<div style="word-break: break-all; overflow-wrap: anywhere; hyphens: auto">
              <dvc-receipt .receipt=${receipt} layout=${layout}></dvc-receipt>
            </div>`,
          ).then((page) => page.querySelector('dvc-receipt') as DvcReceipt);
          await element.updateComplete;
          const cells = headers(element);
          expect(cells.map((cell) => cell.textContent?.trim())).to.have.length(layout === 'thermal' ? 4 : 5);
          for (const cell of cells) {
            expect(wordsBrokenInside(cell), `header "${cell.textContent?.trim()}"`).to.deep.equal([]);
            // Not unbroken by overflowing instead: each header fits its column.
            expect(cell.scrollWidth, `header "${cell.textContent?.trim()}"`).to.be.at.most(cell.clientWidth);
          }
          // And the table fits the sheet.
          const sheet = element.shadowRoot?.querySelector('[part~="document"]') as HTMLElement;
          expect(table(element).getBoundingClientRect().right).to.be.at.most(
            sheet.getBoundingClientRect().right,
          );
        });
      }
    }
  }

  it('leaves the thermal roll to the names: count columns are as wide as their longest word', async () => {
    for (const locale of ['vi', 'en'] as const) {
      await setLocale(locale);
      const element = await fixture<DvcReceipt>(
        html`<dvc-receipt .receipt=${receipt} layout="thermal"></dvc-receipt>`,
      );
      const [name, ...counts] = headers(element);
      expect(name?.getBoundingClientRect().width).to.be.greaterThan(table(element).clientWidth / 3);
      for (const cell of counts) {
        const style = getComputedStyle(cell);
        const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        // One pixel: `clientWidth` rounds to whole pixels.
        expect(content, `header "${cell.textContent?.trim()}" (${locale})`).to.be.at.most(
          widestWord(cell) + 1,
        );
      }
      // The long name wraps between words too.
      expect([...table(element).querySelectorAll('td.name')].flatMap(wordsBrokenInside)).to.deep.equal([]);
    }
  });

  it('prints the status page’s address under the QR code, and shows the link alone on screen', async () => {
    const element = await fixture<DvcReceipt>(
      html`<dvc-receipt
        .receipt=${receipt}
        status-url="https://dvc.example.vn/tra-cuu?code={code}"
      ></dvc-receipt>`,
    );
    const address = element.shadowRoot?.querySelector<HTMLElement>('[part~="status-url"]');
    expect(address?.textContent?.trim()).to.equal(
      `dvc.example.vn/tra-cuu?code=${encodeURIComponent(receipt.dossierCode)}`,
    );
    expect(address?.getClientRects().length, 'hidden on screen').to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(address?.getClientRects().length, 'shown in print').to.be.greaterThan(0);
    // A long address wraps inside the QR code's column instead of widening the sheet.
    const sheet = element.shadowRoot?.querySelector('[part~="document"]') as HTMLElement;
    expect(address?.getBoundingClientRect().right).to.be.at.most(sheet.getBoundingClientRect().right);
  });
});
