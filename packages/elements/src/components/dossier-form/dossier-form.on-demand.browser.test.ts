// The parts <dvc-dossier-form> loads on demand, each used here for the first time in this page (the
// tests run in order, in a page of their own): the form renders without them, and an action taken
// before one has arrived waits for it instead of being skipped.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../receipt/define.js';
import './define.js';
import type { DvcDossierSubmittedDetail } from './dossier-form.js';
import {
  fetched,
  fillValid,
  pdf,
  pick,
  pressSubmitTwiceOnArrival,
  recordingClient,
  renderForm,
} from './form-fixture.testing.js';
import { input, part, root, setField, text } from './form-queries.testing.js';
import { fieldId } from './pointers.js';

describe('<dvc-dossier-form> parts loaded on demand', () => {
  it('renders without its checks, then checks a field left before they have loaded, once they land', async () => {
    const element = await renderForm(await recordingClient());
    for (const module of ['validation-part', 'validation', 'upload-part', 'review-part', 'submission-part']) {
      expect(fetched(module), module).to.equal(false);
    }
    expect(root(element).querySelector('[part~="error-message"]')).to.equal(null);

    // Typed and left at once: the checks are still on their way when the field is left.
    setField(element, '/owner/phone', '0112', { blur: true });
    await element.updateComplete;
    expect(fetched('validation-part')).to.equal(true);
    const phone = input(element, '/owner/phone');
    expect(text(root(element).querySelector(`#${fieldId('/owner/phone')}-error`))).to.contain(
      'Số điện thoại không hợp lệ',
    );
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    // Leaving a field is not submitting: the summary stays empty.
    expect(part(element, 'error-summary').querySelector('a')).to.equal(null);
  });

  it('checks and uploads the files picked before the upload code has loaded, saying it is loading meanwhile', async () => {
    const client = await recordingClient();
    const element = await renderForm(client);
    expect(fetched('upload-part')).to.equal(false);

    pick(element, 'TP1', [new File(['x'], 'đơn.docx', { type: 'application/msword' }), pdf('tờ-khai.pdf')]);
    // A module has to come over the network, so it cannot land within a few microtasks; a render
    // takes one or two (Lit updates in a microtask): five leave room.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    const documents = input(element, '/attachments/TP1').closest('[part~="section"]');
    expect(text(documents)).to.contain('Đang tải…');

    await element.updateComplete;
    expect(fetched('upload-part')).to.equal(true);
    expect(text(documents)).not.to.contain('Đang tải…');
    expect(text(root(element).querySelector(`#${fieldId('/attachments/TP1')}-error`))).to.contain(
      'Tệp “đơn.docx” không đúng định dạng.',
    );
    await waitUntil(() => text(part(element, 'upload')).includes('Đã tải lên'), 'no upload');
    expect(client.recorded.uploads).to.deep.equal(['tờ-khai.pdf']);
  });

  it('sends exactly once when submit is pressed twice before the code that sends it has loaded', async () => {
    const client = await recordingClient();
    const element = await renderForm(client);
    await fillValid(element);
    expect(fetched('review-part')).to.equal(false);
    expect(fetched('submission-part')).to.equal(false);
    let submittedEvents = 0;
    element.addEventListener('dvc-dossier-submitted', () => submittedEvents++);

    // The moment the review step shows its submit button: consent, then two presses.
    const pressedEarly = await pressSubmitTwiceOnArrival(element, { consent: true });
    expect(pressedEarly, 'pressed before the submission code had loaded').to.equal(true);
    expect(part(element, 'submit-button').getAttribute('aria-disabled')).to.equal('true');

    const { detail } = await oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(
      element,
      'dvc-dossier-submitted',
    );
    expect(text(part(element, 'outcome'))).to.contain(detail.dossier.code);
    expect(client.recorded.creates).to.have.length(1);
    expect(submittedEvents).to.equal(1);
  });
});
