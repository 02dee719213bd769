// <dvc-rating kind="dossier">: the flows against the real sandbox (a dossier created, advanced and rated
// over HTTP), keyboard only; edge states with fake clients.
import type {
  DossierCreate,
  DossierRating,
  DossierRatingCreate,
  DossierStatusView,
  DvcClient,
} from '@dvc-kit/client';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { encode } from 'uqr';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import { sandboxClient } from '../../../../../tests/support/sandbox-client.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import type { DvcRating } from './rating.js';

// The owner of the DossierCreate example: the dossiers created below are hers.
const OWNER_ID = '001190024817';
const RATING_URL = 'https://dvc.example.vn/danh-gia?code={code}';

afterEach(async () => {
  await setLocale('vi');
});

// A minimal PDF: the sandbox judges uploads by their first bytes ("%PDF-").
function pdf(): Blob {
  return new Blob(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], { type: 'application/pdf' });
}

/**
 * Files a birth registration (1.001193) in the sandbox — a PDF for each required upload and for the
 * representative's authorisation the example names — and has the back office move it to `to`.
 */
async function createDossier(client: DvcClient, to: 'RESULT_READY' | 'PROCESSING'): Promise<string> {
  const [procedure, example] = await Promise.all([
    client.procedures.get('1.001193'),
    loadExample<DossierCreate>('DossierCreate'),
  ]);
  const requiredUploads = procedure.requiredDocuments
    .filter((document) => document.required && document.submission === 'UPLOAD')
    .map((document) => document.code);
  const codes = [...new Set([...requiredUploads, ...example.attachments.map((ref) => ref.documentCode)])];
  const attachments = await Promise.all(
    codes.map(async (documentCode) => {
      const attachment = await client.attachments.upload(pdf(), {
        fileName: `${documentCode}.pdf`,
        documentCode,
      });
      return { documentCode, attachmentId: attachment.id };
    }),
  );
  // A fresh client reference: the same body twice would be one submission (exactly once).
  const body: DossierCreate = { ...example, attachments, clientReference: `RATING-${crypto.randomUUID()}` };
  const { dossier } = await client.dossiers.create(body);
  // Filed at an agent point the dossier may already be received; online it starts as submitted.
  if (dossier.status === 'SUBMITTED') await client.sandbox.advance(dossier.code, { to: 'RECEIVED' });
  await client.sandbox.advance(dossier.code, { to });
  return dossier.code;
}

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

function text(element: Element): string {
  return (root(element).textContent ?? '').replace(/\s+/g, ' ');
}

function part<T extends Element = HTMLElement>(element: Element, name: string): T {
  const found = root(element).querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

function radios(element: Element, name = 'level'): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
}

// Disabled by their own attribute or by a disabled fieldset around them (`.disabled` sees only the former).
function isDisabled(control: Element | undefined): boolean {
  return control?.matches(':disabled') ?? false;
}

function focused(element: Element): Element | null {
  return root(element).activeElement;
}

function countEvents(element: Element, ...types: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(types.map((type) => [type, 0]));
  for (const type of types) element.addEventListener(type, () => (counts[type] = (counts[type] ?? 0) + 1));
  return counts;
}

