// <dvc-status-tracker>'s parts loaded on demand — the lookup's checks and the supplement form: what a
// page downloads, and the loading state. A page of its own (web-test-runner runs each test file in a
// fresh page), so that no part is loaded before a test asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import '../../define.js';
import type { DvcStatusTracker } from './status-tracker.js';
import type { Dossier } from './tracker-types.js';

before(() => {
  // Room to record what the tests download (the page's own modules filled the default 250 entries).
  performance.setResourceTimingBufferSize(1000);
  performance.clearResourceTimings();
});

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

/** The modules of the tracker's parts the page has requested so far, by file name. */
function requestedParts(): string[] {
  const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
  return ['lookup-validation', 'supplement-part'].filter((name) =>
    requested.some((url) => url.includes(`/${name}.`)),
  );
}

function partnerClient(dossier: Dossier) {
  return fakeClient({ dossiers: { get: async () => dossier } });
}

describe('<dvc-status-tracker> parts loaded on demand', () => {
  it('downloads neither the lookup checks nor the supplement form for a partner’s dossier in progress', async () => {
    const dossier = await loadExample<Dossier>('Dossier');
    const inProgress: Dossier = { ...dossier, status: 'PROCESSING', statusCode: 4, supplementRequest: null };
    const element = await fixture<DvcStatusTracker>(
      html`<dvc-status-tracker code=${dossier.code} .client=${partnerClient(inProgress)}></dvc-status-tracker>`,
    );
    await element.updateComplete;
    expect(root(element).querySelector('[part~="status"]')?.textContent).to.contain('Đang xử lý');
    expect(root(element).querySelector('[part~="lookup-form"]')).to.equal(null);
    expect(requestedParts()).to.deep.equal([]);
  });

  it('loads the lookup checks once the citizen comes to the form', async () => {
    const element = await fixture<DvcStatusTracker>(html`<dvc-status-tracker></dvc-status-tracker>`);
    expect(requestedParts()).to.deep.equal([]);
    root(element).querySelector<HTMLInputElement>('#code')?.focus();
    await element.updateComplete;
    expect(requestedParts()).to.deep.equal(['lookup-validation']);
  });

  it('shows the open request at once and the form that answers it after a loading message', async () => {
    const dossier = await loadExample<Dossier>('Dossier');
    const element = document.createElement('dvc-status-tracker') as DvcStatusTracker;
    element.client = partnerClient(dossier);
    element.code = dossier.code;
    const shown: string[] = [];
    document.body.append(element);
    const observer = new MutationObserver(() => {
      const panel = root(element).querySelector('[part~="supplement"]');
      if (panel) shown.push(panel.querySelector('form') ? 'form' : (panel.textContent ?? ''));
    });
    observer.observe(root(element), { subtree: true, childList: true, characterData: true });
    try {
      await new Promise((resolve) =>
        element.addEventListener('dvc-status-tracker-load', resolve, { once: true }),
      );
      expect(shown[0]).to.contain('Cần bổ sung giấy tờ');
      expect(shown[0]).to.contain('Đang tải biểu mẫu gửi bổ sung…');
      expect(shown.at(-1)).to.equal('form');
      expect(root(element).querySelectorAll('[part~="file-input"]')).to.have.length(
        dossier.supplementRequest?.missingDocuments.length ?? -1,
      );
      expect(requestedParts()).to.deep.equal(['lookup-validation', 'supplement-part']);
    } finally {
      observer.disconnect();
      element.remove();
    }
  });
});
