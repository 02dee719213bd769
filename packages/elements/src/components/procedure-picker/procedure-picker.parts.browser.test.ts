// <dvc-procedure-picker>'s detail view, loaded on demand: what a page downloads and when, the loading
// state, and the notice when the download fails. A page of its own (web-test-runner runs each test file
// in a fresh page), so that the detail view is not loaded before the first test opens a procedure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { DvcClient } from '../../base/client-context.js';
import './define.js';
import { setLocale } from '../../i18n/localization.js';
import type * as DetailPart from './procedure-detail.js';
import { DECLARATION_FORM, procedureDetail, procedurePage } from './procedure-fixtures.testing.js';
import { DvcProcedurePicker } from './procedure-picker.js';
import type { ProcedureSummary } from './procedure-types.js';

before(() => {
  // Room to record what the tests download (the page's own modules fill the default 250 entries).
  performance.setResourceTimingBufferSize(1000);
  performance.clearResourceTimings();
});

afterEach(async () => {
  await setLocale('vi');
  // Out of the way of the next fixture, which would otherwise appear under the pointer.
  await resetMouse();
});

// ---- Reading the element ----

function shadow(element: DvcProcedurePicker): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

const part = (element: DvcProcedurePicker, name: string) =>
  shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const input = (element: DvcProcedurePicker) => part(element, 'input') as HTMLInputElement;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The part the focus is on, inside the picker (assertions on DOM nodes would print whole trees). */
const focusedPart = (element: DvcProcedurePicker) => shadow(element).activeElement?.getAttribute('part');
const options = (element: DvcProcedurePicker) => [
  ...shadow(element).querySelectorAll<HTMLElement>('[role="option"]'),
];
/** The loading line or failure notice that stands in for the detail view (not the detail's own). */
const detailStandIn = (element: DvcProcedurePicker) =>
  shadow(element).querySelector<HTMLElement>('.results > [part~="message"]');

async function loaded(element: DvcProcedurePicker): Promise<void> {
  await waitUntil(() => options(element).length > 0, 'the catalogue should load', { timeout: 8000 });
}

async function press(element: DvcProcedurePicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

/** Whether the page has requested the detail view's module (not its styles' module). */
function requestedDetailView(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/procedure-detail\.(js|ts)(\?|$)/.test(entry.name));
}

