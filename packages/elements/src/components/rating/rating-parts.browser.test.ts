// <dvc-rating>'s parts loaded on demand (counter steps, ID-number step, stars, reasons, official
// indices, notice): what a page downloads, the loading state, and the parts' own styles under a strict
// Content Security Policy. A page of its own (web-test-runner runs each test file in a fresh page), so
// that no part is loaded before a test asks for it and the policy applies to the whole page.
import type { DvcClient } from '@dvc-kit/client';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import '../../define.js';
import type { DvcRating } from './rating.js';

const OWNER_ID = '001190024817';
const CODE = '000.00.24.H26-251127-0001';
const RATING_URL = 'https://dvc.example.vn/danh-gia?code={code}';

const violations: string[] = [];

before(() => {
  // Room to record what the tests download (the page's own modules filled the default 250 entries).
  performance.setResourceTimingBufferSize(1000);
  performance.clearResourceTimings();
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.sample}`);
  });
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'";
  document.head.append(policy);
});

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

function part<T extends Element = HTMLElement>(element: Element, name: string): T {
  const found = root(element).querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

/** The modules of the rating's parts the page has requested so far, by file name. */
function requestedParts(): string[] {
  const names = [
    'rating-counter',
    'rating-identify',
    'rating-stars',
    'rating-reasons',
    'rating-indices',
    'rating-notice',
  ];
  const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
  return names.filter((name) => requested.some((url) => url.includes(`/${name}.`)));
}

function recordingClient(): DvcClient {
  return fakeClient({
    ratings: {
      rateLocation: async (locationId, body) => ({
        id: 'rating-1',
        locationId,
        stars: body.stars,
        comment: body.comment ?? null,
        ratedAt: '2025-11-28T09:00:00+07:00',
      }),
    },
  });
}

describe('<dvc-rating> parts loaded on demand', () => {
  it('is under a policy that refuses inline styles (the test can fail)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'the policy should report an inline style');
    probe.remove();
    violations.length = 0;
  });

  it('downloads none of them for a dossier rated on the citizen’s own device', async () => {
    const element = await fixture<DvcRating>(
      html`<dvc-rating status="RESULT_READY" dossier-code=${CODE} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    expect(root(element).querySelectorAll('input[type="radio"]')).to.have.length(3);
    expect(requestedParts()).to.deep.equal([]);
  });

  it('says it is loading while the stars come, in the status line there from the start, then draws them', async () => {
    const element = document.createElement('dvc-rating') as DvcRating;
    element.kind = 'agent-point';
    element.locationId = 'loc-agent-vnpost-01';
    element.client = recordingClient();
    const said: string[] = [];
    document.body.append(element);
    const observer = new MutationObserver(() => {
      const status = root(element).querySelector('[part~="status"]');
      said.push(status?.textContent?.trim() ?? '(no status line)');
    });
    observer.observe(root(element), { subtree: true, childList: true, characterData: true });
    try {
      await element.updateComplete;
      expect(said[0]).to.equal('Đang tải…');
      expect(part(element, 'status').getAttribute('role')).to.equal('status');
      expect(part(element, 'status').textContent?.trim()).to.equal('');
      expect(root(element).querySelectorAll('input[name="stars"]')).to.have.length(5);
      expect(requestedParts()).to.include('rating-stars');
    } finally {
      observer.disconnect();
      element.remove();
    }
  });

  it('sends stars set by script before their part landed', async () => {
    const element = document.createElement('dvc-rating') as DvcRating;
    element.kind = 'agent-point';
    element.locationId = 'loc-agent-vnpost-01';
    element.client = recordingClient();
    element.value = '4';
    document.body.append(element);
    try {
      expect(await element.submit()).to.include({ locationId: 'loc-agent-vnpost-01', stars: 4 });
    } finally {
      element.remove();
    }
  });

  it('styles the stars with their part’s own rules, without breaking the policy', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating kind="agent-point" value="2"></dvc-rating>`);
    const stars = [...root(element).querySelectorAll<SVGElement>('svg.star')];
    // 2rem, outlined; filled up to the choice with the accent colour.
    expect(getComputedStyle(stars[0] as SVGElement).inlineSize).to.equal('32px');
    expect(getComputedStyle(stars[2] as SVGElement).fill).to.equal('none');
    expect(getComputedStyle(stars[1] as SVGElement).fill).to.equal('rgb(255, 194, 14)');
    expect(violations).to.deep.equal([]);
  });

  it('loads the counter’s steps and the QR code only at a counter, styled by their part', async () => {
    const element = await fixture<DvcRating>(
      html`<dvc-rating counter dossier-code=${CODE} rating-url=${RATING_URL}></dvc-rating>`,
    );
    expect(requestedParts()).to.include.members(['rating-counter', 'rating-identify']);
    const actions = part(element, 'handover-button').parentElement as HTMLElement;
    expect(getComputedStyle(actions).flexDirection).to.equal('column');
    part(element, 'phone-button').click();
    await element.updateComplete;
    expect(getComputedStyle(part(element, 'qr-code')).inlineSize).to.equal('192px');
    expect(violations).to.deep.equal([]);
  });

  it('loads the reasons once the citizen is unhappy, and the indices in full mode', async () => {
    const element = await fixture<DvcRating>(
      html`<dvc-rating full status="RESULT_READY" dossier-code=${CODE} owner-personal-id=${OWNER_ID}></dvc-rating>`,
    );
    expect(root(element).querySelectorAll('[part~="index"]')).to.have.length(7);
    root(element).querySelectorAll<HTMLInputElement>('input[name="level"]')[2]?.click();
    await element.updateComplete;
    const chip = part(element, 'chip');
    expect(Number.parseFloat(getComputedStyle(chip).borderTopLeftRadius)).to.be.greaterThan(10);
    expect(requestedParts()).to.include.members(['rating-reasons', 'rating-indices']);
    expect(violations).to.deep.equal([]);
  });
});
