// A <dvc-dossier-form> pressed on before its checks (and then the code that sends) have arrived — the
// parts held back by the test, whatever the page has fetched before: the presses wait for them and
// check everything, rather than going through unchecked.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../receipt/define.js';
import './define.js';
import type { DvcDossierForm } from './dossier-form.js';
import { fillValid, pressSubmitTwice, recordingClient, submitButton } from './form-fixture.testing.js';
import { input, PART_LOAD_WAIT, part, root, text } from './form-queries.testing.js';
import { renderHeldForm } from './held-parts-form.testing.js';
import { fieldId } from './pointers.js';

const summaryFocused = (element: DvcDossierForm) =>
  waitUntil(
    () => root(element).activeElement === part(element, 'error-summary'),
    'the summary did not take focus',
    PART_LOAD_WAIT,
  );

describe('<dvc-dossier-form> pressed on before its checks have loaded', () => {
  it('checks every field on a “Tiếp tục” pressed before the checks have loaded', async () => {
    const element = await renderHeldForm(await recordingClient());
    element.held.add('validation');

    submitButton(element).click();
    await waitUntil(() => element.waitingFor('validation'), 'the checks were not asked for');
    expect(part(element, 'error-summary').querySelector('a')).to.equal(null);

    element.release('validation');
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
    const element = await renderHeldForm(client);
    element.held.add('submission');
    await fillValid(element);

    // Two presses on the review step, the consent not given, while the code that sends is held back.
    await pressSubmitTwice(element);
    expect(element.waitingFor('submission'), 'pressed before the submission code had loaded').to.equal(true);

    element.release('submission');
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
