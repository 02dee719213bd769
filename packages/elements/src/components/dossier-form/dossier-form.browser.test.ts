// <dvc-dossier-form> against the real sandbox: the birth registration filled with the keyboard alone,
// uploads, the receipt, a server 422, double submission, accessibility, language and nesting.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { sandboxClient } from '../../../../../tests/support/sandbox-client.js';
import type { DvcClient } from '../../base/client-context.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import type { DvcDossierForm, DvcDossierSubmittedDetail } from './dossier-form.js';
import {
  input,
  PART_LOAD_WAIT,
  part,
  root,
  setField,
  text,
  validBirthRegistration,
} from './form-queries.testing.js';
import { fieldId } from './pointers.js';

const BIRTH_REGISTRATION = '1.001193';
const STAFF = { id: 'staff-01', fullName: 'Trần Thị Thu' };

let draftCounter = 0;
/** A draft key of its own per test: drafts from one test never leak into another. */
const freshDraftKey = () => `test-${Date.now()}-${++draftCounter}`;

/** A name no other test uses (letters only: a person name has no digits), to find its dossier. */
function uniqueName(): string {
  const letters = Array.from({ length: 6 }, () => 'abcdeghiklmnopqrstuvxy'[Math.floor(Math.random() * 22)]);
  return `Nguyễn Thị ${letters.join('').replace(/^./, (first) => first.toUpperCase())}`;
}

