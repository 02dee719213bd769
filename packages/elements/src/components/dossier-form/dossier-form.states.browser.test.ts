// <dvc-dossier-form> in states a real server does not produce on demand — validation, a 422 with field
// pointers, lost answers, offline, drafts and reset — with a fake client over the contract's examples.
import {
  type Attachment,
  DvcApiError,
  DvcNetworkError,
  type FieldError,
  type Problem,
} from '@dvc-kit/client';
import { createMemoryOutboxStore, createOutbox } from '@dvc-kit/client/outbox';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { DvcClient } from '../../base/client-context.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import type { DvcDossierForm, DvcDossierSubmittedDetail } from './dossier-form.js';
import { createIndexedDbDraftStore, draftId } from './draft-store.js';
import {
  input,
  PART_LOAD_WAIT,
  part,
  root,
  setField as setFieldOnly,
  text,
  validBirthRegistration,
} from './form-queries.testing.js';
import type { DossierCreate, DossierCreated, Location, ProcedureDetail, Ward } from './form-types.js';
import { fieldId } from './pointers.js';

type Create = DvcClient['dossiers']['create'];
type Upload = DvcClient['attachments']['upload'];

let procedure: ProcedureDetail;
let wards: Ward[];
let locations: Location[];
let created: DossierCreated;
let problem: Problem;

before(async () => {
  procedure = await loadExample<ProcedureDetail>('ProcedureDetail');
  wards = (await loadExample<{ items: Ward[] }>('WardList')).items;
  locations = (await loadExample<{ items: Location[] }>('LocationPage')).items;
  created = await loadExample<DossierCreated>('DossierCreated');
  problem = await loadExample<Problem>('Problem.validation');
});

afterEach(async () => {
  await setLocale('vi');
  // A test that took the browser offline gives it back.
  delete (navigator as { onLine?: boolean }).onLine;
});

const drafts = createIndexedDbDraftStore();
let keyCounter = 0;
const freshDraftKey = () => `states-${Date.now()}-${++keyCounter}`;

interface Recorded {
  creates: { body: DossierCreate; key: string | undefined }[];
  uploads: string[];
}

/** A client over the contract's examples that records what the form sends. */
function client(calls: { create?: Create; upload?: Upload } = {}): DvcClient & { recorded: Recorded } {
  const recorded: Recorded = { creates: [], uploads: [] };
  let uploads = 0;
  const fake = fakeClient({
    procedures: { get: async () => procedure },
    wards: { list: async () => ({ items: wards, attribution: 'test' }) },
    locations: {
      list: async (query) => {
        const items = locations.filter((location) => location.wardCode === query?.wardCode);
        return { items, total: items.length, nextCursor: null };
      },
    },
    attachments: {
      upload: async (file, options) => {
        recorded.uploads.push(options.fileName);
        if (calls.upload) return calls.upload(file, options);
        uploads++;
        return {
          ...(await loadExample<Attachment>('Attachment')),
          id: `att_test${uploads}`,
          fileName: options.fileName,
        };
      },
    },
    dossiers: {
      create: async (body, options) => {
        recorded.creates.push({ body, key: options?.idempotencyKey });
        return calls.create ? calls.create(body, options) : created;
      },
    },
  });
  return Object.assign(fake, { recorded });
}

function apiError(errors: FieldError[]): DvcApiError {
  const body = { ...problem, errors };
  return new DvcApiError({
    request: new Request('http://localhost/v1/dossiers', { method: 'POST' }),
    response: new Response(JSON.stringify(body), { status: 422 }),
    problem: body,
    locale: 'vi',
  });
}

/** These tests leave each field as a user would, so checking on blur runs too. */
const setField = (element: DvcDossierForm, pointer: string, value: string) =>
  setFieldOnly(element, pointer, value, { blur: true });

const networkError = () =>
  new DvcNetworkError({ request: undefined, cause: new TypeError('Failed to fetch'), locale: 'vi' });

function pick(element: DvcDossierForm, documentCode: string, files: File[]): void {
  const target = input(element, `/attachments/${documentCode}`);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  target.files = transfer.files;
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

const pdf = (name: string) => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });

