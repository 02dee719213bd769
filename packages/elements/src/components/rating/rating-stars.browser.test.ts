// <dvc-rating kind="agent-point">: 1–5 stars for an agent point, against the real sandbox.
import type { LocationRating } from '@dvc-kit/client';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { sandboxClient } from '../../../../../tests/support/sandbox-client.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import type { DvcRating } from './rating.js';

const AGENT_POINT = 'loc-agent-vnpost-01';

afterEach(async () => {
  await setLocale('vi');
});

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

function stars(element: Element): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"][name="stars"]')];
}

function starNames(element: Element): string[] {
  return stars(element).map((star) => star.closest('label')?.textContent?.trim() ?? '');
}

function filledStars(element: Element): number {
  return root(element).querySelectorAll('svg.star.filled').length;
}

describe('<dvc-rating kind="agent-point">', () => {
  it('rates an agent point with stars, keyboard-only, through the sandbox', async () => {
    const client = sandboxClient();
    const element = await fixture<DvcRating>(
      html`<dvc-rating kind="agent-point" .client=${client} location-id=${AGENT_POINT}></dvc-rating>`,
    );
    expect(root(element).querySelector('[part~="stars"] legend')?.textContent).to.contain(
      'Ông/Bà chấm điểm đại lý bao nhiêu sao?',
    );
    expect(starNames(element)).to.deep.equal(['1 sao', '2 sao', '3 sao', '4 sao', '5 sao']);
    expect(filledStars(element)).to.equal(0);

    const changes: string[] = [];
    element.addEventListener('change', () => changes.push(element.value));
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(stars(element)[0]);
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.value).to.equal('4');
    expect(changes).to.deep.equal(['1', '2', '3', '4']);
    // The choice shows as filled stars (a shape, not only a colour).
    expect(filledStars(element)).to.equal(4);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Nhân viên hỗ trợ nhanh' });
    await sendKeys({ press: 'Tab' });
    const submitted = oneEvent(element, 'dvc-rating-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<LocationRating>;
    expect(detail).to.include({ locationId: AGENT_POINT, stars: 4, comment: 'Nhân viên hỗ trợ nhanh' });
    expect(detail.id).to.be.a('string');
    await element.updateComplete;
    expect(root(element).textContent).to.contain('Cảm ơn Ông/Bà đã đánh giá.');
    // Stars are not bound to a dossier: no "once per dossier" line.
    expect(root(element).textContent).not.to.contain('một lần');
  });

  it('names the stars in English and keeps the choice across the switch', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating kind="agent-point" value="2"></dvc-rating>`);
    await setLocale('en');
    await element.updateComplete;
    expect(starNames(element)).to.deep.equal(['1 star', '2 stars', '3 stars', '4 stars', '5 stars']);
    expect(stars(element)[1]?.checked).to.equal(true);
    expect(filledStars(element)).to.equal(2);
  });

  it('submits the stars as a digit in a form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-rating kind="agent-point" name="stars"></dvc-rating></form>`,
    );
    const element = form.querySelector('dvc-rating') as DvcRating;
    await element.updateComplete;
    stars(element)[4]?.click();
    expect(new FormData(form).get('stars')).to.equal('5');
  });

  for (const locale of ['vi', 'en'] as const) {
    it(`has no axe violations (${locale}), empty and chosen`, async () => {
      await setLocale(locale);
      const element = await fixture<DvcRating>(
        html`<dvc-rating kind="agent-point" location-id=${AGENT_POINT} required></dvc-rating>`,
      );
      await expectNoAxeViolations(element);
      element.reportValidity();
      await element.updateComplete;
      await expectNoAxeViolations(element);
      stars(element)[2]?.click();
      await element.updateComplete;
      await expectNoAxeViolations(element);
    });
  }
});
