// The owner's personal ID number of a province the domain does not know: a warning next to the field
// that does not block — not an error, not in the error summary, and the dossier goes.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import '../receipt/define.js';
import { setLocale } from '../../i18n/localization.js';
import './define.js';
import { fillValid, recordingClient, renderForm, submitButton } from './form-fixture.testing.js';
import { input, PART_LOAD_WAIT, part, root, setField, text } from './form-queries.testing.js';
import { fieldId } from './pointers.js';

// 003 is not among the province codes of birth registration; 1 then 90: a woman born in 1990.
const UNKNOWN_PROVINCE_ID = '003190024817';
const PERSONAL_ID = '/owner/personalId';
const warningOf = (element: HTMLElement) =>
  (element.shadowRoot as ShadowRoot).querySelector(`#${fieldId(PERSONAL_ID)}-warning`);

afterEach(async () => {
  await setLocale('vi');
});

describe('<dvc-dossier-form> warnings', () => {
  it('warns next to an ID number of an unknown province, in words, without blocking', async () => {
    const element = await renderForm(await recordingClient());
    setField(element, PERSONAL_ID, UNKNOWN_PROVINCE_ID, { blur: true });
    await element.updateComplete;

    const id = input(element, PERSONAL_ID);
    const warning = warningOf(element);
    expect(text(warning)).to.equal(
      'Lưu ý: Ba số đầu không phải mã tỉnh, thành phố nơi đăng ký khai sinh đã biết. Vui lòng kiểm tra lại. Nếu thông tin đúng, bạn vẫn có thể tiếp tục.',
    );
    expect(warning?.getAttribute('part')).to.equal('warning-message');
    expect(id.getAttribute('aria-describedby')).to.contain(`${fieldId(PERSONAL_ID)}-warning`);
    expect(id.hasAttribute('aria-invalid')).to.equal(false);
    expect(root(element).querySelector(`#${fieldId(PERSONAL_ID)}-error`)).to.equal(null);
    await expectNoAxeViolations(element);

    // An error about the same number wins: the sex it encodes is not the one chosen.
    setField(element, '/owner/sex', 'MALE');
    await element.updateComplete;
    expect(text(root(element).querySelector(`#${fieldId(PERSONAL_ID)}-error`))).to.contain(
      'Giới tính không khớp với số định danh cá nhân.',
    );
    expect(warningOf(element)).to.equal(null);
    setField(element, '/owner/sex', 'FEMALE');
    await element.updateComplete;
    expect(warningOf(element)).to.not.equal(null);

    await setLocale('en');
    await element.updateComplete;
    expect(text(warningOf(element))).to.equal(
      'Please check: The first three digits are not a known province code of birth registration. Please check the number. If it is right, you can still continue.',
    );
    await expectNoAxeViolations(element);
  });

  it('leaves the warning out of the error summary and lets the dossier go', async () => {
    const client = await recordingClient();
    const element = await renderForm(client);
    setField(element, PERSONAL_ID, UNKNOWN_PROVINCE_ID, { blur: true });
    submitButton(element).click();
    await waitUntil(() => part(element, 'error-summary').querySelector('a'), 'no summary', PART_LOAD_WAIT);
    expect(text(part(element, 'error-summary'))).not.to.contain('Ba số đầu');
    expect(warningOf(element)).to.not.equal(null);

    await fillValid(element, { [PERSONAL_ID]: UNKNOWN_PROVINCE_ID });
    submitButton(element).click();
    await waitUntil(
      () => root(element).querySelector('[part~="submit-button"]'),
      'no review step',
      PART_LOAD_WAIT,
    );
    input(element, '/consent/personalDataProcessing').click();
    const submitted = oneEvent(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;
    expect(client.recorded.creates.map((body) => body.owner.personalId)).to.deep.equal([UNKNOWN_PROVINCE_ID]);
  });
});
