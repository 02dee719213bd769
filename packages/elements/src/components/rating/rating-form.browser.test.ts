// <dvc-rating> as a form control inside a partner's own <form>: value, validity, reset, disabling,
// native input/change events, and the comment's length limit.
import { RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../../../../tests/support/console-warnings.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import type { DvcRating } from './rating.js';

afterEach(async () => {
  await setLocale('vi');
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

function radios(element: Element): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function countEvents(element: Element, ...types: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(types.map((type) => [type, 0]));
  for (const type of types) element.addEventListener(type, () => (counts[type] = (counts[type] ?? 0) + 1));
  return counts;
}

async function formWith(
  rating: ReturnType<typeof html>,
): Promise<{ form: HTMLFormElement; element: DvcRating }> {
  const form = await fixture<HTMLFormElement>(html`<form>${rating}<button>Gửi</button></form>`);
  const element = form.querySelector('dvc-rating') as DvcRating;
  await element.updateComplete;
  return { form, element };
}

describe('<dvc-rating> in a form', () => {
  it('submits the chosen level under its name', async () => {
    const { form, element } = await formWith(
      html`<dvc-rating name="satisfaction" status="RESULT_READY"></dvc-rating>`,
    );
    expect(element.form).to.equal(form);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    radios(element)[1]?.click();
    expect(new FormData(form).get('satisfaction')).to.equal('SATISFIED');

    // A real submission of the outer form carries it too.
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form, (event as SubmitEvent).submitter);
    });
    form.requestSubmit();
    expect(submitted?.get('satisfaction')).to.equal('SATISFIED');
  });

  it('sets the form value at once when the value is set by script', async () => {
    const { form, element } = await formWith(html`<dvc-rating name="satisfaction"></dvc-rating>`);
    element.value = 'VERY_SATISFIED';
    expect(new FormData(form).get('satisfaction')).to.equal('VERY_SATISFIED');
    await element.updateComplete;
    expect(radios(element)[0]?.checked).to.equal(true);
  });

  it('blocks the form while required and empty, with the domain’s message shown next to the scale', async () => {
    const { form, element } = await formWith(html`<dvc-rating name="satisfaction" required></dvc-rating>`);
    expect(form.checkValidity()).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal(
      'Vui lòng chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng.',
    );
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    form.requestSubmit();
    expect(submits).to.equal(0);
    await element.updateComplete;
    expect(part(element, 'error-message').textContent).to.contain('Vui lòng chọn mức độ hài lòng');

    radios(element)[2]?.click();
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submits).to.equal(1);
    await element.updateComplete;
    expect(root(element).querySelector('[part~="levels"] [part~="error-message"]')).to.equal(null);
  });

  it('words the validity message in English after a switch', async () => {
    const { element } = await formWith(html`<dvc-rating kind="agent-point" required></dvc-rating>`);
    expect(element.validationMessage).to.equal('Vui lòng chọn số sao.');
    await setLocale('en');
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Choose a number of stars.');
  });

  it('clears on form.reset(), back to the value attribute, without events', async () => {
    const { form, element } = await formWith(
      html`<dvc-rating name="satisfaction" value="SATISFIED" status="RESULT_READY"></dvc-rating>`,
    );
    expect(element.value).to.equal('SATISFIED');
    radios(element)[2]?.click();
    await element.updateComplete;
    root(element).querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    const events = countEvents(element, 'input', 'change');
    form.reset();
    await element.updateComplete;
    expect(element.value).to.equal('SATISFIED');
    expect(radios(element)[1]?.checked).to.equal(true);
    expect(root(element).querySelector('[part~="reasons"]')).to.equal(null);
    expect(new FormData(form).get('satisfaction')).to.equal('SATISFIED');
    expect(events).to.deep.equal({ input: 0, change: 0 });

    const { form: emptyForm, element: empty } = await formWith(
      html`<dvc-rating name="satisfaction"></dvc-rating>`,
    );
    radios(empty)[0]?.click();
    emptyForm.reset();
    expect(empty.value).to.equal('');
    expect(new FormData(emptyForm).has('satisfaction')).to.equal(false);
  });

  it('is disabled by a disabled fieldset, and left out of the form data', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><dvc-rating name="satisfaction" value="SATISFIED"></dvc-rating></fieldset></form>`,
    );
    const element = form.querySelector('dvc-rating') as DvcRating;
    await element.updateComplete;
    expect(element.matches(':disabled')).to.equal(true);
    expect(radios(element).every((radio) => radio.matches(':disabled'))).to.equal(true);
    expect(part(element, 'comment').matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    expect(element.willValidate).to.equal(false);

    (form.querySelector('fieldset') as HTMLFieldSetElement).disabled = false;
    await element.updateComplete;
    expect(radios(element).some((radio) => radio.matches(':disabled'))).to.equal(false);
    expect(new FormData(form).get('satisfaction')).to.equal('SATISFIED');
  });

  it('is disabled by its own disabled attribute', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating disabled></dvc-rating>`);
    expect(radios(element).every((radio) => radio.matches(':disabled'))).to.equal(true);
    element.disabled = false;
    await element.updateComplete;
    expect(radios(element)[0]?.matches(':disabled')).to.equal(false);
  });
});

