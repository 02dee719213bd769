// <dvc-status-tracker> against the real sandbox and its simulated back office: a dossier is filed
// through the API, looked up in the tracker, moved along by `client.sandbox.advance`, and the citizen
// answers the supplement request through the tracker's own form.
import { createClient, type DvcClient } from '@dvc-kit/client';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadExample } from '../../../../../tests/support/examples.js';
import { mintTestToken, sandboxClient } from '../../../../../tests/support/sandbox-client.js';
import './define.js';
import type { DvcStatusChangeDetail, DvcStatusTracker } from './status-tracker.js';
import type { DossierStatus } from './tracker-types.js';

type DossierCreate = Parameters<DvcClient['dossiers']['create']>[0];

// The example's owner, Nguyễn Thị Lan (openapi/examples/README.md).
const OWNER_PERSONAL_ID = '001190024817';
const PROCEDURE = '1.001193';

const pdf = (name: string): File =>
  new File(['%PDF-1.4\n%dvc-kit test\n'], name, { type: 'application/pdf' });

/** What a recording client saw: every request's method, URL and body. */
interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

/** A real sandbox client whose `fetch` records every request (the client's own injection point). */
function recordingSandboxClient(): { client: DvcClient; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const client = createClient({
    baseUrl: location.origin,
    getToken: () =>
      mintTestToken({
        agentPointId: 'loc-agent-vnpost-01',
        staff: { id: 'staff-01', fullName: 'Trần Thị Thu' },
      }),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const body = request.body === null ? '' : await request.clone().text();
      requests.push({ method: request.method, url: request.url, body });
      return fetch(request);
    },
  });
  return { client, requests };
}

/** Files a dossier for 1.001193 like DossierCreate.json, uploading a small PDF for each document. */
async function fileDossier(client: DvcClient): Promise<string> {
  const example = await loadExample<DossierCreate>('DossierCreate');
  const procedure = await client.procedures.get(PROCEDURE);
  const codes = new Set([
    ...procedure.requiredDocuments
      .filter((document) => document.required && document.submission === 'UPLOAD')
      .map((document) => document.code),
    // The authorisation the agent's representative refers to.
    ...example.attachments.map((attachment) => attachment.documentCode),
  ]);
  const attachments = [];
  for (const documentCode of codes) {
    const attachment = await client.attachments.upload(pdf(`${documentCode}.pdf`), {
      fileName: `${documentCode}.pdf`,
      documentCode,
    });
    attachments.push({ documentCode, attachmentId: attachment.id });
  }
  const { dossier } = await client.dossiers.create({
    ...example,
    attachments,
    consent: { ...example.consent, acceptedAt: new Date().toISOString() },
  });
  return dossier.code;
}

