// A page that registered the form alone, not <dvc-receipt> that shows its receipt: the dossier still
// goes and its code shows, and the app is told, once, what to import. This file must not import the
// receipt's define file (each browser test file runs in a page of its own).
import { expect, oneEvent } from '@open-wc/testing';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import './define.js';
import type { DvcDossierSubmittedDetail } from './dossier-form.js';
import { fillValid, pressSubmitTwice, recordingClient, renderForm } from './form-fixture.testing.js';
import { part, text } from './form-queries.testing.js';

describe('<dvc-dossier-form> without <dvc-receipt> on the page', () => {
  it('shows the dossier code and warns once to import the receipt', async () => {
    expect(customElements.get('dvc-receipt')).to.equal(undefined);
    const capture = captureWarnings();
    try {
      const element = await renderForm(await recordingClient());
      await fillValid(element);
      const submitted = oneEvent<CustomEvent<DvcDossierSubmittedDetail>>(element, 'dvc-dossier-submitted');
      await pressSubmitTwice(element, { consent: true });
      const { detail } = await submitted;
      await element.updateComplete;

      expect(text(part(element, 'outcome'))).to.contain(detail.dossier.code);
      const receiptWarnings = capture.warnings.filter((warning) => warning.includes('<dvc-receipt>'));
      expect(receiptWarnings).to.deep.equal([
        '[dvc-kit] <dvc-dossier-form> shows the receipt with <dvc-receipt>: import its define file.',
      ]);
    } finally {
      capture.restore();
    }
  });
});