async function form(fake: DvcClient, draftKey = freshDraftKey(), outbox?: unknown) {
  const element = await fixture<DvcDossierForm>(html`<dvc-dossier-form
    procedure-code="1.001193"
    draft-key=${draftKey}
    .client=${fake}
    .outbox=${outbox}
  ></dvc-dossier-form>`);
  await waitUntil(
    () =>
      (root(element).querySelector<HTMLSelectElement>(`#${fieldId('/owner/address/wardCode')}`)?.options
        .length ?? 0) > 1,
    'the form did not load',
  );
  return element;
}

async function fillValid(element: DvcDossierForm): Promise<void> {
  for (const [pointer, value] of validBirthRegistration()) {
    setField(element, pointer, value);
    await element.updateComplete;
  }
  pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
  pick(element, 'TP2', [pdf('giấy-chứng-sinh.pdf')]);
  await waitUntil(() => text(root(element)).split('Đã tải lên').length === 3, 'uploads');
  await waitUntil(
    () => input<HTMLSelectElement>(element, '/delivery/locationId').options.length > 1,
    'no result-return places',
  );
  setField(element, '/delivery/locationId', 'loc-agent-vnpost-01');
  await element.updateComplete;
}

const continueButton = (element: DvcDossierForm) =>
  root(element).querySelector('button[type="submit"]') as HTMLButtonElement;

async function toReview(element: DvcDossierForm): Promise<void> {
  continueButton(element).click();
  await waitUntil(
    () => root(element).querySelector('[part~="submit-button"]'),
    'no review step',
    PART_LOAD_WAIT,
  );
  const consent = input(element, '/consent/personalDataProcessing');
  if (!consent.checked) consent.click();
  await element.updateComplete;
}

const summaryFocused = (element: DvcDossierForm) =>
  waitUntil(
    () => root(element).activeElement === part(element, 'error-summary'),
    'the summary did not take focus',
  );

