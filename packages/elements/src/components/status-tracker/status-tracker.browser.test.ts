// <dvc-status-tracker> with fake clients: every status from the contract's examples, validation,
// keyboard, accessibility, locales, polling, events. The end-to-end flow against the sandbox's
// simulator is in status-tracker.sandbox.browser.test.ts.
import { DOSSIER_STATUSES, TIMELINESS_VALUES } from '@dvc-kit/domain';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { DvcClient } from '../../base/client-context.js';
import { setLocale } from '../../i18n/localization.js';
import '../../provider/define.js';
import './define.js';
import type { DvcStatusChangeDetail, DvcStatusTracker } from './status-tracker.js';
import type { Dossier, DossierLookup, DossierStatus, DossierStatusView } from './tracker-types.js';

// Nguyễn Thị Lan's ID number (openapi/examples/README.md): valid, so lookups pass validation.
const PERSONAL_ID = '001190024817';

const EXAMPLE_NAMES: Record<DossierStatus, string> = {
  SUBMITTED: 'submitted',
  RECEIVED: 'received',
  REJECTED: 'rejected',
  PROCESSING: 'processing',
  SUPPLEMENT_REQUESTED: 'supplement-requested',
  PAYMENT_REQUESTED: 'payment-requested',
  WITHDRAWN: 'withdrawn',
  STOPPED: 'stopped',
  RESULT_READY: 'result-ready',
  RETURNED: 'returned',
};

const examples = new Map<DossierStatus, DossierStatusView>();

before(async () => {
  for (const [status, name] of Object.entries(EXAMPLE_NAMES)) {
    examples.set(status as DossierStatus, await loadExample<DossierStatusView>(`DossierStatusView.${name}`));
  }
});

afterEach(async () => {
  await setLocale('vi');
});

function example(status: DossierStatus): DossierStatusView {
  const view = examples.get(status);
  if (view === undefined) throw new Error(`No example for ${status}`);
  return view;
}

const root = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
};

