// What a person does on the example pages, step by step, with the keyboard only: keys typed into
// fields, arrows in lists, Space on radios and checkboxes, Enter on buttons. No value is set by script;
// files are the exception (the browser's file chooser, opened with Enter on the document's button).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * One step's wait for the page: the slowest is the first render of the picker (the whole catalogue is
 * loaded and indexed) and a submission after two uploads; both take about a second here, so fifteen is
 * generous for a loaded CI machine without hiding a hang for long.
 */
export const STEP_TIMEOUT_MS = 15_000;

/** The citizen of the counter test: born 2003, registered in Hà Nội, a man (the ID number says so). */
export const CITIZEN = {
  fullName: 'Nguyễn Văn An',
  personalId: '001203012345',
  dateOfBirth: '05/04/2003',
  phone: '0912345678',
};

/** The staff member who signs in at the counter. */
export const STAFF = { id: 'nv-0042', fullName: 'Trần Thị Bích' };

/** Waits (up to a step's timeout) until `read` returns what the assertion after it expects. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: STEP_TIMEOUT_MS, interval: 100 });
}

/** Waits until an element is on screen. */
export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

/** Types into a field as a person does, key by key (Vietnamese letters arrive as typed text). */
export async function type(field: Locator, text: string): Promise<void> {
  await field.pressSequentially(text);
  await eventually(() => field.inputValue()).toBe(text);
}

/** Moves a closed select `steps` options down with the arrow key. */
export async function arrowDown(select: Locator, steps = 1): Promise<void> {
  await select.focus();
  for (let step = 0; step < steps; step++) await select.press('ArrowDown');
}

/** A file the sandbox accepts as a PDF: it checks the magic bytes. */
export function pdf(name: string) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  };
}