/** Every text the detail's stand-in showed, recorded at each change of the shadow root. */
function recordStandIns(element: DvcProcedurePicker): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const standIn = detailStandIn(element);
    if (standIn && texts.at(-1) !== text(standIn)) texts.push(text(standIn));
  });
  observer.observe(shadow(element), { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

// ---- A small catalogue ----

const FIELD = { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } };

const PROCEDURES: ProcedureSummary[] = Array.from({ length: 12 }, (_, index) => ({
  code: `1.${String(300000 + index)}`,
  name: { vi: `Đăng ký hộ tịch số ${index}`, en: `Civil registration ${index}` },
  field: FIELD,
  levels: ['COMMUNE'],
  onlineLevel: 'FULL',
  agentAssisted: false,
  channels: [
    { channel: 'IN_PERSON', processingTime: { value: 3, unit: 'WORKING_DAYS' }, fee: { amount: 0 } },
  ],
}));

function catalogueClient(): DvcClient {
  return fakeClient({
    procedures: {
      list: async (query = {}) => procedurePage(PROCEDURES, query),
      get: async (code) => {
        const summary = PROCEDURES.find((procedure) => procedure.code === code);
        if (!summary) throw Object.assign(new Error('404'), { name: 'DvcApiError' });
        return procedureDetail(summary, { requiredDocuments: [DECLARATION_FORM] });
      },
    },
    fields: { list: async () => ({ items: [{ ...FIELD, procedureCount: PROCEDURES.length }] }) },
  });
}

// ---- Pickers whose download of the detail view the test controls ----

/** Counts the downloads it starts; each one is the real module. */
class CountingPicker extends DvcProcedurePicker {
  imports = 0;
  protected override importDetailView(): Promise<typeof DetailPart> {
    this.imports += 1;
    return super.importDetailView();
  }
}
customElements.define('counting-procedure-picker', CountingPicker);

/** Hands over the real module only when the test calls `release()`. */
class SlowPicker extends DvcProcedurePicker {
  release: () => void = () => {};
  protected override importDetailView(): Promise<typeof DetailPart> {
    const released = new Promise<void>((resolve) => {
      this.release = resolve;
    });
    return released.then(() => super.importDetailView());
  }
}
customElements.define('slow-procedure-picker', SlowPicker);

/** Cannot download the detail view, as when the network drops or the file is missing from a deploy. */
class OfflinePicker extends DvcProcedurePicker {
  protected override importDetailView(): Promise<typeof DetailPart> {
    return Promise.reject(
      new TypeError('Failed to fetch dynamically imported module: /procedure-picker/procedure-detail.js'),
    );
  }
}
customElements.define('offline-procedure-picker', OfflinePicker);

// ---- Tests ----

describe('<dvc-procedure-picker> detail view loaded on demand', () => {
  // First in the file: no other test has downloaded the detail view yet.
  it('downloads the detail view when a procedure is first opened; updateComplete resolves with it on screen', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient()}></dvc-procedure-picker>`,
    );
    await loaded(element);
    expect(requestedDetailView(), 'before any procedure is opened').to.equal(false);
    // The picker's own stylesheet leaves the detail's rules to the detail view.
    const rules = () =>
      shadow(element)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .map((rule) => rule.cssText)
        .join('\n');
    expect(rules()).not.to.contain('.checklist');

    // An app opens a procedure itself (no focus, no pointer came by): nothing was fetched ahead.
    const standIns = recordStandIns(element);
    element.value = PROCEDURES[1]!.code;
    await element.updateComplete;
    standIns.stop();

    expect(element.value).to.equal(PROCEDURES[1]!.code);
    expect(requestedDetailView()).to.equal(true);
    expect(standIns.texts).to.deep.equal(['Đang tải thành phần hồ sơ…']);
    expect(detailStandIn(element)?.outerHTML).to.equal(undefined);
    expect(text(part(element, 'detail-title'))).to.equal('Đăng ký hộ tịch số 1');
    expect(part(element, 'detail')?.getAttribute('aria-labelledby')).to.equal('detail-title');
    // Its styles came with it.
    expect(rules()).to.contain('.checklist');
    expect(getComputedStyle(part(element, 'detail')!).display).to.equal('grid');
    await waitUntil(() => part(element, 'checklist'), 'the full record should show');
    expect(text(part(element, 'checklist'))).to.contain('Tờ khai theo mẫu');
    // Setting the value does not steal the focus.
    expect(focusedPart(element)).to.equal(undefined);
  });

  it('fetches the detail view when a mouse pointer comes over the picker, as a click moves no focus', async () => {
    const element = await fixture<CountingPicker>(
      html`<counting-procedure-picker .client=${catalogueClient()}></counting-procedure-picker>`,
    );
    await loaded(element);
    expect(element.imports, 'before the pointer comes').to.equal(0);
    const box = options(element)[3]!.getBoundingClientRect();
    const over: [number, number] = [Math.round(box.left + 20), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'move', position: over });
    await waitUntil(() => element.imports === 1, 'the pointer should start the download');
    await element.updateComplete;

    const standIns = recordStandIns(element);
    await sendMouse({ type: 'click', position: over });
    await element.updateComplete;
    standIns.stop();
    expect(element.value).to.equal(PROCEDURES[3]!.code);
    expect(standIns.texts, 'no loading state for the view').to.deep.equal([]);
    expect(text(part(element, 'detail-title'))).to.equal('Đăng ký hộ tịch số 3');
    expect(element.imports).to.equal(1);
  });

  it('fetches the detail view once the user comes to the picker, so that it opens without a loading state', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>Trước</button><counting-procedure-picker .client=${catalogueClient()}></counting-procedure-picker></div>`,
    );
    const element = wrapper.querySelector('counting-procedure-picker') as CountingPicker;
    await loaded(element);
    expect(element.imports, 'before the user comes').to.equal(0);

    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(focusedPart(element)).to.equal('input');
    expect(element.imports, 'on focus').to.equal(1);

    const standIns = recordStandIns(element);
    await sendKeys({ type: 'ho tich so 7' });
    await press(element, 'ArrowDown');
    await press(element, 'Enter');
    standIns.stop();
    expect(element.value).to.equal(PROCEDURES[7]!.code);
    expect(standIns.texts, 'no loading state for the view').to.deep.equal([]);
    expect(text(part(element, 'detail-title'))).to.equal('Đăng ký hộ tịch số 7');
    expect(element.imports).to.equal(1);
    // As before the view loaded on demand: the focus stays in the search box, the list closes.
    expect(focusedPart(element)).to.equal('input');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(input(element).hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('shows a loading line while the view downloads, then the view, the focus staying in the search box', async () => {
    const element = await fixture<SlowPicker>(
      html`<slow-procedure-picker .client=${catalogueClient()}></slow-procedure-picker>`,
    );
    await loaded(element);
    // The download starts on focus and is held: the test waits for renders without `updateComplete`,
    // which would wait for the download.
    element.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => input(element).hasAttribute('aria-activedescendant'), 'an option should be active');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.value === PROCEDURES[0]!.code, 'the procedure should open');
    await waitUntil(() => detailStandIn(element), 'the loading line should show');
    expect(text(detailStandIn(element))).to.equal('Đang tải thành phần hồ sơ…');
    expect(detailStandIn(element)?.getAttribute('role')).to.equal(null);
    expect(part(element, 'detail')?.outerHTML).to.equal(undefined);
    expect(focusedPart(element)).to.equal('input');

    element.release();
    await element.updateComplete;
    expect(detailStandIn(element)?.outerHTML).to.equal(undefined);
    expect(text(part(element, 'detail-title'))).to.equal('Đăng ký hộ tịch số 0');
    expect(focusedPart(element)).to.equal('input');
  });

  it('says the detail could not be loaded when the download fails, and the list keeps working', async () => {
    const capture = captureWarnings();
    try {
      const selects: Event[] = [];
      const element = await fixture<OfflinePicker>(
        html`<offline-procedure-picker .client=${catalogueClient()}></offline-procedure-picker>`,
      );
      element.addEventListener('dvc-procedure-select', (event) => selects.push(event));
      await loaded(element);
      element.focus();
      await element.updateComplete;
      await press(element, 'ArrowDown');
      await press(element, 'Enter');
      expect(element.value).to.equal(PROCEDURES[0]!.code);
      const notice = detailStandIn(element);
      expect(notice?.getAttribute('role')).to.equal('alert');
      expect(text(notice)).to.equal('Không tải được chi tiết thủ tục.');
      expect(part(element, 'detail')?.outerHTML).to.equal(undefined);
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('procedure-detail.js');
      expect(focusedPart(element)).to.equal('input');
      await expectNoAxeViolations(element);

      // The list still opens, moves and opens another procedure; the notice stays, in either language.
      await press(element, 'ArrowDown');
      expect(input(element).getAttribute('aria-expanded')).to.equal('true');
      await press(element, 'ArrowDown');
      await press(element, 'Enter');
      expect(element.value).to.equal(PROCEDURES[1]!.code);
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      await setLocale('en');
      await element.updateComplete;
      expect(text(detailStandIn(element))).to.equal('The procedure details could not be loaded.');
      await expectNoAxeViolations(element);
      expect(selects).to.have.length(0);
      expect(capture.warnings, 'warned once').to.have.length(1);
    } finally {
      capture.restore();
    }
  });
});