/** Presses Tab until the field with this pointer (or any element `matches` accepts) has focus. */
async function tabTo(element: DvcDossierForm, matches: (active: Element) => boolean): Promise<void> {
  // The longest path in these tests is a few dozen stops; more means the target is not reachable.
  for (let presses = 0; presses < 120; presses++) {
    const active = root(element).activeElement;
    if (active && matches(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the target');
}

const byId = (id: string) => (active: Element) => active.id === id || active.getAttribute('name') === id;
const byPointer = (pointer: string) => byId(fieldId(pointer));

async function typeInto(element: DvcDossierForm, pointer: string, value: string): Promise<void> {
  await tabTo(element, byPointer(pointer));
  await sendKeys({ type: value });
}

/** Moves a select (closed) or a radio group with the arrow keys until `accept` likes its value. */
async function arrowTo(element: DvcDossierForm, pointer: string, accept: (value: string) => boolean) {
  await tabTo(element, byPointer(pointer));
  for (let presses = 0; presses < 200; presses++) {
    const active = root(element).activeElement as HTMLInputElement | HTMLSelectElement;
    const value = active instanceof HTMLInputElement && !active.checked ? '' : active.value;
    if (value !== '' && accept(value)) return;
    await sendKeys({ press: active instanceof HTMLInputElement && !active.checked ? 'Space' : 'ArrowDown' });
  }
  throw new Error(`No acceptable value for ${pointer}`);
}

/** Gives a file input files, as a file picker would (a picker cannot be driven by keys). */
function pick(element: DvcDossierForm, documentCode: string, files: File[]): void {
  const target = input(element, `/attachments/${documentCode}`);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  target.files = transfer.files;
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

const pdf = (name: string) =>
  new File(['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'], name, { type: 'application/pdf' });

async function loaded(element: DvcDossierForm): Promise<void> {
  // 126 wards: the form, the procedure and the ward list have all arrived.
  await waitUntil(
    () =>
      (root(element).querySelector<HTMLSelectElement>(`#${fieldId('/owner/address/wardCode')}`)?.options
        .length ?? 0) > 100,
    'the form and the wards did not load',
    { timeout: 8000 },
  );
}

async function uploaded(element: DvcDossierForm, count: number): Promise<void> {
  await waitUntil(
    () =>
      root(element).querySelectorAll('[part~="upload"]').length === count &&
      !text(root(element)).includes('Đang tải lên'),
    'uploads did not finish',
    { timeout: 8000 },
  );
}

async function form(client: DvcClient, options: { draftKey?: string; name?: string } = {}) {
  const element = await fixture<DvcDossierForm>(html`<dvc-dossier-form
    procedure-code=${BIRTH_REGISTRATION}
    draft-key=${options.draftKey ?? freshDraftKey()}
    .client=${client}
    .staff=${STAFF}
  ></dvc-dossier-form>`);
  await loaded(element);
  return element;
}

/** Sets a field as the user would (value then `input`/`change`, or a click on a choice). */
function check(element: DvcDossierForm, pointer: string): void {
  input(element, pointer).click();
}

/** A valid birth registration, typed into the form, with its two required files uploaded. */
async function fillValid(element: DvcDossierForm, name: string): Promise<void> {
  for (const [pointer, value] of validBirthRegistration(name)) {
    setField(element, pointer, value);
    await element.updateComplete;
  }
  pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
  pick(element, 'TP2', [pdf('giấy-chứng-sinh.pdf')]);
  await uploaded(element, 2);
  await waitUntil(
    () =>
      [...input<HTMLSelectElement>(element, '/delivery/locationId').options].some(
        (option) => option.value === 'loc-agent-vnpost-01',
      ),
    'no result-return places',
    { timeout: 8000 },
  );
  setField(element, '/delivery/locationId', 'loc-agent-vnpost-01');
  await element.updateComplete;
}

async function toReview(element: DvcDossierForm): Promise<void> {
  (root(element).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await waitUntil(
    () => root(element).querySelector('[part~="submit-button"]'),
    'no review step',
    PART_LOAD_WAIT,
  );
}

/** Gives a long flow more than the runner's 10 s per test (mocha's `this.timeout`). */
function allowTime(context: unknown, ms: number): void {
  (context as { timeout(ms: number): void }).timeout(ms);
}

afterEach(async () => {
  await setLocale('vi');
});

describe('<dvc-dossier-form> with the sandbox', () => {
  it('files a birth registration with the keyboard alone and shows the receipt', async function () {
    // Dozens of keystrokes, two uploads and a submission over real HTTP on a loaded two-core machine.
    allowTime(this, 60_000);
    const client = sandboxClient();
    const element = await form(client);
    const name = uniqueName();

    await sendKeys({ press: 'Tab' });
    await arrowTo(element, '/caseCode', (value) => value === 'on-time');
    await typeInto(element, '/owner/fullName', name);
    await typeInto(element, '/owner/personalId', '001 190 024 817');
    await typeInto(element, '/owner/dateOfBirth', '14/03/1990');
    await arrowTo(element, '/owner/sex', (value) => value === 'FEMALE');
    await typeInto(element, '/owner/phone', '0912 345 678');
    await arrowTo(element, '/owner/address/wardCode', (value) => value === '00004');
    await typeInto(element, '/owner/address/detail', 'Số 25 phố Quán Thánh');
    // The representative is the counter's staff member, pre-filled from the session.
    expect(input(element, '/representative/fullName').value).to.equal(STAFF.fullName);
    await typeInto(element, '/formData/childFullName', 'Lê Minh An');
    await typeInto(element, '/formData/childDateOfBirth', '20/11/2026');
    await arrowTo(element, '/formData/childSex', (value) => value === 'FEMALE');
    await typeInto(element, '/formData/childEthnicity', 'Kinh');
    await typeInto(element, '/formData/childNationality', 'Việt Nam');
    await typeInto(element, '/formData/childPlaceOfBirth', 'Bệnh viện Phụ sản Hà Nội');
    await arrowTo(element, '/formData/requesterRelationship', (value) => value === 'MOTHER');
    await typeInto(element, '/formData/extractCopies', '1');

    pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
    pick(element, 'TP2', [pdf('giấy-chứng-sinh.pdf')]);
    await uploaded(element, 2);

    // Delivery: collect at a place of the owner's ward (the filter follows the owner's address).
    await arrowTo(element, '/delivery/locationId', (value) => value === 'loc-agent-vnpost-01');
    await tabTo(element, (active) => active.textContent?.trim() === 'Tiếp tục');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root(element).activeElement?.getAttribute('part') === 'step-heading',
      'no review',
      PART_LOAD_WAIT,
    );
    const review = text(root(element));
    expect(review).to.contain(name);
    expect(review).to.contain('001 190 024 817');
    expect(review).to.contain('tờ-khai.pdf');
    expect(part(element, 'steps').querySelector('[aria-current="step"]')?.textContent).to.contain(
      'Kiểm tra và nộp',
    );

    await tabTo(element, byPointer('/consent/personalDataProcessing'));
    await sendKeys({ press: 'Space' });
    await tabTo(element, (active) => active.getAttribute('part') === 'submit-button');
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;

    expect(detail.dossier.code).to.match(/^000\.00\.24\.H26-\d{6}-\d{4}$/);
    expect(detail.dossier.owner.fullName).to.equal(name);
    expect(detail.dossier.owner.personalId).to.equal('001190024817');
    expect(detail.dossier.owner.phone).to.equal('+84912345678');
    expect(detail.dossier.formData).to.include({
      childFullName: 'Lê Minh An',
      childDateOfBirth: '2026-11-20',
      extractCopies: 1,
    });
    expect(detail.dossier.representative).to.deep.include({ role: 'AGENT_STAFF', fullName: STAFF.fullName });
    expect(detail.dossier.attachments.map((attachment) => attachment.documentCode)).to.have.members([
      'TP1',
      'TP2',
    ]);
    const receipt = root(element).querySelector('dvc-receipt');
    await waitUntil(() => receipt?.shadowRoot?.querySelector('[part~="dossier-code"]'), 'no receipt');
    expect(text(receipt?.shadowRoot?.querySelector('[part~="dossier-code"]'))).to.contain(
      detail.dossier.code,
    );
    expect(root(element).activeElement?.textContent).to.contain('Đã nộp hồ sơ');
  });

  it('submits exactly once under a double click and a repeated Enter', async function () {
    allowTime(this, 30_000);
    const base = sandboxClient();
    let creates = 0;
    const client: DvcClient = {
      ...base,
      dossiers: {
        ...base.dossiers,
        create: (...args) => {
          creates++;
          return base.dossiers.create(...args);
        },
      },
    };
    const element = await form(client);
    const name = uniqueName();
    await fillValid(element, name);
    await toReview(element);
    check(element, '/consent/personalDataProcessing');
    const button = part(element, 'submit-button');
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Đang nộp');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(creates).to.equal(1);
    // And the server holds exactly one dossier for this owner.
    const { items } = await base.dossiers.list({ limit: 100 });
    expect(items.filter((item) => item.ownerName === name).map((item) => item.code)).to.deep.equal([
      detail.dossier.code,
    ]);
  });

  it('accepts a file dropped on a document', async () => {
    const element = await form(sandboxClient());
    const zone = input(element, '/attachments/TP1').closest('[part~="document"]') as HTMLElement;
    const transfer = new DataTransfer();
    transfer.items.add(pdf('kéo-thả.pdf'));
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(zone.classList.contains('dragging')).to.equal(false);
    await uploaded(element, 1);
    expect(text(zone)).to.contain('kéo-thả.pdf');
    expect(text(zone)).to.contain('Đã tải lên');
  });

  it('shows an upload the server refuses as failed, with the server’s message and a retry', async () => {
    const errors: unknown[] = [];
    const element = await form(sandboxClient());
    element.addEventListener('dvc-error', (event) => errors.push(event.detail.error));
    // Named and typed as a PDF, but not one: the server checks the content.
    pick(element, 'TP1', [new File(['not a pdf at all'], 'giả.pdf', { type: 'application/pdf' })]);
    const row = () => root(element).querySelector('[part~="upload"]');
    await waitUntil(() => row()?.querySelector('button') && text(row()).includes('Thử lại'), 'no failure', {
      timeout: 8000,
    });
    expect(errors).to.have.length(1);
    expect(text(row())).to.match(/PDF|JPEG|PNG|định dạng|loại tệp/i);
  });

  it('puts a server 422 about no field of the form into the summary alone, then files with a new key once fixed', async function () {
    allowTime(this, 30_000);
    const base = sandboxClient();
    const keys: (string | undefined)[] = [];
    const client: DvcClient = {
      ...base,
      dossiers: {
        ...base.dossiers,
        create: (body, options) => {
          keys.push(options?.idempotencyKey);
          return base.dossiers.create(body, options);
        },
      },
    };
    const element = await form(client);
    // Another partner's agent point: the server refuses to receive the dossier there.
    element.receivingLocationId = 'loc-agent-bidv-01';
    await fillValid(element, uniqueName());
    await toReview(element);
    check(element, '/consent/personalDataProcessing');
    part(element, 'submit-button').click();
    const summary = part(element, 'error-summary');
    await waitUntil(() => root(element).activeElement === summary, 'the summary did not take focus', {
      timeout: 8000,
    });
    expect(text(summary)).to.contain('Có lỗi cần sửa');
    expect(text(summary)).to.contain('Điểm đại lý này thuộc đối tác khác.');
    expect(summary.querySelectorAll('a')).to.have.length(0);

    element.receivingLocationId = 'loc-agent-vnpost-01';
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.be.a('string').and.not.equal(keys[0]);
  });

  it('has no accessibility violations, in Vietnamese and in English, with errors shown', async function () {
    allowTime(this, 30_000);
    const element = await form(sandboxClient());
    setField(element, '/owner/phone', '12345');
    (root(element).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => root(element).activeElement === part(element, 'error-summary'), 'no summary');
    await expectNoAxeViolations(element);
    await setLocale('en');
    await element.updateComplete;
    expect(text(part(element, 'error-summary'))).to.contain('There is a problem');
    await expectNoAxeViolations(element);
  });

  it('keeps what was typed, files and errors across a switch to English and back', async function () {
    allowTime(this, 30_000);
    const element = await form(sandboxClient());
    await tabTo(element, byPointer('/owner/fullName'));
    await sendKeys({ type: 'Phạm Quốc Tuấn' });
    setField(element, '/owner/personalId', '001');
    input(element, '/owner/personalId').dispatchEvent(new Event('blur'));
    pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
    await uploaded(element, 1);
    await element.updateComplete;
    expect(text(root(element))).to.contain('Số định danh cá nhân phải gồm đúng 12 chữ số.');

    await setLocale('en');
    await element.updateComplete;
    expect(part(element, 'base').getAttribute('lang')).to.equal('en');
    expect(input(element, '/owner/fullName').value).to.equal('Phạm Quốc Tuấn');
    expect(text(root(element))).to.contain('A personal ID number has exactly 12 digits.');
    expect(text(root(element))).to.contain('Full name');
    expect(text(root(element))).to.contain('tờ-khai.pdf');
    expect(input<HTMLSelectElement>(element, '/owner/address/wardCode').options[1]?.textContent).to.match(
      /Ward|Commune/,
    );

    await setLocale('vi');
    await element.updateComplete;
    expect(input(element, '/owner/fullName').value).to.equal('Phạm Quốc Tuấn');
    expect(text(root(element))).to.contain('Họ, chữ đệm và tên');
  });

  it('works inside another element’s shadow root, error summary links included', async function () {
    allowTime(this, 30_000);
    class FormHost extends LitElement {
      client: DvcClient | undefined;
      protected override render() {
        return html`<section>
          <dvc-dossier-form procedure-code=${BIRTH_REGISTRATION} draft-key=${freshDraftKey()} .client=${this.client}></dvc-dossier-form>
        </section>`;
      }
    }
    customElements.define('dvc-test-dossier-form-host', FormHost);
    const host = document.createElement('dvc-test-dossier-form-host') as FormHost;
    host.client = sandboxClient();
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(host));
    await host.updateComplete;
    const element = host.shadowRoot?.querySelector('dvc-dossier-form') as DvcDossierForm;
    await loaded(element);
    // A citizen's own session: nobody files for them by default.
    expect(
      root(element).querySelector<HTMLInputElement>(
        `input[name="${fieldId('/representative/role')}"]:checked`,
      )?.value,
    ).to.equal('OWNER');
    (root(element).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => root(element).activeElement === part(element, 'error-summary'), 'no summary');
    const link = part(element, 'error-summary').querySelector('a') as HTMLAnchorElement;
    link.click();
    await element.updateComplete;
    expect(root(element).activeElement?.id).to.equal(fieldId('/owner/fullName'));
    expect(document.activeElement).to.equal(host);
  });
});