/** A birth ten days ago, as the form takes dates (dd/mm/yyyy): well inside the 60 days of "đúng hạn". */
export function recentBirthDate(): string {
  // 10 days: in the past in every time zone, and far from the 60-day limit.
  const date = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
  const [year, month, day] = date.toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** Attaches a file through a document's "choose a file" button, opened with the keyboard. */
async function attach(page: Page, button: Locator, file: ReturnType<typeof pdf>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.press('Enter');
  await (await chooser).setFiles(file);
}

/** Signs in at the counter page: the fields in tab order, the first agent point with the arrows. */
export async function signIn(page: Page): Promise<void> {
  await eventually(() => page.getByLabel('Điểm đại lý').locator('option').count()).toBeGreaterThan(1);
  await type(page.getByLabel('Mã nhân viên'), STAFF.id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(STAFF.fullName);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the partner's first agent point, Bưu cục Ba Đình
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await eventually(() => page.locator('#staff-line').textContent()).toContain(STAFF.fullName);
}

/** Types `query` in the picker, opens the first result with the arrows and Enter, checks it is `name`. */
export async function openFirstResult(page: Page, query: string, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
  await type(search, query);
  await eventually(() =>
    page.locator('dvc-procedure-picker [role="option"]').first().textContent(),
  ).toContain(name);
  await search.press('ArrowDown');
  await search.press('Enter');
  await eventually(() => page.locator('dvc-procedure-picker [part~="detail-title"]').textContent()).toBe(
    name,
  );
}

/** "Chọn thủ tục này": the procedure shown goes to the form. */
export async function chooseShownProcedure(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chọn thủ tục này' }).press('Enter');
}

/**
 * Fills a birth registration at the counter: the owner, the child, the request, the two documents and
 * where the result is collected. The representative is the signed-in staff member (checked).
 */
export async function fillBirthRegistration(page: Page, { childName }: { childName: string }): Promise<void> {
  const form = page.locator('dvc-dossier-form');
  await visible(form.getByRole('heading', { name: 'Chủ hồ sơ' }));
  await type(form.getByRole('textbox', { name: 'Họ, chữ đệm và tên', exact: true }), CITIZEN.fullName);
  await type(form.getByRole('textbox', { name: 'Số định danh cá nhân', exact: true }), CITIZEN.personalId);
  await type(form.getByRole('textbox', { name: 'Ngày sinh', exact: true }), CITIZEN.dateOfBirth);
  await form
    .getByRole('group', { name: 'Giới tính' })
    .first()
    .getByRole('radio', { name: 'Nam' })
    .press('Space');
  await type(form.getByRole('textbox', { name: 'Số điện thoại', exact: true }), CITIZEN.phone);
  await arrowDown(form.getByRole('combobox', { name: 'Phường, xã nơi cư trú (Hà Nội)' })); // the first ward
  await type(form.getByRole('textbox', { name: /^Số nhà/ }), 'Số 12, phố Điện Biên Phủ');
  // Filed by the staff member of the session: the form chose it and filled in the name.
  expect(await form.getByRole('radio', { name: 'Nhân viên điểm đại lý nộp thay' }).isChecked()).toBe(true);

  await type(form.getByRole('textbox', { name: 'Họ, chữ đệm và tên người được khai sinh' }), childName);
  await type(form.getByRole('textbox', { name: 'Ngày, tháng, năm sinh', exact: true }), recentBirthDate());
  const childSex = form.getByRole('group', { name: 'Giới tính' }).nth(1);
  await childSex.getByRole('radio', { name: 'Nam' }).press('ArrowRight'); // arrows move and check: Nữ
  expect(await childSex.getByRole('radio', { name: 'Nữ' }).isChecked()).toBe(true);
  await type(form.getByRole('textbox', { name: 'Dân tộc', exact: true }), 'Kinh');
  await type(form.getByRole('textbox', { name: 'Quốc tịch', exact: true }), 'Việt Nam');
  await type(form.getByRole('textbox', { name: 'Nơi sinh', exact: true }), 'Bệnh viện Phụ sản Hà Nội');
  const relationship = 'Quan hệ của người đi đăng ký với người được khai sinh';
  await arrowDown(form.getByRole('combobox', { name: relationship }), 2); // — Chọn —, Mẹ, Cha

  const declaration = form.getByRole('button', { name: 'Tờ khai đăng ký khai sinh (theo mẫu)' });
  await attach(page, declaration, pdf('to-khai.pdf'));
  const birthCertificate = form.getByRole('button', { name: 'Giấy chứng sinh do cơ sở y tế cấp' });
  await attach(page, birthCertificate, pdf('giay-chung-sinh.pdf'));
  await visible(form.getByRole('button', { name: 'Xóa to-khai.pdf' }));
  await visible(form.getByRole('button', { name: 'Xóa giay-chung-sinh.pdf' }));

  // Where the result is collected: a ward, then one of its places.
  await arrowDown(form.getByRole('combobox', { name: 'Phường, xã của nơi nhận kết quả' }));
  const place = form.getByRole('combobox', { name: 'Nơi nhận kết quả', exact: true });
  await eventually(() => place.locator('option').count()).toBeGreaterThan(1);
  await arrowDown(place);
}

/** "Tiếp tục" to the review, then consent. The caller presses "Nộp hồ sơ". */
export async function reviewAndConsent(page: Page): Promise<Locator> {
  const form = page.locator('dvc-dossier-form');
  await form.getByRole('button', { name: 'Tiếp tục' }).press('Enter');
  await visible(form.getByRole('heading', { name: 'Kiểm tra lại trước khi nộp' }));
  await form.getByRole('checkbox', { name: /^Tôi đồng ý/ }).press('Space');
  return form.getByRole('button', { name: 'Nộp hồ sơ', exact: true });
}

/** The text of the tracker's status line. */
export async function trackerStatus(page: Page): Promise<string> {
  return (await page.locator('dvc-status-tracker [part~="status"]').first().textContent()) ?? '';
}

/** The rating, handed over to the citizen, who confirms their ID number. */
export async function handOverRating(page: Page, personalId: string): Promise<Locator> {
  const rating = page.locator('dvc-rating');
  await rating.getByRole('button', { name: 'Đưa thiết bị cho người dân' }).press('Enter');
  await type(rating.getByRole('textbox', { name: 'Số định danh cá nhân' }), personalId);
  await rating.getByRole('button', { name: 'Tiếp tục' }).press('Enter');
  return rating;
}