describe('<dvc-dossier-form>', () => {
  it('renders the procedure’s sections, documents to bring, the fee and the steps', async () => {
    const element = await form(client());
    const all = text(root(element));
    for (const title of [
      'Chủ hồ sơ',
      'Người nộp hồ sơ',
      'Thông tin người được khai sinh',
      'Giấy tờ',
      'Nhận kết quả',
    ]) {
      expect(all).to.contain(title);
    }
    expect(text(part(element, 'show-only'))).to.contain('Giấy tờ tùy thân của người đi đăng ký khai sinh');
    expect(text(part(element, 'fee-summary'))).to.contain('Miễn phí');
    expect(text(part(element, 'fee-summary'))).to.contain('1 ngày làm việc');
    expect(part(element, 'steps').querySelector('[aria-current="step"]')?.textContent).to.contain(
      'Điền thông tin',
    );
    // Required e-form fields are the rule; optional ones say so.
    expect(text(input(element, '/formData/fatherFullName').closest('[part~="field"]'))).to.contain(
      '(không bắt buộc)',
    );
    expect(text(input(element, '/formData/childFullName').closest('[part~="field"]'))).not.to.contain(
      'không bắt buộc',
    );
    expect(input(element, '/formData/childSex').type).to.equal('radio');
    expect(input(element, '/formData/requesterRelationship').tagName).to.equal('SELECT');
  });

  it('takes a ProcedureDetail as a property without loading it', async () => {
    let loads = 0;
    const fake = fakeClient({
      procedures: {
        get: async () => {
          loads++;
          return procedure;
        },
      },
      wards: { list: async () => ({ items: wards, attribution: 'test' }) },
    });
    const element = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form .procedure=${procedure} draft-key=${freshDraftKey()} .client=${fake}></dvc-dossier-form>`,
    );
    await waitUntil(() => root(element).querySelector(`#${fieldId('/formData/childFullName')}`), 'no e-form');
    expect(loads).to.equal(0);
  });

  it('summarises every problem on submit, focuses it, links each to its field, with the inline wording', async () => {
    const element = await form(client());
    setField(element, '/owner/personalId', '001195012345');
    setField(element, '/owner/dateOfBirth', '14/03/1990');
    continueButton(element).click();
    await summaryFocused(element);
    const summary = part(element, 'error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h2'))).to.equal('Có lỗi cần sửa');
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(8);
    expect(text(links[0])).to.equal('Vui lòng nhập họ và tên.');
    expect(links.map(text)).to.include('Năm sinh không khớp với số định danh cá nhân.');
    // Each empty field is named in its line of the summary.
    expect(links.map(text)).to.include('Vui lòng chọn giới tính.');
    expect(links.map(text)).to.include('Vui lòng nhập dân tộc.');
    expect(links.map(text)).to.include('Vui lòng chọn phường, xã nơi cư trú (Hà Nội).');
    expect(links.map(text)).to.include('Thiếu giấy tờ: Tờ khai đăng ký khai sinh (theo mẫu).');

    // Every summary entry reads exactly as the message next to its field, prefixed there with "Lỗi:".
    for (const link of links) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      const inline = root(element).querySelector(`#${id}-error`);
      expect(text(inline), id).to.equal(`Lỗi: ${text(link)}`);
      expect(text(inline?.querySelector('.visually-hidden'))).to.equal('Lỗi:');
    }
    const personalId = input(element, '/owner/personalId');
    expect(personalId.getAttribute('aria-invalid')).to.equal('true');
    expect(personalId.getAttribute('aria-describedby')).to.contain(`${fieldId('/owner/personalId')}-error`);

    links.find((link) => text(link).startsWith('Năm sinh'))?.click();
    expect(root(element).activeElement).to.equal(personalId);
    links.find((link) => text(link).startsWith('Thiếu giấy tờ'))?.click();
    expect(root(element).activeElement).to.equal(input(element, '/attachments/TP1'));
  });

  it('checks the personal ID against the sex and its own shape', async () => {
    const element = await form(client());
    setField(element, '/owner/sex', 'MALE');
    setField(element, '/owner/personalId', '001190024817');
    await element.updateComplete;
    expect(text(root(element))).to.contain('Giới tính không khớp với số định danh cá nhân.');
    setField(element, '/owner/personalId', '123');
    await element.updateComplete;
    expect(text(root(element))).to.contain('Số định danh cá nhân phải gồm đúng 12 chữ số.');
    setField(element, '/owner/personalId', '001090024817');
    await element.updateComplete;
    expect(root(element).querySelector(`#${fieldId('/owner/personalId')}-error`)).to.equal(null);
  });

  it('checks a field when the user leaves it, not while typing, and clears the error once fixed', async () => {
    const element = await form(client());
    const phone = input(element, '/owner/phone');
    phone.focus();
    await sendKeys({ type: '0112' });
    await element.updateComplete;
    expect(root(element).querySelector(`#${fieldId('/owner/phone')}-error`)).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(text(root(element).querySelector(`#${fieldId('/owner/phone')}-error`))).to.contain(
      'Số điện thoại',
    );
    expect(part(element, 'error-summary').querySelector('a')).to.equal(null);
    phone.focus();
    phone.select();
    await sendKeys({ type: '0912 345 678' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(root(element).querySelector(`#${fieldId('/owner/phone')}-error`)).to.equal(null);
  });

  it('refuses files of the wrong type or over 10 MB before uploading them', async () => {
    const fake = client();
    const element = await form(fake);
    pick(element, 'TP1', [new File(['x'], 'đơn.docx', { type: 'application/msword' })]);
    await element.updateComplete;
    expect(text(root(element).querySelector(`#${fieldId('/attachments/TP1')}-error`))).to.contain(
      'Tệp “đơn.docx” không đúng định dạng. Chỉ nhận PDF, JPEG, PNG.',
    );
    pick(element, 'TP1', [
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'to.pdf', { type: 'application/pdf' }),
    ]);
    await element.updateComplete;
    expect(text(root(element).querySelector(`#${fieldId('/attachments/TP1')}-error`))).to.contain(
      'lớn hơn 10 MB',
    );
    expect(fake.recorded.uploads).to.deep.equal([]);
  });

  it('retries a failed upload with the same file', async () => {
    let failures = 1;
    const fake = client({
      upload: async (_file, options) => {
        if (failures-- > 0) throw Object.assign(new Error('reset'), { userMessage: 'Mất kết nối.' });
        return {
          ...(await loadExample<Attachment>('Attachment')),
          id: 'att_retry',
          fileName: options.fileName,
        };
      },
    });
    const element = await form(fake);
    const errors: unknown[] = [];
    element.addEventListener('dvc-error', (event) => errors.push(event.detail.error));
    pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
    await waitUntil(
      () => text(root(element).querySelector('[part~="upload"]')).includes('Mất kết nối.'),
      'no failure',
    );
    expect(errors).to.have.length(1);
    const retry = [...part(element, 'upload').querySelectorAll('button')].find((button) =>
      text(button).startsWith('Thử lại'),
    );
    expect(text(retry)).to.equal('Thử lại tờ-khai.pdf');
    retry?.click();
    await waitUntil(() => text(part(element, 'upload')).includes('Đã tải lên'), 'no retry');
    expect(fake.recorded.uploads).to.deep.equal(['tờ-khai.pdf', 'tờ-khai.pdf']);
  });

  it('shows a server 422 inline and in the summary; unknown pointers in the summary only', async () => {
    const fake = client({
      create: async () => {
        throw apiError([
          ...(problem.errors ?? []),
          {
            pointer: '/channel',
            code: 'channel-not-offered',
            message: { vi: 'Kênh này không nhận.', en: 'Not offered.' },
          },
        ]);
      },
    });
    const element = await form(fake);
    const errors: unknown[] = [];
    element.addEventListener('dvc-error', (event) => errors.push(event.detail.error));
    await fillValid(element);
    await toReview(element);
    part(element, 'submit-button').click();
    await summaryFocused(element);
    expect(errors).to.have.length(1);
    expect(part(element, 'steps').querySelector('[aria-current="step"]')?.textContent).to.contain(
      'Điền thông tin',
    );
    const summary = part(element, 'error-summary');
    const links = [...summary.querySelectorAll('a')].map(text);
    expect(links).to.deep.equal([
      'Năm sinh không khớp với số định danh cá nhân.',
      'Số điện thoại không hợp lệ: số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định Hà Nội bắt đầu bằng 024.',
      'Thông tin này là bắt buộc.',
    ]);
    // Both required documents were attached, so "missing document" has no field to point at.
    expect(text(summary)).to.contain('Thiếu giấy tờ: Giấy chứng sinh do cơ sở y tế cấp.');
    expect(text(summary)).to.contain('Kênh này không nhận.');
    expect(text(root(element).querySelector(`#${fieldId('/formData/childDateOfBirth')}-error`))).to.equal(
      'Lỗi: Thông tin này là bắt buộc.',
    );
    // Fixing the field and leaving it clears the server's message.
    setField(element, '/owner/phone', '0987654321');
    await element.updateComplete;
    expect(root(element).querySelector(`#${fieldId('/owner/phone')}-error`)).to.equal(null);
  });

  it('persists the key before the first attempt, keeps it after an unclear failure, and takes a new one after a refusal', async () => {
    const id = () => draftId('1.001193', key);
    const key = freshDraftKey();
    const outcomes: (() => Promise<DossierCreated>)[] = [
      async () => {
        throw apiError([
          { pointer: '/owner/phone', code: 'phone.prefix', message: { vi: 'Sai số.', en: 'Wrong.' } },
        ]);
      },
      async () => {
        throw networkError();
      },
      async () => created,
    ];
    const persistedKeys: (string | undefined)[] = [];
    const fake = client({
      create: async () => {
        persistedKeys.push((await drafts.get(id()))?.pending?.key);
        return (outcomes.shift() as () => Promise<DossierCreated>)();
      },
    });
    const element = await form(fake, key);
    await fillValid(element);
    await toReview(element);
    part(element, 'submit-button').click();
    await summaryFocused(element);

    setField(element, '/owner/phone', '0987654321');
    await toReview(element);
    part(element, 'submit-button').click();
    await waitUntil(
      () => text(part(element, 'submit-error')).includes('Chưa rõ hồ sơ đã được gửi chưa.'),
      'no failure',
    );
    expect(part(element, 'submit-error').getAttribute('role')).to.equal('alert');

    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;

    const [first, second, third] = fake.recorded.creates;
    expect(persistedKeys).to.deep.equal([first?.key, second?.key, third?.key]);
    expect(second?.key).to.be.a('string').and.not.equal(first?.key);
    expect(third?.key).to.equal(second?.key);
    expect(third?.body).to.deep.equal(second?.body);
    expect(second?.body.owner.phone).to.equal('+84987654321');
    // Done: the draft and its key are gone.
    expect(await drafts.get(id())).to.equal(undefined);
  });

  it('settles an unclear earlier attempt before sending an edited form', async () => {
    let first = true;
    const fake = client({
      create: async () => {
        if (first) {
          first = false;
          throw networkError();
        }
        return created;
      },
    });
    const element = await form(fake);
    await fillValid(element);
    await toReview(element);
    part(element, 'submit-button').click();
    await waitUntil(() => text(part(element, 'submit-error')).includes('Chưa rõ'), 'no failure');
    (root(element).querySelector('[part~="review-section"] button') as HTMLButtonElement).click();
    await element.updateComplete;
    setField(element, '/owner/address/detail', 'Số 27 phố Quán Thánh');
    await toReview(element);
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;
    const [sent, resent] = fake.recorded.creates;
    // The earlier body went again with its key: the server may already have created that dossier.
    expect(resent?.key).to.equal(sent?.key);
    expect(resent?.body).to.deep.equal(sent?.body);
    expect(fake.recorded.creates).to.have.length(2);
  });

  it('queues the dossier in the outbox when offline, then shows the receipt once the outbox sends it', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let online = false;
    const fake = client();
    const outbox = createOutbox(fake, createMemoryOutboxStore(), {
      online: () => online,
      onlineEvents: new EventTarget(),
    });
    const key = freshDraftKey();
    const element = await form(fake, key, outbox);
    await fillValid(element);
    await toReview(element);
    part(element, 'submit-button').click();
    await waitUntil(() => text(root(element)).includes('Đã xếp hàng gửi khi có mạng'), 'not queued');
    expect(root(element).activeElement?.textContent).to.contain('Đã xếp hàng gửi khi có mạng');
    const [item] = await outbox.list();
    expect(item?.state).to.equal('queued');
    expect(item?.body.owner.fullName).to.equal('Nguyễn Thị Lan');
    expect(fake.recorded.creates).to.have.length(0);
    expect(await drafts.get(draftId('1.001193', key))).to.equal(undefined);
    await expectNoAxeViolations(element);

    online = true;
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    await outbox.flush();
    const { detail } = await submitted;
    expect(detail.dossier.code).to.equal(created.dossier.code);
    expect(root(element).querySelector('dvc-receipt')).to.not.equal(null);
    outbox.close();
  });

  it('queues in the outbox after a network error, and keeps the draft with an error when there is no outbox', async () => {
    const failing = client({
      create: async () => {
        throw networkError();
      },
    });
    const outbox = createOutbox(failing, createMemoryOutboxStore(), {
      online: () => false,
      onlineEvents: new EventTarget(),
    });
    const queued = await form(failing, freshDraftKey(), outbox);
    await fillValid(queued);
    await toReview(queued);
    part(queued, 'submit-button').click();
    await waitUntil(() => text(root(queued)).includes('Đã xếp hàng gửi khi có mạng'), 'not queued');
    expect(await outbox.list()).to.have.length(1);
    outbox.close();

    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const key = freshDraftKey();
    const alone = await form(failing, key);
    await fillValid(alone);
    await toReview(alone);
    part(alone, 'submit-button').click();
    await waitUntil(
      () => text(part(alone, 'submit-error')).includes('Chưa rõ hồ sơ đã được gửi chưa.'),
      'no error',
    );
    const draft = await drafts.get(draftId('1.001193', key));
    expect(draft?.values['/owner/fullName']).to.equal('Nguyễn Thị Lan');
    expect(draft?.pending?.key).to.be.a('string');
  });

  it('sends nothing when the app cancels dvc-dossier-submit, whose detail is the body', async () => {
    const fake = client();
    const element = await form(fake);
    await fillValid(element);
    await toReview(element);
    let body: DossierCreate | undefined;
    element.addEventListener('dvc-dossier-submit', (event) => {
      body = event.detail.body;
      event.preventDefault();
    });
    part(element, 'submit-button').click();
    await element.updateComplete;
    expect(body?.procedureCode).to.equal('1.001193');
    expect(body?.owner).to.deep.include({
      personalId: '001190024817',
      dateOfBirth: '1990-03-14',
      phone: '+84912345678',
    });
    expect(body?.consent).to.deep.include({ personalDataProcessing: true, textVersion: '2025-07-01' });
    expect(body?.attachments.map((attachment) => attachment.documentCode)).to.deep.equal(['TP1', 'TP2']);
    expect(fake.recorded.creates).to.have.length(0);
    expect(part(element, 'submit-button').getAttribute('aria-disabled')).to.equal('false');
  });

  it('restores the draft in a new element with the same draft-key, with a notice and a way to start over', async () => {
    const key = freshDraftKey();
    const first = await form(client(), key);
    setField(first, '/owner/fullName', 'Trần Văn Bình');
    pick(first, 'TP1', [pdf('tờ-khai.pdf')]);
    await waitUntil(
      () => text(root(first).querySelector('[part~="upload"]')).includes('Đã tải lên'),
      'upload',
    );
    // Removing the element saves at once, without waiting for the autosave pause.
    first.remove();

    const other = await form(client(), freshDraftKey());
    expect(input(other, '/owner/fullName').value).to.equal('');
    expect(text(part(other, 'notice'))).to.equal('');

    const second = await form(client(), key);
    await waitUntil(() => input(second, '/owner/fullName').value === 'Trần Văn Bình', 'not restored', {
      timeout: 3000,
    });
    expect(text(part(second, 'notice'))).to.contain('Đã khôi phục bản nháp lưu lúc');
    expect(part(second, 'notice').getAttribute('role')).to.equal('status');
    expect(text(part(second, 'upload'))).to.contain('tờ-khai.pdf');

    (part(second, 'notice').querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => input(second, '/owner/fullName').value === '', 'not emptied');
    expect(root(second).querySelector('[part~="upload"]')).to.equal(null);
    expect(await drafts.get(draftId('1.001193', key))).to.equal(undefined);
  });

  it('reset() empties the form and deletes its draft from IndexedDB, firing no event', async () => {
    const key = freshDraftKey();
    const element = await form(client(), key);
    const events: string[] = [];
    for (const type of ['dvc-dossier-submit', 'dvc-dossier-submitted', 'dvc-error']) {
      element.addEventListener(type, () => events.push(type));
    }
    setField(element, '/owner/fullName', 'Trần Văn Bình');
    pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
    // The autosave writes after a pause in typing.
    await waitUntil(
      async () => (await drafts.get(draftId('1.001193', key)))?.attachments.length === 1,
      'no autosave',
      {
        timeout: 3000,
      },
    );
    await element.reset();
    expect(await drafts.get(draftId('1.001193', key))).to.equal(undefined);
    await element.updateComplete;
    expect(input(element, '/owner/fullName').value).to.equal('');
    expect(root(element).querySelector('[part~="upload"]')).to.equal(null);
    // Nothing comes back after the autosave pause either.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await drafts.get(draftId('1.001193', key))).to.equal(undefined);

    element.procedure = { ...procedure };
    element.draftKey = freshDraftKey();
    element.channel = 'IN_PERSON';
    await element.updateComplete;
    expect(events).to.deep.equal([]);
  });

  it('has no accessibility violations on the review step and after submitting', async () => {
    const element = await form(client());
    await fillValid(element);
    await toReview(element);
    await expectNoAxeViolations(element);
    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;
    await expectNoAxeViolations(element);
    await setLocale('en');
    await element.updateComplete;
    expect(text(part(element, 'outcome'))).to.contain('Dossier submitted');
    await expectNoAxeViolations(element);
  });

  it('gives every input a target of at least 44 px in counter mode', async () => {
    const element = await form(client());
    element.counter = true;
    await element.updateComplete;
    for (const pointer of ['/owner/fullName', '/owner/address/wardCode', '/delivery/locationId']) {
      expect(input(element, pointer).getBoundingClientRect().height, pointer).to.be.at.least(44);
    }
    const choice = input(element, '/owner/sex').closest('.choice') as HTMLElement;
    expect(choice.getBoundingClientRect().height).to.be.at.least(44);
  });
});