const text = (element: Element | null | undefined): string =>
  (element?.shadowRoot ?? element)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function part(element: DvcStatusTracker, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

const liveText = (element: DvcStatusTracker): string =>
  text(element.shadowRoot?.querySelector('[role="status"]'));

function type(element: DvcStatusTracker, id: string, value: string): void {
  const input = element.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function lookUp(element: DvcStatusTracker, code: string, personalId: string): Promise<void> {
  type(element, 'code', code);
  type(element, 'personal-id', personalId);
  (part(element, 'lookup-form') as HTMLFormElement).requestSubmit();
}

/** Presses "Làm mới" and waits for the status change it must reveal. */
async function refreshTo(element: DvcStatusTracker, status: DossierStatus): Promise<DvcStatusChangeDetail> {
  const changed = oneEvent(element, 'dvc-status-change');
  part(element, 'refresh-button').click();
  const { detail } = await changed;
  expect(detail.current).to.equal(status);
  return detail;
}

describe('<dvc-status-tracker> against the sandbox', () => {
  it('follows a dossier from receipt to return, with the supplement sent through the tracker', async function () {
    // About fifteen round trips to the sandbox, each a few milliseconds, on a loaded two-core machine.
    (this as { timeout(ms: number): void }).timeout(30_000);
    const backOffice = sandboxClient();
    const code = await fileDossier(backOffice);
    const { client, requests } = recordingSandboxClient();
    const element = await fixture<DvcStatusTracker>(
      // Automatic refresh off: the test moves the dossier and presses "Làm mới" itself.
      html`<dvc-status-tracker .client=${client} poll-interval="0"></dvc-status-tracker>`,
    );
    const changes: DvcStatusChangeDetail[] = [];
    element.addEventListener('dvc-status-change', (event) => changes.push(event.detail));

    // Received at once by the simulated back office.
    const found = oneEvent(element, 'dvc-status-tracker-load');
    await lookUp(element, code.toLowerCase(), OWNER_PERSONAL_ID);
    const { detail: loaded } = await found;
    expect(loaded.dossier.code).to.equal(code);
    expect(text(part(element, 'status'))).to.equal('Trạng thái: Được tiếp nhận (mã 2)');
    expect(text(part(element, 'result'))).to.contain('Đăng ký khai sinh');
    expect(text(part(element, 'result'))).to.contain('N***** T** L** · 001*******17');
    expect(text(part(element, 'timeliness'))).to.equal('Trong hạn');
    expect(liveText(element)).to.equal(`Đã tìm thấy hồ sơ ${code}. Trạng thái: Được tiếp nhận.`);
    expect(changes, 'no event for the first load').to.have.length(0);

    await backOffice.sandbox.advance(code, { to: 'PROCESSING' });
    expect(await refreshTo(element, 'PROCESSING')).to.include({
      previous: 'RECEIVED',
      current: 'PROCESSING',
    });
    expect(text(part(element, 'status'))).to.contain('Đang xử lý');
    expect(liveText(element)).to.equal(`Hồ sơ ${code} đã chuyển sang trạng thái: Đang xử lý.`);

    await backOffice.sandbox.advance(code, {
      to: 'SUPPLEMENT_REQUESTED',
      missingDocumentCodes: ['TP2'],
      note: { vi: 'Bản chụp Giấy chứng sinh bị mờ.', en: 'The scan is blurred.' },
    });
    await refreshTo(element, 'SUPPLEMENT_REQUESTED');
    const panel = part(element, 'supplement');
    expect(text(panel)).to.contain('Bản chụp Giấy chứng sinh bị mờ.');
    expect(text(panel)).to.match(/Hạn bổ sung\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(liveText(element)).to.contain('Yêu cầu bổ sung giấy tờ');

    // The citizen chooses the clear scan and sends it from the tracker.
    const input = part(element, 'file-input') as HTMLInputElement;
    expect(input.labels?.[0]?.textContent).to.equal('Giấy chứng sinh do cơ sở y tế cấp');
    const chosen = new DataTransfer();
    chosen.items.add(pdf('giay-chung-sinh-ro-net.pdf'));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const note = element.shadowRoot?.querySelector<HTMLTextAreaElement>('#note') as HTMLTextAreaElement;
    note.value = 'Gửi lại bản chụp rõ nét.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const resumed = oneEvent(element, 'dvc-status-change');
    (panel.querySelector('form') as HTMLFormElement).requestSubmit();
    const { detail: afterSupplement } = await resumed;
    expect(afterSupplement).to.include({ previous: 'SUPPLEMENT_REQUESTED', current: 'PROCESSING' });
    expect(element.shadowRoot?.querySelector('[part~="supplement"]')).to.equal(null);
    expect(text(part(element, 'timeline'))).to.contain('Đã bổ sung giấy tờ: Gửi lại bản chụp rõ nét.');
    expect(liveText(element)).to.equal(
      `Đã gửi giấy tờ bổ sung. Hồ sơ ${code} đã chuyển sang trạng thái: Đang xử lý.`,
    );

    await backOffice.sandbox.advance(code, { to: 'RESULT_READY' });
    await refreshTo(element, 'RESULT_READY');
    const pickup = text(part(element, 'result-pickup'));
    expect(pickup).to.contain('Nhận trực tiếp');
    expect(pickup).to.contain('Điểm đại lý DVC – Bưu cục Ba Đình');
    expect(pickup).to.match(/Giờ làm việc\S/);
    expect(liveText(element)).to.contain('Đã xử lý xong');

    await backOffice.sandbox.advance(code, { to: 'RETURNED' });
    await refreshTo(element, 'RETURNED');
    expect(text(part(element, 'status'))).to.equal('Trạng thái: Đã trả kết quả (mã 10)');
    expect(text(part(element, 'result'))).to.match(/Ngày trả kết quả\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(part(element, 'timeliness').dataset.timeliness).to.match(/^RETURNED_/);

    expect(changes.map(({ previous, current }) => `${previous}→${current}`)).to.deep.equal([
      'RECEIVED→PROCESSING',
      'PROCESSING→SUPPLEMENT_REQUESTED',
      'SUPPLEMENT_REQUESTED→PROCESSING',
      'PROCESSING→RESULT_READY',
      'RESULT_READY→RETURNED',
    ]);

    // The ID number travelled only in POST bodies — the lookups and the supplement — never in a URL.
    const lookups = requests.filter((request) => request.url.endsWith('/v1/dossier-lookups'));
    expect(lookups).to.have.length(5);
    for (const lookup of lookups) {
      expect(lookup.method).to.equal('POST');
      expect(JSON.parse(lookup.body)).to.deep.equal({ code, ownerPersonalId: OWNER_PERSONAL_ID });
    }
    const supplement = requests.find((request) => request.url.endsWith('/supplements'));
    expect(JSON.parse(supplement?.body ?? '{}').ownerPersonalId).to.equal(OWNER_PERSONAL_ID);
    for (const request of requests) expect(request.url).to.not.contain(OWNER_PERSONAL_ID);
    const loadedUrls = performance.getEntriesByType('resource').map((entry) => entry.name);
    for (const url of loadedUrls) expect(url).to.not.contain(OWNER_PERSONAL_ID);
  });

  it('shows the sandbox’s 404 message when the code and the ID number do not match', async () => {
    const backOffice = sandboxClient();
    const code = await fileDossier(backOffice);
    const element = await fixture<DvcStatusTracker>(
      html`<dvc-status-tracker .client=${sandboxClient()} poll-interval="0"></dvc-status-tracker>`,
    );
    // Another valid ID number: Hà Nội, a man born in 1985 (the example's father).
    const wrongId = '001085031562';
    const answer = await backOffice.dossiers.lookup({ code, ownerPersonalId: wrongId }).then(
      () => undefined,
      (error: unknown) => error as { status?: number; userMessage?: string },
    );
    expect(answer?.status).to.equal(404);
    await lookUp(element, code, wrongId);
    await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]') !== null, 'the error shows');
    expect(text(element.shadowRoot?.querySelector('[role="alert"]'))).to.equal(answer?.userMessage);
    expect(answer?.userMessage).to.match(/^Không tìm thấy/);
    expect(element.shadowRoot?.querySelector('[part~="result"]')).to.equal(null);
  });
});