async function pressTimes(key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

// A client whose rateDossier records the body and answers like the server would.
function recordingClient(): DvcClient & { bodies: DossierRatingCreate[] } {
  const bodies: DossierRatingCreate[] = [];
  const client = fakeClient({
    ratings: {
      rateDossier: async (code, body) => {
        bodies.push(body);
        return {
          dossierCode: code,
          satisfaction: body.satisfaction,
          reasons: body.reasons ?? [],
          comment: body.comment ?? null,
          officialIndices: body.officialIndices ?? null,
          via: body.via,
          agentPointId: null,
          ratedAt: '2025-11-28T09:00:00+07:00',
        };
      },
    },
  });
  return Object.assign(client, { bodies });
}

describe('<dvc-rating> with the sandbox', () => {
  it('rates a result-ready dossier keyboard-only, with reasons when unhappy', async () => {
    const client = sandboxClient();
    const code = await createDossier(client, 'RESULT_READY');
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code=${code} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    // No status given: the element looks it up with code and ID number, then opens the scale.
    await waitUntil(
      () => radios(element).length === 3 && !isDisabled(radios(element)[0]),
      'the lookup opens it',
    );
    const events = countEvents(element, 'input', 'change');

    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(radios(element)[0]);
    await pressTimes('ArrowDown', 2);
    expect(element.value).to.equal('DISSATISFIED');
    expect(radios(element)[2]?.checked).to.equal(true);
    expect(events).to.deep.equal({ input: 2, change: 2 });
    await element.updateComplete;

    // Reasons appear with "Không hài lòng": Tab to the chips, Space toggles.
    expect(part(element, 'reasons').querySelector('legend')?.textContent).to.contain('Lý do');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Trả kết quả trễ hạn
    await pressTimes('Tab', 3);
    await sendKeys({ press: 'Space' }); // Thái độ của cán bộ
    await pressTimes('Tab', 4); // past the other reasons, into the comment
    expect(focused(element)).to.equal(part(element, 'comment'));
    await sendKeys({ type: 'Phải chờ lâu' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'submit-button'));

    const submitted = oneEvent(element, 'dvc-rating-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<DossierRating>;
    expect(detail).to.include({
      dossierCode: code,
      satisfaction: 'DISSATISFIED',
      comment: 'Phải chờ lâu',
      via: 'CITIZEN_DEVICE',
      agentPointId: 'loc-agent-vnpost-01',
    });
    expect(detail.reasons).to.deep.equal(['LATE', 'STAFF_ATTITUDE']);
    // Sending is not a change of the value.
    expect(events).to.deep.equal({ input: 2, change: 2 });

    await element.updateComplete;
    expect(text(element)).to.contain('Cảm ơn Ông/Bà đã đánh giá.');
    expect(text(element)).to.contain('Mỗi hồ sơ chỉ được đánh giá một lần.');
    expect(radios(element)).to.have.length(0);
    expect(focused(element)?.textContent).to.contain('Cảm ơn');
  });

  it('refuses a second rating: the 409 and the lookup both show that the dossier was rated', async () => {
    const client = sandboxClient();
    const code = await createDossier(client, 'RESULT_READY');
    await client.ratings.rateDossier(code, {
      ownerPersonalId: OWNER_ID,
      satisfaction: 'SATISFIED',
      via: 'CITIZEN_DEVICE',
    });

    // The app says the result is ready, so no lookup: the server's 409 `already-rated` answers.
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code=${code} owner-personal-id=${OWNER_ID} status="RESULT_READY"></dvc-rating>`,
    );
    const events = countEvents(element, 'dvc-rating-submitted');
    radios(element)[0]?.click();
    expect(await element.submit()).to.equal(undefined);
    await element.updateComplete;
    expect(text(element)).to.contain('Hồ sơ này đã được đánh giá.');
    expect(text(element)).to.contain('Mỗi hồ sơ chỉ được đánh giá một lần.');
    expect(root(element).querySelector('[part~="submit-button"]')).to.equal(null);
    expect(events['dvc-rating-submitted']).to.equal(0);

    // Without a status, the lookup's `rated: true` says so before anything can be chosen.
    const again = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code=${code} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    await waitUntil(() => text(again).includes('Hồ sơ này đã được đánh giá.'), 'the lookup says rated');
    expect(radios(again)).to.have.length(0);
  });

  it('keeps the controls disabled, with the reason, before the result is ready', async () => {
    const client = sandboxClient();
    const code = await createDossier(client, 'PROCESSING');
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code=${code} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    await waitUntil(() => text(element).includes('Trạng thái hiện tại'), 'the lookup finds the status');
    const notice = part(element, 'notice');
    expect(notice.textContent?.replace(/\s+/g, ' ')).to.contain(
      'Ông/Bà có thể đánh giá khi hồ sơ đã có kết quả. Trạng thái hiện tại: Đang xử lý.',
    );
    expect(radios(element).every(isDisabled)).to.equal(true);
    expect(isDisabled(part(element, 'comment'))).to.equal(true);
    expect(isDisabled(part(element, 'submit-button'))).to.equal(true);
    expect(part(element, 'levels').getAttribute('aria-describedby')).to.contain('notice');
    await expectNoAxeViolations(element);

    const capture = captureWarnings();
    try {
      expect(await element.submit()).to.equal(undefined);
      expect(capture.warnings.join('\n')).to.contain('cannot be sent');
    } finally {
      capture.restore();
    }
  });

  it('at a counter, hands the device over: the citizen types their full ID number and rates', async () => {
    const client = sandboxClient();
    const code = await createDossier(client, 'RESULT_READY');
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} counter dossier-code=${code} rating-url=${RATING_URL}></dvc-rating>`,
    );
    expect(text(element)).to.contain('Chỉ người dân tự đánh giá; cán bộ không đánh giá thay.');
    expect(radios(element)).to.have.length(0);

    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'handover-button'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)?.textContent).to.contain('Mời Ông/Bà tự đánh giá');

    // The last digits prove nothing: the whole number is asked for and checked.
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'personal-id'));
    await sendKeys({ type: '4817' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'error-message').textContent).to.contain(
      'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    );
    expect(part(element, 'personal-id').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(element)).to.equal(part(element, 'personal-id'));
    await pressTimes('Backspace', 4);
    await sendKeys({ type: OWNER_ID });
    await sendKeys({ press: 'Enter' });

    // The lookup confirms the result is ready, and focus lands on the scale.
    await waitUntil(() => focused(element) === radios(element)[0], 'focus moves to the scale');
    await sendKeys({ press: 'Space' });
    expect(element.value).to.equal('VERY_SATISFIED');
    await pressTimes('Tab', 2); // the comment, then the send button
    expect(focused(element)).to.equal(part(element, 'submit-button'));
    const submitted = oneEvent(element, 'dvc-rating-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<DossierRating>;
    expect(detail).to.include({ dossierCode: code, satisfaction: 'VERY_SATISFIED', via: 'COUNTER_HANDOVER' });

    // Back to a neutral thank-you: nothing personal on screen or in the element's value.
    await element.updateComplete;
    expect(text(element)).to.contain('Cảm ơn Ông/Bà đã đánh giá.');
    expect(root(element).innerHTML).not.to.contain(OWNER_ID);
    expect(text(element)).not.to.contain(code);
    expect(root(element).querySelectorAll('input, textarea')).to.have.length(0);
    expect(element.value).to.equal('');
  });
});

