// A <dvc-dossier-form> pressed on before its checks (and then the code that sends) have loaded, in a
// page of its own so that nothing has fetched them yet: the presses wait for them and check
// everything, rather than going through unchecked.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../receipt/define.js';
import './define.js';
import {
  fetched,
  fillValid,
  pressSubmitTwiceOnArrival,
  recordingClient,
  renderForm,
  submitButton,
} from './form-fixture.testing.js';
import { input, PART_LOAD_WAIT, part, root, text } from './form-queries.testing.js';
import { fieldId } from './pointers.js';

const summaryFocused = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  waitUntil(
    () => element.shadowRoot?.activeElement?.getAttribute('part') === 'error-summary',
    'the summary did not take focus',
    PART_LOAD_WAIT,
  );

describe('<dvc-dossier-form> pressed on before its checks have loaded', () => {
  it('checks every field on a “Tiếp tục” pressed before the checks have loaded', async () => {
    const element = await renderForm(await recordingClient());
    expect(fetched('validation-part')).to.equal(false);

    submitButton(element).click();
    await summaryFocused(element);
    const links = [...part(element, 'error-summary').querySelectorAll('a')].map(text);
    expect(links).to.include('Vui lòng nhập họ và tên.');
    expect(links).to.include('Vui lòng chọn giới tính.');
    expect(links).to.include('Thiếu giấy tờ: Tờ khai đăng ký khai sinh (theo mẫu).');
    expect(text(root(element).querySelector(`#${fieldId('/owner/fullName')}-error`))).to.equal(
      'Lỗi: Vui lòng nhập họ và tên.',
    );
    expect(part(element, 'steps').querySelector('[aria-current="step"]')?.textContent).to.contain(
      'Điền thông tin',
    );
  });

  it('still checks a submission pressed before the code that sends it has loaded, then sends once', async () => {
    const client = await recordingClient();
    const element = await renderForm(client);
    await fillValid(element);
    expect(fetched('submission-part')).to.equal(false);

    // The moment the review step shows its submit button: two presses, the consent not given.
    const pressedEarly = await pressSubmitTwiceOnArrival(element);
    expect(pressedEarly, 'pressed before the submission code had loaded').to.equal(true);

    await summaryFocused(element);
    expect([...part(element, 'error-summary').querySelectorAll('a')].map(text)).to.deep.equal([
      'Cần có sự đồng ý xử lý dữ liệu cá nhân để nộp hồ sơ.',
    ]);
    expect(client.recorded.creates).to.have.length(0);
    expect(part(element, 'submit-button').getAttribute('aria-disabled')).to.equal('false');

    input(element, '/consent/personalDataProcessing').click();
    const submitted = oneEvent(element, 'dvc-dossier-submitted');
    part(element, 'submit-button').click();
    await submitted;
    expect(client.recorded.creates).to.have.length(1);
  });
});
