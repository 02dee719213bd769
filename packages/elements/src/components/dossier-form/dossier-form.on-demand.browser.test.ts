// The parts <dvc-dossier-form> loads on demand: none before the citizen starts, all four once they do
// (the checks first), so that a line that drops mid-form still lets the dossier be reviewed and queued;
// an action taken before its part has arrived waits for it instead of being skipped; a part that cannot
// be loaded says so. The parts arrive when each test says (a subclass holds their imports), whatever
// the page has fetched before.
import { createMemoryOutboxStore, createOutbox } from '@dvc-kit/client/outbox';
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import '../receipt/define.js';
import './define.js';
import type { DvcDossierSubmittedDetail } from './dossier-form.js';
import {
  fillValid,
  pdf,
  pick,
  pressSubmitTwice,
  recordingClient,
  submitButton,
} from './form-fixture.testing.js';
import { input, PART_LOAD_WAIT, part, root, setField, text } from './form-queries.testing.js';
import { FORM_PARTS, renderHeldForm } from './held-parts-form.testing.js';
import { fieldId } from './pointers.js';

const PART_FAILED = 'Không tải được một phần của biểu mẫu. Vui lòng tải lại trang.';

describe('<dvc-dossier-form> parts loaded on demand', () => {
  it('imports no part until the citizen starts, then all four after the first focus, the checks first', async () => {
    const element = await renderHeldForm(await recordingClient());
    await element.updateComplete;
    // Shown, not used: a page that only shows the form (or a citizen who walks away) fetches no part.
    // 50 ms, a few frames: room for an import started on a timer or when idle, as a regression would.
    await aTimeout(50);
    expect(element.log).to.deep.equal([]);

    const name = input(element, '/owner/fullName');
    name.focus();
    expect(root(element).activeElement).to.equal(name);
    await element.updateComplete;
    // The checks alone first (the first field left needs them), then the other three together.
    expect(element.log.slice(0, 2)).to.deep.equal(['asked validation', 'loaded validation']);
    expect(element.asked)
      .to.have.members([...FORM_PARTS])
      .and.to.have.length(FORM_PARTS.length);
    expect(element.loaded).to.have.members([...FORM_PARTS]);
    expect(text(part(element, 'message'))).to.equal('');
  });

  it('reviews and queues the dossier in the outbox when the line drops after the citizen started', async () => {
    const client = await recordingClient();
    const outbox = createOutbox(client, createMemoryOutboxStore(), {
      online: client.online,
      onlineEvents: new EventTarget(),
    });
    try {
      const element = await renderHeldForm(client, { outbox });
      input(element, '/owner/fullName').focus();
      await element.updateComplete;
      expect(element.loaded).to.have.members([...FORM_PARTS]);
      await fillValid(element);

      // The line drops: nothing more comes over it, neither the form's code nor the dossier.
      client.dropLine();
      for (const name of FORM_PARTS) element.failing.add(name);
      submitButton(element).click();
      await waitUntil(() => root(element).querySelector('[part~="submit-button"]'), 'no review step');
      input(element, '/consent/personalDataProcessing').click();
      part(element, 'submit-button').click();

      await waitUntil(() => text(root(element)).includes('Đã xếp hàng gửi khi có mạng'), 'not queued');
      expect(text(part(element, 'outcome'))).to.contain('Đã xếp hàng gửi khi có mạng');
      const [item] = await outbox.list();
      expect(item?.state).to.equal('queued');
      expect(item?.body.owner.fullName).to.equal('Nguyễn Thị Lan');
      expect(client.recorded.creates).to.have.length(0);
      // Nothing was asked for once the line was down, so nothing failed.
      expect(element.log.filter((event) => event.startsWith('failed'))).to.deep.equal([]);
      expect(text(part(element, 'message'))).not.to.contain(PART_FAILED);
    } finally {
      outbox.close();
    }
  });

  it('renders without its checks, then checks a field left before they have loaded, once they land', async () => {
    const element = await renderHeldForm(await recordingClient());
    element.held.add('validation');
    expect(root(element).querySelector('[part~="error-message"]')).to.equal(null);

    // Typed and left at once: the checks are still on their way when the field is left.
    setField(element, '/owner/phone', '0112', { blur: true });
    await aTimeout(0);
    expect(element.waitingFor('validation')).to.equal(true);
    const error = () => root(element).querySelector(`#${fieldId('/owner/phone')}-error`);
    expect(error()).to.equal(null);

    element.release('validation');
    await element.updateComplete;
    expect(text(error())).to.contain('Số điện thoại không hợp lệ');
    expect(input(element, '/owner/phone').getAttribute('aria-invalid')).to.equal('true');
    // Leaving a field is not submitting: the summary stays empty.
    expect(part(element, 'error-summary').querySelector('a')).to.equal(null);
  });

  it('checks and uploads the files picked before the upload code has loaded, saying it is loading meanwhile', async () => {
    const client = await recordingClient();
    const element = await renderHeldForm(client);
    element.held.add('upload');

    pick(element, 'TP1', [new File(['x'], 'đơn.docx', { type: 'application/msword' }), pdf('tờ-khai.pdf')]);
    const documents = input(element, '/attachments/TP1').closest('[part~="section"]');
    await waitUntil(() => text(documents).includes('Đang tải…'), 'no loading notice');
    expect(element.waitingFor('upload')).to.equal(true);
    expect(client.recorded.uploads).to.deep.equal([]);

    element.release('upload');
    await element.updateComplete;
    expect(text(documents)).not.to.contain('Đang tải…');
    expect(text(root(element).querySelector(`#${fieldId('/attachments/TP1')}-error`))).to.contain(
      'Tệp “đơn.docx” không đúng định dạng.',
    );
    await waitUntil(() => text(part(element, 'upload')).includes('Đã tải lên'), 'no upload');
    expect(client.recorded.uploads).to.deep.equal(['tờ-khai.pdf']);
  });

  it('sends exactly once when submit is pressed twice before the code that sends it has loaded', async () => {
    const client = await recordingClient();
    const element = await renderHeldForm(client);
    element.held.add('submission');
    await fillValid(element);
    let submittedEvents = 0;
    element.addEventListener('dvc-dossier-submitted', () => submittedEvents++);

    await pressSubmitTwice(element, { consent: true });
    expect(element.waitingFor('submission'), 'pressed before the submission code had loaded').to.equal(true);
    await waitUntil(
      () => part(element, 'submit-button').getAttribute('aria-disabled') === 'true',
      'the button does not say it is sending',
    );

    const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
    element.release('submission');
    const { detail } = await submitted;
    expect(text(part(element, 'outcome'))).to.contain(detail.dossier.code);
    expect(client.recorded.creates).to.have.length(1);
    expect(submittedEvents).to.equal(1);
  });

  it('says that a part could not be loaded, as soon as the citizen starts, and to reload the page', async () => {
    const capture = captureWarnings();
    try {
      const element = await renderHeldForm(await recordingClient());
      element.failing.add('review');
      input(element, '/owner/fullName').focus();
      await element.updateComplete;
      expect(text(part(element, 'message'))).to.equal(PART_FAILED);
      expect(part(element, 'message').getAttribute('role')).to.equal('alert');
      expect(capture.warnings.join('\n')).to.contain('review-part.js');

      // The review step keeps its heading and says nothing more than the notice does.
      await fillValid(element);
      submitButton(element).click();
      await waitUntil(
        () => root(element).querySelector('[part~="step-heading"]'),
        'no review step',
        PART_LOAD_WAIT,
      );
      expect(root(element).querySelector('[part~="submit-button"]')).to.equal(null);
      expect(text(root(element).querySelector('form'))).not.to.contain('Đang tải…');
      expect(text(part(element, 'message'))).to.equal(PART_FAILED);
    } finally {
      capture.restore();
    }
  });
});