const text = (element: Element | null | undefined): string =>
  (element?.shadowRoot ?? element)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function part(element: Element, name: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

const liveRegion = (element: Element): HTMLElement =>
  root(element).querySelector<HTMLElement>('[role="status"]') as HTMLElement;

const control = (element: Element, id: string): HTMLInputElement =>
  root(element).querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

/** A client whose lookups answer `answer(query)`, recording the queries. */
function lookupClient(answer: (query: DossierLookup) => DossierStatusView | Promise<DossierStatusView>) {
  const queries: DossierLookup[] = [];
  const client = fakeClient({
    dossiers: {
      lookup: async (query) => {
        queries.push(query);
        return answer(query);
      },
    },
  });
  return { client, queries };
}

function type(element: DvcStatusTracker, id: string, value: string): void {
  const input = control(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Types the code and the ID number and submits, as a citizen would; resolves once the dossier shows. */
async function lookUp(element: DvcStatusTracker, code: string, personalId = PERSONAL_ID): Promise<void> {
  type(element, 'code', code);
  type(element, 'personal-id', personalId);
  const loaded = oneEvent(element, 'dvc-status-tracker-load');
  (part(element, 'lookup-form') as HTMLFormElement).requestSubmit();
  await loaded;
}

async function trackerWith(client: DvcClient): Promise<DvcStatusTracker> {
  const element = await fixture<DvcStatusTracker>(
    html`<dvc-status-tracker .client=${client}></dvc-status-tracker>`,
  );
  await element.updateComplete;
  return element;
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<dvc-status-tracker>', () => {
  it('has a polite live region and the lookup form from the first render', async () => {
    const element = await fixture<DvcStatusTracker>(html`<dvc-status-tracker></dvc-status-tracker>`);
    const region = liveRegion(element);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('');
    expect(control(element, 'code').labels?.[0]?.textContent).to.contain('Mã hồ sơ');
    expect(control(element, 'personal-id').labels?.[0]?.textContent).to.contain('Số định danh cá nhân');
    expect(part(element, 'lookup-button').textContent).to.contain('Tra cứu');
  });

  for (const status of DOSSIER_STATUSES) {
    it(`shows a ${status.key} dossier from its example, in words, in vi and en`, async () => {
      const view = example(status.key);
      const { client } = lookupClient(() => view);
      const element = await trackerWith(client);
      await lookUp(element, view.code);

      expect(part(element, 'dossier-code').textContent).to.equal(view.code);
      expect(text(part(element, 'status'))).to.equal(`Trạng thái: ${status.label.vi} (mã ${status.code})`);
      expect(text(part(element, 'result'))).to.contain(view.procedure.name.vi);
      expect(text(part(element, 'result'))).to.contain(
        `${view.ownerNameMasked} · ${view.ownerPersonalIdMasked}`,
      );
      expect(text(liveRegion(element))).to.equal(
        `Đã tìm thấy hồ sơ ${view.code}. Trạng thái: ${status.label.vi}.`,
      );

      const timeliness = root(element).querySelector('[part~="timeliness"]');
      const timelinessLabel = TIMELINESS_VALUES.find((entry) => entry.key === view.timeliness)?.label;
      if (timelinessLabel === undefined) expect(timeliness).to.equal(null);
      else {
        expect(text(timeliness)).to.equal(timelinessLabel.vi);
        // An icon next to the words, hidden from assistive technologies: never the colour alone.
        expect(timeliness?.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      }

      const events = [...part(element, 'timeline').querySelectorAll('li')];
      expect(events).to.have.length(view.timeline.length);
      expect(events.at(-1)?.getAttribute('aria-current')).to.equal('step');
      expect(events[0]?.querySelector('time')?.getAttribute('datetime')).to.equal(view.timeline[0]?.at);
      expect(events[0]?.querySelector('time')?.textContent).to.match(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

      const hasSupplement = root(element).querySelector('[part~="supplement"]') !== null;
      expect(hasSupplement, 'supplement panel').to.equal(status.key === 'SUPPLEMENT_REQUESTED');
      const hasPickup = root(element).querySelector('[part~="result-pickup"]') !== null;
      expect(hasPickup, 'pickup panel').to.equal(status.key === 'RESULT_READY' || status.key === 'RETURNED');

      await setLocale('en');
      await element.updateComplete;
      expect(text(part(element, 'status'))).to.equal(`Status: ${status.label.en} (code ${status.code})`);
      expect(text(part(element, 'result'))).to.contain(view.procedure.name.en);
      if (timelinessLabel !== undefined) expect(text(timeliness)).to.equal(timelinessLabel.en);
    });
  }

  it('shows the dates of a returned dossier on a Hà Nội clock and says it was returned early', async () => {
    const view = example('RETURNED');
    const element = await trackerWith(lookupClient(() => view).client);
    await lookUp(element, view.code);
    const summary = text(part(element, 'result'));
    expect(summary).to.contain('Ngày nộp24/11/2025 08:31');
    expect(summary).to.contain('Hẹn trả kết quả25/11/2025 08:31');
    expect(summary).to.contain('Ngày trả kết quả24/11/2025 16:20');
    expect(part(element, 'timeliness').dataset.timeliness).to.equal('RETURNED_EARLY');
    expect(text(part(element, 'timeliness'))).to.equal('Trả trước hạn');
  });

  it('marks an overdue dossier with a warning icon and the word, not only a colour', async () => {
    const view = example('PROCESSING');
    const element = await trackerWith(lookupClient(() => view).client);
    await lookUp(element, view.code);
    const badge = part(element, 'timeliness');
    expect(text(badge)).to.equal('Quá hạn');
    expect(badge.querySelector('svg path')?.getAttribute('d')).to.contain('L12 2');
    const onTime = getComputedStyle(badge).color;
    element.style.setProperty('--dvc-status-tracker-overdue-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(badge).color).to.equal('rgb(1, 2, 3)');
    expect(onTime).to.not.equal('rgb(1, 2, 3)');
  });

  it('shows an open supplement request: why, the deadline, one file input per missing document', async () => {
    const view = example('SUPPLEMENT_REQUESTED');
    const element = await trackerWith(lookupClient(() => view).client);
    await lookUp(element, view.code);
    const panel = part(element, 'supplement');
    expect(text(panel)).to.contain('Cần bổ sung giấy tờ');
    expect(text(panel)).to.contain('Bản chụp Giấy chứng sinh bị mờ');
    expect(text(panel)).to.contain('Hạn bổ sung03/12/2025 14:05');
    const inputs = [...panel.querySelectorAll<HTMLInputElement>('input[type="file"]')];
    expect(inputs.map((input) => input.labels?.[0]?.textContent)).to.deep.equal([
      'Giấy chứng sinh do cơ sở y tế cấp',
    ]);
    expect(inputs[0]?.accept).to.equal('application/pdf,image/jpeg,image/png');
  });

  it('says where and how to collect a ready result', async () => {
    const view = example('RESULT_READY');
    const element = await trackerWith(lookupClient(() => view).client);
    await lookUp(element, view.code);
    const pickup = text(part(element, 'result-pickup'));
    expect(pickup).to.contain('Nhận kết quả');
    expect(pickup).to.contain('Nhận trực tiếp');
    expect(pickup).to.contain('Nhận kết quả tại Điểm đại lý DVC – Bưu cục Ba Đình, Số 149, tổ dân phố 5');
    expect(pickup).to.contain('Giờ làm việcT2–CN 07:30–18:00');
  });

  it('validates the lookup before sending anything: inline errors tied to the fields, focus on the first', async () => {
    const { client, queries } = lookupClient(() => example('RECEIVED'));
    const element = await trackerWith(client);
    const form = part(element, 'lookup-form') as HTMLFormElement;

    type(element, 'code', '000.00.24.H26-251127-0001');
    type(element, 'personal-id', '00119002481');
    form.requestSubmit();
    await element.updateComplete;
    const personalId = control(element, 'personal-id');
    expect(personalId.getAttribute('aria-invalid')).to.equal('true');
    const error = root(element).getElementById('personal-id-error');
    expect(text(error)).to.equal('Lỗi: Số định danh cá nhân phải gồm đúng 12 chữ số.');
    expect(personalId.getAttribute('aria-describedby')).to.equal('personal-id-hint personal-id-error');
    expect(root(element).activeElement).to.equal(personalId);
    expect(control(element, 'code').getAttribute('aria-invalid')).to.equal('false');

    type(element, 'code', ' ');
    form.requestSubmit();
    await element.updateComplete;
    expect(text(root(element).getElementById('code-error'))).to.equal('Lỗi: Vui lòng nhập mã hồ sơ.');
    expect(root(element).activeElement).to.equal(control(element, 'code'));

    type(element, 'code', 'HS 2025 0001');
    type(element, 'personal-id', PERSONAL_ID);
    form.requestSubmit();
    await element.updateComplete;
    expect(text(root(element).getElementById('code-error'))).to.contain('Mã hồ sơ chưa đúng');
    expect(root(element).getElementById('personal-id-error')).to.equal(null);

    await setLocale('en');
    await element.updateComplete;
    expect(text(root(element).getElementById('code-error'))).to.equal(
      'Error: This is not a dossier code. Enter it exactly as on the receipt.',
    );
    expect(queries).to.have.length(0);
  });

  it('looks a dossier up with the keyboard alone, sending normalised values', async () => {
    const view = example('RECEIVED');
    const { client, queries } = lookupClient(() => view);
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>before</button><dvc-status-tracker .client=${client}></dvc-status-tracker></div>`,
    );
    const element = wrapper.querySelector('dvc-status-tracker') as DvcStatusTracker;
    wrapper.querySelector('button')?.focus();

    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.id).to.equal('code');
    await sendKeys({ type: ' 000.00.24.h26-251127-0001' });
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.id).to.equal('personal-id');
    await sendKeys({ type: '001 190 024 817' });
    const loaded = oneEvent(element, 'dvc-status-tracker-load');
    await sendKeys({ press: 'Enter' });
    await loaded;

    expect(queries).to.deep.equal([{ code: '000.00.24.H26-251127-0001', ownerPersonalId: PERSONAL_ID }]);
    expect(text(part(element, 'status'))).to.contain('Được tiếp nhận');

    // On to the refresh button, and Space refreshes.
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.textContent).to.contain('Tra cứu');
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(part(element, 'refresh-button'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => queries.length === 2, 'refreshed');
    await waitUntil(() => text(liveRegion(element)).startsWith('Đã cập nhật lúc'), 'announced');
  });

  it('shows the server’s user message when nothing matches, in the page’s language', async () => {
    const problem = await loadExample<{ userMessage: { vi: string; en: string } }>('Problem.not-found');
    const notFound = Object.assign(new Error('404 not-found'), {
      name: 'DvcApiError',
      userMessage: problem.userMessage.vi,
      problem,
    });
    const client = fakeClient({
      dossiers: {
        lookup: async () => {
          throw notFound;
        },
      },
    });
    const element = await trackerWith(client);
    type(element, 'code', '000.00.24.H26-251127-0001');
    type(element, 'personal-id', PERSONAL_ID);
    (part(element, 'lookup-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => root(element).querySelector('[role="alert"]') !== null, 'error shown');
    const alert = root(element).querySelector('[role="alert"]');
    expect(text(alert)).to.equal(problem.userMessage.vi);
    expect(root(element).querySelector('[part~="result"]')).to.equal(null);
    await setLocale('en');
    await element.updateComplete;
    expect(text(root(element).querySelector('[role="alert"]'))).to.equal(problem.userMessage.en);
  });

  it('refreshes by itself, backing off while nothing changes, and announces a change with dvc-status-change', async () => {
    const received = example('RECEIVED');
    let current: DossierStatusView = received;
    const { client, queries } = lookupClient(() => current);
    const element = await trackerWith(client);
    element.pollInterval = 30;
    element.maxPollInterval = 120;
    const changes: DvcStatusChangeDetail[] = [];
    element.addEventListener('dvc-status-change', (event) => changes.push(event.detail));
    await lookUp(element, received.code);
    expect(changes, 'no event for the first load').to.have.length(0);

    // Unchanged: 30, 60, 120, 120 ms apart → about 4 polls in 400 ms (13 without the backoff).
    await aTimeout(400);
    const polls = queries.length - 1;
    expect(polls).to.be.within(2, 6);
    expect(changes).to.have.length(0);
    expect(text(liveRegion(element))).to.contain('Đã tìm thấy hồ sơ');

    const processing = { ...received, status: 'PROCESSING' as const, statusCode: 4 };
    current = processing;
    const changed = oneEvent(element, 'dvc-status-change');
    const { detail } = await changed;
    expect(detail.previous).to.equal('RECEIVED');
    expect(detail.current).to.equal('PROCESSING');
    expect(detail.dossier).to.equal(processing);
    // Rendered by the time the event fires.
    expect(text(part(element, 'status'))).to.contain('Đang xử lý');
    expect(text(liveRegion(element))).to.equal(
      `Hồ sơ ${received.code} đã chuyển sang trạng thái: Đang xử lý.`,
    );
    expect(changes).to.have.length(1);
  });

  it('polls only while the page is visible, and catches up when it shows again', async () => {
    const view = example('PROCESSING');
    const { client, queries } = lookupClient(() => view);
    const element = await trackerWith(client);
    element.pollInterval = 40;
    element.maxPollInterval = 40;
    await lookUp(element, view.code);
    try {
      setVisibility('hidden');
      const whenHidden = queries.length;
      await aTimeout(250);
      expect(queries.length, 'no request while hidden').to.equal(whenHidden);

      setVisibility('visible');
      await waitUntil(() => queries.length > whenHidden, 'polling resumed', { timeout: 1000 });
      await aTimeout(200);
      expect(queries.length - whenHidden).to.be.greaterThan(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stops polling at a final status', async () => {
    const view = example('RETURNED');
    const { client, queries } = lookupClient(() => view);
    const element = await trackerWith(client);
    element.pollInterval = 20;
    await lookUp(element, view.code);
    await aTimeout(150);
    expect(queries).to.have.length(1);
  });

  it('keeps the dossier on screen when a refresh fails, and says so', async () => {
    const view = example('PROCESSING');
    let fail = false;
    const { client } = lookupClient(() => {
      if (fail) throw Object.assign(new Error('offline'), { userMessage: 'Không có kết nối mạng.' });
      return view;
    });
    const element = await trackerWith(client);
    await lookUp(element, view.code);
    fail = true;
    await element.refresh();
    await element.updateComplete;
    expect(text(part(element, 'status'))).to.contain('Đang xử lý');
    expect(text(part(element, 'result'))).to.contain('Không có kết nối mạng.');
    expect(text(liveRegion(element))).to.equal('Không có kết nối mạng.');
  });

  it('follows a partner’s dossier by code, masking the owner itself, and fires no change event when the app switches dossiers', async () => {
    const dossier = await loadExample<Dossier>('Dossier');
    const returned: Dossier = { ...dossier, code: 'X-2', status: 'RETURNED', statusCode: 10 };
    const requested: string[] = [];
    const client = fakeClient({
      dossiers: {
        get: async (code) => {
          requested.push(code);
          return code === dossier.code ? dossier : returned;
        },
      },
    });
    const element = document.createElement('dvc-status-tracker');
    element.client = client;
    element.setAttribute('code', dossier.code);
    const firstLoad = oneEvent(element, 'dvc-status-tracker-load');
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
    await firstLoad;
    expect(root(element).querySelector('[part~="lookup-form"]')).to.equal(null);
    const shown = text(element);
    expect(shown).to.contain('P*** Q*** T*** · 001*******96');
    expect(shown).to.not.contain(dossier.owner.fullName);
    expect(shown).to.not.contain(dossier.owner.personalId);
    expect(text(part(element, 'status'))).to.contain('Yêu cầu bổ sung giấy tờ');

    let changes = 0;
    element.addEventListener('dvc-status-change', () => changes++);
    const loaded = oneEvent(element, 'dvc-status-tracker-load');
    element.code = 'X-2';
    await loaded;
    expect(text(part(element, 'status'))).to.contain('Đã trả kết quả');
    expect(requested).to.deep.equal([dossier.code, 'X-2']);
    expect(changes, 'a programmatic switch is not a status change').to.equal(0);

    element.code = undefined;
    await element.updateComplete;
    expect(root(element).querySelector('[part~="lookup-form"]')).to.not.equal(null);
    expect(root(element).querySelector('[part~="result"]')).to.equal(null);
  });

  it('fills the code from ?code= and puts the focus on the ID number (the receipt’s QR link)', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?code=000.00.24.H26-251127-0001`);
    try {
      const element = await fixture<DvcStatusTracker>(
        html`<dvc-status-tracker read-code-from-url></dvc-status-tracker>`,
      );
      await element.updateComplete;
      expect(control(element, 'code').value).to.equal('000.00.24.H26-251127-0001');
      expect(root(element).activeElement).to.equal(control(element, 'personal-id'));

      const plain = await fixture<DvcStatusTracker>(html`<dvc-status-tracker></dvc-status-tracker>`);
      expect(control(plain, 'code').value).to.equal('');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('checks the supplement form before uploading anything', async () => {
    const view = example('SUPPLEMENT_REQUESTED');
    let uploads = 0;
    const client = fakeClient({
      dossiers: { lookup: async () => view },
      attachments: {
        upload: async () => {
          uploads++;
          throw new Error('not expected');
        },
      },
    });
    const element = await trackerWith(client);
    await lookUp(element, view.code);
    const form = part(element, 'supplement').querySelector('form') as HTMLFormElement;
    form.requestSubmit();
    await element.updateComplete;
    const input = part(element, 'file-input') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(element).getElementById(`${input.id}-error`))).to.equal(
      'Lỗi: Vui lòng chọn tệp cho giấy tờ này.',
    );
    expect(root(element).activeElement).to.equal(input);

    const files = new DataTransfer();
    files.items.add(new File(['PK'], 'giay-chung-sinh.docx', { type: 'application/msword' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    form.requestSubmit();
    await element.updateComplete;
    expect(text(root(element).getElementById(`${input.id}-error`))).to.contain('PDF, JPEG hoặc PNG');
    expect(uploads).to.equal(0);
  });

  it('warns, and says something went wrong, without a client', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const element = await fixture<DvcStatusTracker>(html`<dvc-status-tracker></dvc-status-tracker>`);
      type(element, 'code', '000.00.24.H26-251127-0001');
      type(element, 'personal-id', PERSONAL_ID);
      (part(element, 'lookup-form') as HTMLFormElement).requestSubmit();
      await element.updateComplete;
      expect(text(root(element).querySelector('[role="alert"]'))).to.equal(
        'Đã có lỗi xảy ra. Vui lòng thử lại.',
      );
      expect(warnings.join('\n')).to.contain('no client');
    } finally {
      restore();
    }
  });

  it('has no accessibility violations, in vi and en', async () => {
    const element = await trackerWith(lookupClient(() => example('SUPPLEMENT_REQUESTED')).client);
    await expectNoAxeViolations(element);
    (part(element, 'lookup-form') as HTMLFormElement).requestSubmit();
    await element.updateComplete;
    await expectNoAxeViolations(element);
    await lookUp(element, example('SUPPLEMENT_REQUESTED').code);
    (part(element, 'supplement').querySelector('form') as HTMLFormElement).requestSubmit();
    await element.updateComplete;
    await expectNoAxeViolations(element);

    const ready = await trackerWith(lookupClient(() => example('RETURNED')).client);
    await lookUp(ready, example('RETURNED').code);
    await expectNoAxeViolations(ready);

    await setLocale('en');
    await element.updateComplete;
    await ready.updateComplete;
    await expectNoAxeViolations(element);
    await expectNoAxeViolations(ready);
  });

  it('switches vi → en and back, keeping what was typed and the dossier, without asking again', async () => {
    const view = example('RESULT_READY');
    const { client, queries } = lookupClient(() => view);
    const element = await trackerWith(client);
    await lookUp(element, view.code);
    expect(text(part(element, 'status'))).to.equal('Trạng thái: Đã xử lý xong (mã 9)');

    await setLocale('en');
    await element.updateComplete;
    expect(part(element, 'base').getAttribute('lang')).to.equal('en');
    expect(text(part(element, 'status'))).to.equal('Status: Result ready (code 9)');
    expect(text(part(element, 'result-pickup'))).to.contain(
      'Collect the result at Public service agent point',
    );
    expect(text(part(element, 'timeline'))).to.contain('Processing history');
    expect(control(element, 'code').value).to.equal(view.code);
    expect(control(element, 'personal-id').value).to.equal(PERSONAL_ID);
    expect(part(element, 'dossier-code').textContent).to.equal(view.code);
    expect(queries).to.have.length(1);

    await setLocale('vi');
    await element.updateComplete;
    expect(text(part(element, 'status'))).to.equal('Trạng thái: Đã xử lý xong (mã 9)');
  });

  it('works inside another element’s shadow root, with the client of a provider there', async () => {
    const view = example('RECEIVED');
    const { client, queries } = lookupClient(() => view);
    class TrackerHost extends LitElement {
      client: DvcClient | undefined;
      protected override render() {
        return html`<dvc-provider .client=${this.client}><section><dvc-status-tracker></dvc-status-tracker></section></dvc-provider>`;
      }
    }
    customElements.define('dvc-test-tracker-host', TrackerHost);
    const host = document.createElement('dvc-test-tracker-host') as TrackerHost;
    host.client = client;
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(host));
    await host.updateComplete;
    const element = host.shadowRoot?.querySelector('dvc-status-tracker') as DvcStatusTracker;
    await element.updateComplete;
    await lookUp(element, view.code);
    expect(queries).to.have.length(1);
    expect(text(part(element, 'status'))).to.contain('Được tiếp nhận');
    expect(text(liveRegion(element))).to.contain(view.code);
  });
});