describe('<dvc-rating> input and change events', () => {
  it('fires input then change on the host when the citizen chooses, by mouse or keyboard', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating></dvc-rating>`);
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      element.addEventListener(type, (event) => {
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.target).to.equal(element);
        seen.push(`${type}:${element.value}`);
      });
    }
    radios(element)[0]?.click();
    radios(element)[0]?.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(seen).to.deep.equal([
      'input:VERY_SATISFIED',
      'change:VERY_SATISFIED',
      'input:SATISFIED',
      'change:SATISFIED',
    ]);
  });

  it('fires nothing when the value is set by script, and lets no inner input event out', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating status="RESULT_READY"></dvc-rating>`);
    const events = countEvents(element, 'input', 'change');
    element.value = 'DISSATISFIED';
    await element.updateComplete;
    expect(radios(element)[2]?.checked).to.equal(true);
    // Typing a comment or ticking a reason is not a change of the value.
    part<HTMLTextAreaElement>(element, 'comment').focus();
    await sendKeys({ type: 'Chậm' });
    root(element).querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    expect(events).to.deep.equal({ input: 0, change: 0 });
  });

  it('drops a value off the scale, with a warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const element = await fixture<DvcRating>(html`<dvc-rating value="5"></dvc-rating>`);
      expect(element.value).to.equal('');
      expect(warnings.join('\n')).to.contain('not on the dossier scale');
    } finally {
      restore();
    }
  });
});

describe('<dvc-rating> comment', () => {
  it('counts the characters left, reads the count out near the limit, and refuses a comment too long', async () => {
    let sent = 0;
    const client = fakeClient({
      ratings: {
        rateDossier: async () => {
          sent += 1;
          throw new Error('must not be sent');
        },
      },
    });
    const element = await fixture<DvcRating>(
      html`<dvc-rating .client=${client} name="satisfaction" status="RESULT_READY"
        dossier-code="000.00.24.H26-251127-0001" owner-personal-id="001190024817"></dvc-rating>`,
    );
    const comment = part<HTMLTextAreaElement>(element, 'comment');
    expect(part(element, 'comment-count').textContent).to.contain(`Còn ${RATING_COMMENT_MAX_LENGTH} ký tự`);
    expect(comment.getAttribute('aria-describedby')).to.equal('comment-count');
    const live = root(element).querySelector('[aria-live="polite"]');
    expect(live, 'the live region exists from the first render').not.to.equal(null);

    comment.focus();
    await sendKeys({ type: 'Cán bộ hướng dẫn tận tình.' });
    await element.updateComplete;
    expect(part(element, 'comment-count').textContent).to.contain(
      `Còn ${RATING_COMMENT_MAX_LENGTH - 26} ký tự`,
    );

    // Pasting past the limit is not cut off: the count says by how much, and the rating is not sent.
    comment.value = 'a'.repeat(RATING_COMMENT_MAX_LENGTH + 10);
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(part(element, 'comment-count').textContent).to.contain('Vượt quá 10 ký tự');
    expect(element.validity.tooLong).to.equal(true);
    await waitUntil(() => live?.textContent?.includes('Vượt quá 10 ký tự'), 'the count is read out', {
      timeout: 3000,
    });

    radios(element)[0]?.click();
    expect(await element.submit()).to.equal(undefined);
    await element.updateComplete;
    expect(sent).to.equal(0);
    expect(part(element, 'error-message').textContent).to.contain('Ý kiến góp ý dài tối đa 500 ký tự.');
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect(comment.getAttribute('aria-describedby')).to.equal('comment-error comment-count');
    expect(root(element).activeElement).to.equal(comment);
  });

  it('stays quiet far from the limit', async () => {
    const element = await fixture<DvcRating>(html`<dvc-rating></dvc-rating>`);
    part<HTMLTextAreaElement>(element, 'comment').focus();
    await sendKeys({ type: 'Tốt' });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(root(element).querySelector('[aria-live="polite"]')?.textContent?.trim()).to.equal('');
  });
});