describe('<dvc-rating> counter mode', () => {
  it('offers the citizen’s own phone: a QR code of the rating page with the encoded code, never the ID', async () => {
    const code = '000.00.24.H26/251127 0001';
    const capture = captureWarnings();
    let element: DvcRating;
    try {
      element = await fixture<DvcRating>(
        html`<dvc-rating counter dossier-code=${code} owner-personal-id=${OWNER_ID} rating-url=${RATING_URL}></dvc-rating>`,
      );
      // The agent's app cannot pass the citizen's ID number at a counter.
      expect(capture.warnings.join('\n')).to.contain('ignores owner-personal-id');
    } finally {
      capture.restore();
    }
    part(element, 'phone-button').click();
    await waitUntil(() => root(element).querySelector('[part~="qr-code"]'), 'the QR code is drawn');
    const link = part<HTMLAnchorElement>(element, 'rating-link');
    expect(link.href).to.equal('https://dvc.example.vn/danh-gia?code=000.00.24.H26%2F251127%200001');
    expect(link.href).not.to.contain(OWNER_ID);
    expect(text(element)).not.to.contain(OWNER_ID);

    // The symbol drawn is exactly the QR code of the link.
    const qr = part<SVGSVGElement>(element, 'qr-code');
    expect(qr.getAttribute('aria-label')).to.equal('Mã QR mở trang đánh giá');
    const size = encode(link.href, { ecc: 'M', border: 0 }).size;
    const runs = [...(qr.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)h(\d+)/g)];
    const drawn = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    for (const [, x, y, run] of runs) {
      for (let i = 0; i < Number(run); i++) {
        const row = drawn[Number(y)];
        if (row) row[Number(x) + i] = true;
      }
    }
    expect(drawn).to.deep.equal(encode(link.href, { ecc: 'M', border: 0 }).data);
    await expectNoAxeViolations(element);

    part(element, 'back-button').click();
    await element.updateComplete;
    expect(focused(element)?.textContent).to.contain('Đánh giá mức độ hài lòng');
  });

  it('offers only the hand-over, with a warning, when rating-url has no {code}', async () => {
    const capture = captureWarnings();
    try {
      const element = await fixture<DvcRating>(
        html`<dvc-rating counter dossier-code="000.00.24.H26-251127-0001" rating-url="https://dvc.example.vn/danh-gia"></dvc-rating>`,
      );
      expect(root(element).querySelector('[part~="phone-button"]')).to.equal(null);
      expect(root(element).querySelector('[part~="handover-button"]')).not.to.equal(null);
      expect(capture.warnings.join('\n')).to.contain('{code}');
    } finally {
      capture.restore();
    }
  });

  it('forgets everything the citizen typed when the hand-over is cancelled', async () => {
    const client = recordingClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} counter status="RETURNED" dossier-code="000.00.24.H26-251127-0001"></dvc-rating>`,
    );
    part(element, 'handover-button').click();
    await element.updateComplete;
    const input = part<HTMLInputElement>(element, 'personal-id');
    input.focus();
    await sendKeys({ type: OWNER_ID });
    part(element, 'continue-button').click();
    await element.updateComplete;
    radios(element)[2]?.click();
    await element.updateComplete;
    part<HTMLTextAreaElement>(element, 'comment').focus();
    await sendKeys({ type: 'Nguyễn Thị Lan, 0912345678' });

    part(element, 'cancel-button').click();
    await element.updateComplete;
    expect(part(element, 'handover-button')).to.exist;
    expect(element.value).to.equal('');
    part(element, 'handover-button').click();
    await element.updateComplete;
    expect(part<HTMLInputElement>(element, 'personal-id').value).to.equal('');
    expect(root(element).innerHTML).not.to.contain(OWNER_ID);
    expect(client.bodies).to.have.length(0);
  });
});

describe('<dvc-rating> states', () => {
  it('explains a not-yet-ready status given by the app, without a client', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating status="RECEIVED"></dvc-rating>`);
    expect(part(element, 'notice').textContent).to.contain('Trạng thái hiện tại: Được tiếp nhận.');
    expect(radios(element).every(isDisabled)).to.equal(true);
  });

  it('asks the ID number when the app has only the code, and sends it with the rating', async () => {
    const client = recordingClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"></dvc-rating>`,
    );
    expect(text(element)).to.contain('Xác nhận chủ hồ sơ');
    expect(text(element)).to.contain('Mã hồ sơ: 000.00.24.H26-251127-0001');
    part(element, 'personal-id').focus();
    await sendKeys({ type: '001 190 024 817' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    radios(element)[1]?.click();
    expect(await element.submit()).to.include({ satisfaction: 'SATISFIED' });
    expect(client.bodies[0]).to.deep.equal({
      ownerPersonalId: OWNER_ID,
      satisfaction: 'SATISFIED',
      via: 'CITIZEN_DEVICE',
    });
  });

  it('asks the official indices in full mode and sends the answers', async () => {
    const client = recordingClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} full status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    const indices = root(element).querySelectorAll('[part~="index"]');
    expect(indices).to.have.length(7);
    expect(indices[0]?.querySelector('legend')?.textContent).to.contain(
      'Thời gian giải quyết hồ sơ so với thời hạn theo quy định?',
    );
    radios(element)[0]?.click();
    radios(element, 'index-processingTime')[1]?.click(); // ON_TIME
    radios(element, 'index-overall')[0]?.click(); // VERY_SATISFIED
    await element.submit();
    expect(client.bodies[0]?.officialIndices).to.deep.equal({
      processingTime: 'ON_TIME',
      overall: 'VERY_SATISFIED',
    });
    expect(client.bodies[0]?.reasons).to.equal(undefined);
  });

  it('shows what went wrong when sending fails, and keeps the choice for another try', async () => {
    let attempts = 0;
    const client = fakeClient({
      ratings: {
        rateDossier: async () => {
          attempts += 1;
          throw Object.assign(new Error('offline'), {
            name: 'DvcNetworkError',
            userMessage: 'Mất kết nối mạng.',
          });
        },
      },
    });
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    radios(element)[1]?.click();
    expect(await element.submit()).to.equal(undefined);
    await element.updateComplete;
    expect(part(element, 'alert').textContent?.replace(/\s+/g, ' ')).to.contain(
      'Chưa gửi được đánh giá. Mất kết nối mạng.',
    );
    expect(element.value).to.equal('SATISFIED');
    await element.submit();
    expect(attempts).to.equal(2);
  });

  it('sends once when the button is pressed twice', async () => {
    const client = recordingClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    radios(element)[0]?.click();
    const [first, second] = await Promise.all([element.submit(), element.submit()]);
    expect(first).to.equal(second);
    expect(client.bodies).to.have.length(1);
  });

  it('explains when the server says the result is not ready yet', async () => {
    const client = fakeClient({
      ratings: {
        rateDossier: async () => {
          throw Object.assign(new Error('409'), { kind: 'invalid-state', userMessage: 'Chưa thể đánh giá.' });
        },
      },
    });
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    radios(element)[0]?.click();
    await element.submit();
    await element.updateComplete;
    expect(part(element, 'notice').textContent).to.contain('Ông/Bà có thể đánh giá khi hồ sơ đã có kết quả.');
    expect(radios(element).every(isDisabled)).to.equal(true);
    expect(focused(element)?.id).to.equal('notice');
  });

  it('asks the ID number again when it does not match the dossier', async () => {
    let lookups = 0;
    const client = fakeClient({
      dossiers: {
        lookup: async () => {
          lookups += 1;
          throw Object.assign(new Error('404'), { kind: 'not-found', userMessage: 'Không tìm thấy.' });
        },
      },
    });
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code="000.00.24.H26-251127-0001"></dvc-rating>`,
    );
    part(element, 'personal-id').focus();
    await sendKeys({ type: '001203012345' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => lookups === 1 && root(element).querySelector('[part~="error-message"]'),
      'asked again',
    );
    expect(part(element, 'error-message').textContent).to.contain(
      'Không tìm thấy hồ sơ có mã và số định danh cá nhân này.',
    );
    expect(part<HTMLInputElement>(element, 'personal-id').value).to.equal('');
  });

  it('offers another try when the status check fails', async () => {
    let lookups = 0;
    const view = await loadExample<DossierStatusView>('DossierStatusView.result-ready');
    const client = fakeClient({
      dossiers: {
        lookup: async () => {
          lookups += 1;
          if (lookups === 1) throw Object.assign(new Error('offline'), { userMessage: 'Mất kết nối mạng.' });
          return { ...view, rated: false };
        },
      },
    });
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} dossier-code=${view.code} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    await waitUntil(() => root(element).querySelector('[part~="retry-button"]'), 'the check failed');
    expect(part(element, 'notice').textContent?.replace(/\s+/g, ' ')).to.contain(
      'Không kiểm tra được hồ sơ. Mất kết nối mạng.',
    );
    part(element, 'retry-button').click();
    await waitUntil(() => !isDisabled(radios(element)[0]), 'the retry opens the rating');
    expect(lookups).to.equal(2);
  });

  it('asks for a level, next to the scale, when sending without one', async () => {
    const client = recordingClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    part(element, 'submit-button').click();
    await waitUntil(() => root(element).querySelector('[part~="error-message"]'), 'the error is shown');
    expect(part(element, 'error-message').textContent).to.contain('Vui lòng chọn mức độ hài lòng');
    expect(part(element, 'levels').getAttribute('aria-describedby')).to.contain('level-error');
    expect(focused(element)).to.equal(radios(element)[0]);
    expect(client.bodies).to.have.length(0);
  });
});

describe('<dvc-rating> accessibility', () => {
  const code = '000.00.24.H26-251127-0001';
  const states: { name: string; render: () => Promise<DvcRating> }[] = [
    {
      name: 'open, unhappy with reasons, full mode',
      render: async () => {
        const element = await fixture<DvcRating>(
          html`<dvc-rating full status="RESULT_READY" dossier-code=${code} owner-personal-id=${OWNER_ID}></dvc-rating>`,
        );
        radios(element)[2]?.click();
        await element.updateComplete;
        return element;
      },
    },
    {
      name: 'errors shown',
      render: async () => {
        const element = await fixture<DvcRating>(
          html`<dvc-rating required status="RESULT_READY"></dvc-rating>`,
        );
        element.reportValidity();
        await element.updateComplete;
        return element;
      },
    },
    {
      name: 'not ready',
      render: () =>
        fixture<DvcRating>(html`<dvc-rating status="PROCESSING" dossier-code=${code}></dvc-rating>`),
    },
    {
      name: 'counter choice',
      render: () =>
        fixture<DvcRating>(
          html`<dvc-rating counter dossier-code=${code} rating-url=${RATING_URL}></dvc-rating>`,
        ),
    },
    {
      name: 'hand-over with an ID number error',
      render: async () => {
        const element = await fixture<DvcRating>(
          html`<dvc-rating counter dossier-code=${code}></dvc-rating>`,
        );
        part(element, 'handover-button').click();
        await element.updateComplete;
        part(element, 'continue-button').click();
        await element.updateComplete;
        return element;
      },
    },
    {
      name: 'rated',
      render: async () => {
        const element = await fixture<DvcRating>(
          html`<dvc-rating .client=${recordingClient()} status="RETURNED" dossier-code=${code}
            owner-personal-id=${OWNER_ID}></dvc-rating>`,
        );
        radios(element)[0]?.click();
        await element.submit();
        await element.updateComplete;
        return element;
      },
    },
  ];
  for (const locale of ['vi', 'en'] as const) {
    for (const state of states) {
      it(`has no axe violations (${locale}, ${state.name})`, async () => {
        await setLocale(locale);
        const element = await state.render();
        expect(element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(locale);
        await expectNoAxeViolations(element);
      });
    }
  }
});

describe('<dvc-rating> language and nesting', () => {
  it('keeps the choice, reasons and comment when the locale switches', async () => {
    const element = await fixture<DvcRating>(
      html`<dvc-rating status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
        owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    radios(element)[2]?.click();
    await element.updateComplete;
    const reasons = [...root(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    reasons[0]?.click();
    part<HTMLTextAreaElement>(element, 'comment').focus();
    await sendKeys({ type: 'Chậm' });

    await setLocale('en');
    await element.updateComplete;
    expect(text(element)).to.contain('Very satisfied');
    expect(text(element)).to.contain('Why are you dissatisfied?');
    expect(text(element)).to.contain('The result was late');
    expect(radios(element)[2]?.checked).to.equal(true);
    const reasonsAfter = [...root(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(reasonsAfter.map((box) => box.checked)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(part<HTMLTextAreaElement>(element, 'comment').value).to.equal('Chậm');
    expect(text(element)).to.contain('496 characters left');
    expect(element.value).to.equal('DISSATISFIED');
  });

  it('works inside another element’s shadow root, with events reaching the page', async () => {
    const client = recordingClient();
    class RatingHost extends LitElement {
      override render() {
        return html`<dvc-rating .client=${client} status="RESULT_READY" dossier-code="000.00.24.H26-251127-0001"
          owner-personal-id=${OWNER_ID}></dvc-rating>`;
      }
    }
    customElements.define('rating-test-host', RatingHost);
    const host = await fixture<RatingHost>(html`<rating-test-host></rating-test-host>`);
    const element = host.shadowRoot?.querySelector('dvc-rating') as DvcRating;
    await element.updateComplete;
    const changes = countEvents(host, 'change');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('SATISFIED');
    expect(changes.change).to.equal(1);
    const submitted = oneEvent(document.body, 'dvc-rating-submitted');
    part(element, 'submit-button').click();
    expect(((await submitted) as CustomEvent<DossierRating>).detail.satisfaction).to.equal('SATISFIED');
  });
});
