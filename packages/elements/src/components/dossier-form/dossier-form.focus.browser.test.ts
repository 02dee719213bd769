// Where <dvc-dossier-form> moves focus while the parts it loads on demand are on their way: to what
// "Tiếp tục" shows as soon as it shows, without waiting for parts that render none of it (on a slow line
// focus would otherwise fall to the page, or jump seconds later while the citizen types); and nowhere
// once a reset has emptied the form under a "Tiếp tục" waiting for its checks.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import './define.js';
import { fillValid, freshDraftKey, recordingClient, submitButton } from './form-fixture.testing.js';
import { input, PART_LOAD_WAIT, part, root, text } from './form-queries.testing.js';
import { type HeldPartsForm, renderHeldForm } from './held-parts-form.testing.js';

/** The element that has focus inside the form, if any. */
const focused = (element: HeldPartsForm): Element | null => root(element).activeElement;

/** "Tiếp tục" pressed as a citizen does: the button takes focus (the form hears they started), then submits. */
function pressContinue(element: HeldPartsForm): HTMLButtonElement {
  const button = submitButton(element);
  button.focus();
  button.click();
  return button;
}

describe('<dvc-dossier-form> focus while parts load on demand', () => {
  it('focuses the review step heading on "Tiếp tục" while the uploads and the submission are still on their way', async () => {
    const client = await recordingClient();
    // A valid form needs its documents uploaded, which needs the upload part: they are filled in a
    // first form, and come back in the second one with its draft, with no part asked for yet.
    const draftKey = freshDraftKey();
    const first = await renderHeldForm(client, { draftKey });
    await fillValid(first);
    // Removing the element saves its draft at once.
    first.remove();
    const element = await renderHeldForm(client, { draftKey });
    element.held.add('upload');
    element.held.add('submission');
    await waitUntil(
      () => text(root(element)).split('Đã tải lên').length === 3,
      'the draft was not restored',
      PART_LOAD_WAIT,
    );
    expect(element.asked).to.deep.equal([]);

    pressContinue(element);
    const heading = () => root(element).querySelector('[part~="step-heading"]');
    await waitUntil(
      () => heading() !== null && focused(element) === heading(),
      'the review step heading did not take focus',
      PART_LOAD_WAIT,
    );
    expect(element.waitingFor('upload')).to.equal(true);
    expect(element.waitingFor('submission')).to.equal(true);
    expect(element.loaded).to.have.members(['validation', 'review']);

    element.release('upload');
    element.release('submission');
    await element.updateComplete;
    expect(focused(element)).to.equal(heading());
  });

  it('focuses the error summary of an invalid form while the other parts are still on their way', async () => {
    const element = await renderHeldForm(await recordingClient());
    for (const name of ['upload', 'review', 'submission'] as const) element.held.add(name);

    pressContinue(element);
    const summary = part(element, 'error-summary');
    await waitUntil(
      () => focused(element) === summary,
      'the error summary did not take focus',
      PART_LOAD_WAIT,
    );
    expect(text(summary)).to.contain('Vui lòng nhập');
    for (const name of ['upload', 'review', 'submission'] as const) {
      expect(element.waitingFor(name), name).to.equal(true);
    }

    for (const name of ['upload', 'review', 'submission'] as const) element.release(name);
    await element.updateComplete;
  });

  it('checks nothing and moves no focus when reset() empties the form while "Tiếp tục" waits for the checks', async () => {
    const element = await renderHeldForm(await recordingClient());
    element.held.add('validation');

    const button = pressContinue(element);
    await aTimeout(0);
    expect(element.waitingFor('validation')).to.equal(true);
    // The next citizen's turn at the counter, while the checks are still on their way.
    await element.reset();
    element.release('validation');
    await element.updateComplete;
    // 50 ms, a few frames: room for the checks' errors to render and take focus, as a regression would.
    await aTimeout(50);

    const summary = part(element, 'error-summary');
    expect(summary.classList.contains('shown')).to.equal(false);
    expect(text(summary)).to.equal('');
    expect(root(element).querySelector('[part~="error-message"]')).to.equal(null);
    expect(input(element, '/owner/fullName').getAttribute('aria-invalid')).not.to.equal('true');
    expect(focused(element)).to.equal(button);
  });
});
