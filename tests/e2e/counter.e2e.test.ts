// End to end, as a new user would: a staff member at a VNPost agent point signs in to the counter page,
// finds "Đăng ký khai sinh" by typing without diacritics, fills in the dossier with the keyboard only,
// attaches the documents, submits, reads the receipt, tracks the dossier, moves it on with the
// sandbox's simulated back office, and hands the device to the citizen, who rates it — once. Then a
// dossier submitted with the line down waits in the visible outbox and goes when the line is back;
// the page switches language and partner theme; the partner's citizen app works under its strict CSP
// (no violation allowed); and the React example's typed events work.
//
// Each screen is also checked with axe-core (WCAG 2.2 AA, the whole page, shadow roots included).
// Real everything: the sandbox on a temporary database, the example partner backend with VNPost's test
// key, the built bundles, Chromium. Screenshots go to `.screenshots/e2e/` (ignored by git) for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@dvc-kit/client';
import { type RunningSandbox, TEST_SECRET_KEYS } from '@dvc-kit/sandbox';
import { mintEmbedToken, startTestSandbox } from '@dvc-kit/sandbox/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExamples } from '../../examples/build.mjs';
import {
  type RunningPartnerBackend,
  startPartnerBackend,
} from '../../examples/partner-backend/src/partner-backend.js';
import { birthRegistration, OWNER, uploadBirthRegistrationFiles } from '../support/birth-registration.js';
import { axeViolations } from './support/axe-page.js';
import { launchChromium, type PageProblems, watchPage } from './support/chromium.js';
import {
  CITIZEN,
  chooseShownProcedure,
  eventually,
  fillBirthRegistration,
  handOverRating,
  openFirstResult,
  reviewAndConsent,
  STEP_TIMEOUT_MS,
  signIn,
  trackerStatus,
  type,
  visible,
} from './support/page-steps.js';

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const screenshots = join(repositoryRoot, '.screenshots/e2e');

/**
 * Building the bundles: a few seconds when only the rollup steps are stale, about a minute from a fresh
 * clone on a two-core machine (tsc -b, two bundles, the React app) — or longer while another test file
 * (`npm-start.test.ts`) holds the build lock.
 */
const BUILD_TIMEOUT_MS = 240_000;
/** The longest flow (the counter's) takes about 10 s here; a slow machine gets six times that. */
const FLOW_TIMEOUT_MS = 60_000;
/** The counter's screen, and a phone for the mobile-first apps. */
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let sandbox: RunningSandbox;
let backend: RunningPartnerBackend;
let browser: Browser;
const backendLog: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  await buildExamples({ react: true, log: () => undefined });
  sandbox = await startTestSandbox();
  backend = await startPartnerBackend({ apiUrl: sandbox.url, port: 0, log: (line) => backendLog.push(line) });
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await backend?.close();
  await sandbox?.close();
});

/** A fresh browser profile (cookies, IndexedDB) with a page watched for CSP violations and errors. */
async function openPage(options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const problems = await watchPage(page);
  return { context, page, problems };
}

/**
 * A screenshot for review; `fullPage: false` for pages too long to read whole (a phone's form), taken
 * from the top of the page.
 */
async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (!fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
}

function expectNoProblems(problems: PageProblems): void {
  expect(problems.cspViolations, 'CSP violations').toEqual([]);
  expect(problems.errors, 'console errors and uncaught exceptions').toEqual([]);
  expect(problems.kitWarnings, "the kit's warnings about the page").toEqual([]);
  expect(backend.cspReports, 'CSP reports posted to report-uri').toEqual([]);
  expect(backendLog, "the partner backend's log of failures").toEqual([]);
}

/** Rates a dossier straight through the API, with a token of the backend's origin. */
async function rateThroughApi(code: string): Promise<{ status: number; type: string | undefined }> {
  const origin = new URL(backend.url).origin;
  const session = await fetch(`${sandbox.url}/v1/embed-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_SECRET_KEYS.VNPOST}`, 'content-type': 'application/json' },
    body: JSON.stringify({ origin, scopes: ['rating:create'] }),
  });
  const { token } = (await session.json()) as { token: string };
  const response = await fetch(`${sandbox.url}/v1/dossiers/${encodeURIComponent(code)}/rating`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin },
    body: JSON.stringify({
      satisfaction: 'SATISFIED',
      ownerPersonalId: CITIZEN.personalId,
      via: 'CITIZEN_DEVICE',
    }),
  });
  const body = (await response.json()) as { type?: string };
  return { status: response.status, type: body.type };
}

/**
 * A birth registration filed straight through the API and moved to RESULT_READY by the simulator: a
 * dossier the citizen can follow and rate in the app.
 */
async function fileReadyDossier(): Promise<string> {
  const client = createClient({ baseUrl: sandbox.url, getToken: () => mintEmbedToken(sandbox) });
  const files = await uploadBirthRegistrationFiles(client);
  const { dossier } = await client.dossiers.create(birthRegistration(files));
  // Filed at an agent point it is received at once; two moves: PROCESSING, then RESULT_READY.
  await client.sandbox.advance(dossier.code);
  await client.sandbox.advance(dossier.code);
  return dossier.code;
}

describe('the counter page', () => {
  it(
    'takes a citizen from "dang ki khai sinh" to a received, ready and rated dossier, keyboard only',
    async () => {
      const { context, page, problems } = await openPage(DESKTOP);
      await page.goto(backend.counterUrl);
      await eventually(() => page.getByLabel('Điểm đại lý').locator('option').count()).toBeGreaterThan(1);
      await screenshot(page, '01-counter-sign-in');
      expect(await axeViolations(page), 'accessibility').toEqual([]);
      await signIn(page);

      // ——— Find the procedure without diacritics, open it, choose it, fill it in.
      await openFirstResult(page, 'dang ki khai sinh', 'Đăng ký khai sinh');
      await screenshot(page, '02-counter-picker');
      expect(await axeViolations(page), 'accessibility').toEqual([]);
      await chooseShownProcedure(page);
      await fillBirthRegistration(page, { childName: 'Nguyễn Thị Bình' });
      await screenshot(page, '03-counter-form');
      expect(await axeViolations(page), 'accessibility').toEqual([]);
      const submit = await reviewAndConsent(page);
      await screenshot(page, '04-counter-review');
      await submit.press('Enter');

      // ——— The receipt, with the code the server issued.
      await visible(page.getByRole('heading', { name: 'Giấy tiếp nhận', exact: true }));
      const codeLine = (await page.locator('#receipt-code-line').textContent()) ?? '';
      const code = /Mã hồ sơ: (\S+)\./.exec(codeLine)?.[1] ?? '';
      expect(code).toMatch(/^000\.00\.24\.H26-\d{6}-\d{4}$/);
      await visible(page.locator('dvc-receipt').getByText(code).first());
      await screenshot(page, '05-counter-receipt');
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      // ——— Track it as the citizen would: the code and the owner's ID number.
      await page.getByRole('button', { name: 'Theo dõi hồ sơ' }).press('Enter');
      const tracker = page.locator('dvc-status-tracker');
      await type(tracker.getByRole('textbox', { name: 'Mã hồ sơ' }), code);
      await type(
        tracker.getByRole('textbox', { name: 'Số định danh cá nhân của chủ hồ sơ' }),
        CITIZEN.personalId,
      );
      await tracker.getByRole('button', { name: 'Tra cứu' }).press('Enter');
      // Filed at an agent point, the sandbox receives the dossier at once: RECEIVED, "Được tiếp nhận".
      await eventually(() => trackerStatus(page)).toContain('Được tiếp nhận');
      await screenshot(page, '06-counter-tracker-received');

      // ——— The simulated back office: RECEIVED → PROCESSING → RESULT_READY ("Đã xử lý xong").
      const advance = page.getByRole('button', { name: 'Chuyển sang bước tiếp theo' });
      await advance.press('Enter');
      await eventually(() => trackerStatus(page)).toContain('Đang xử lý');
      await advance.press('Enter');
      await eventually(() => trackerStatus(page)).toContain('Đã xử lý xong');
      await eventually(() => page.locator('#advance-status').textContent()).toContain('Đã xử lý xong');
      await screenshot(page, '07-counter-tracker-result-ready');
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      // ——— Hand the device to the citizen, who confirms their ID number and rates.
      await page.getByRole('button', { name: 'Mời công dân đánh giá' }).press('Enter');
      let rating = await handOverRating(page, CITIZEN.personalId);
      await rating.getByRole('radio', { name: /^Rất hài lòng/ }).press('Space');
      await screenshot(page, '08-counter-rating');
      expect(await axeViolations(page), 'accessibility').toEqual([]);
      await rating.getByRole('button', { name: 'Gửi đánh giá' }).press('Enter');
      await eventually(() => rating.locator('[part~="message"]').textContent()).toContain('Cảm ơn');
      await screenshot(page, '09-counter-rated');

      // ——— A second rating is refused: the element finds the dossier rated, and so does the API.
      await page.getByRole('button', { name: 'Quay lại theo dõi hồ sơ' }).press('Enter');
      await page.getByRole('button', { name: 'Mời công dân đánh giá' }).press('Enter');
      rating = await handOverRating(page, CITIZEN.personalId);
      await eventually(() => rating.locator('[part~="message"]').textContent()).toContain(
        'Hồ sơ này đã được đánh giá.',
      );
      await screenshot(page, '10-counter-already-rated');
      expect(await rateThroughApi(code)).toEqual({
        status: 409,
        type: 'https://dvc-kit.dev/problems/already-rated',
      });

      expectNoProblems(problems);
      await context.close();
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'keeps a dossier submitted offline in the visible outbox and sends it, once, when the line is back',
    async () => {
      const { context, page, problems } = await openPage(DESKTOP);
      await page.goto(backend.counterUrl);
      await signIn(page);
      await openFirstResult(page, 'khai sinh', 'Đăng ký khai sinh');
      await chooseShownProcedure(page);
      // The documents upload while online; the line drops just before the submission.
      await fillBirthRegistration(page, { childName: 'Nguyễn Minh Châu' });
      const submit = await reviewAndConsent(page);
      const before = sandbox.db.prepare('SELECT COUNT(*) AS count FROM dossiers').get() as { count: number };
      await context.setOffline(true);
      await submit.press('Enter');

      const outbox = page.locator('#outbox-panel');
      await eventually(() => outbox.locator('.outbox__state').first().textContent()).toBe('Đang chờ gửi');
      await visible(
        page.locator('dvc-dossier-form').getByRole('heading', { name: 'Đã xếp hàng gửi khi có mạng' }),
      );
      await screenshot(page, '14-counter-outbox-queued');
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      // Back online: the outbox sends it, the form hands over its receipt, the page shows it.
      await context.setOffline(false);
      await eventually(() => outbox.locator('.outbox__state').first().textContent()).toBe('Đã gửi');
      await visible(page.getByRole('heading', { name: 'Giấy tiếp nhận', exact: true }));
      const sentCode = (await outbox.locator('.outbox__item').first().textContent()) ?? '';
      expect(sentCode).toMatch(/Mã hồ sơ 000\.00\.24\.H26-\d{6}-\d{4}/);
      await screenshot(page, '15-counter-outbox-sent');
      const after = sandbox.db.prepare('SELECT COUNT(*) AS count FROM dossiers').get() as { count: number };
      expect(after.count - before.count, 'dossiers created').toBe(1);

      // The staff clears it once the receipt is printed: personal data does not stay on the device.
      await outbox.getByRole('button', { name: 'Xóa khỏi hàng đợi' }).press('Enter');
      await eventually(() => outbox.locator('#outbox-summary').textContent()).toBe(
        'Không có hồ sơ nào trong hàng đợi.',
      );
      expectNoProblems(problems);
      await context.close();
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'switches to English and to another partner theme, and keeps what is on screen',
    async () => {
      const { context, page, problems } = await openPage(DESKTOP);
      await page.goto(backend.counterUrl);
      await signIn(page);
      await openFirstResult(page, 'khai sinh', 'Đăng ký khai sinh');

      const header = page.locator('.app-header');
      const vnpostPrimary = await header.evaluate((element) => getComputedStyle(element).backgroundColor);
      await page.getByLabel('Giao diện đối tác').focus();
      await page.keyboard.press('ArrowDown'); // VNPost → Viettel Post
      await eventually(() =>
        header.evaluate((element) => getComputedStyle(element).backgroundColor),
      ).not.toBe(vnpostPrimary);

      await page.getByRole('button', { name: 'English' }).press('Enter');
      await visible(page.getByRole('heading', { name: 'Dossier intake counter' }));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // The elements switched too, and the picker kept its search and the procedure shown.
      await visible(page.getByRole('button', { name: 'Choose this procedure' }));
      expect(await page.getByRole('combobox', { name: 'Find a public-service procedure' }).inputValue()).toBe(
        'khai sinh',
      );
      await screenshot(page, '16-counter-english-viettel-post');
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      await page.getByRole('button', { name: 'Tiếng Việt' }).press('Enter');
      await visible(page.getByRole('heading', { name: 'Quầy tiếp nhận hồ sơ' }));
      expectNoProblems(problems);
      await context.close();
    },
    FLOW_TIMEOUT_MS,
  );
});

describe('the partner app (citizen, phone) under its strict CSP', () => {
  it(
    'finds and opens a procedure, follows a dossier from its QR link and rates it, with no CSP violation',
    async () => {
      const { context, page, problems } = await openPage(PHONE);
      const response = await page.goto(backend.partnerAppUrl);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);

      // Filing: the picker and the form work under the CSP (Lit's constructable stylesheets only).
      await openFirstResult(page, 'khai sinh', 'Đăng ký khai sinh');
      await chooseShownProcedure(page);
      await visible(page.locator('dvc-dossier-form').getByRole('heading', { name: 'Chủ hồ sơ' }));
      await screenshot(page, '11-app-form', { fullPage: false });
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      // Following: the receipt's QR code opens the app with the code; the citizen types the ID number.
      const code = await fileReadyDossier();
      await page.goto(`${backend.partnerAppUrl}?code=${encodeURIComponent(code)}`);
      const tracker = page.locator('dvc-status-tracker');
      await eventually(() => tracker.getByRole('textbox', { name: 'Mã hồ sơ' }).inputValue()).toBe(code);
      await type(
        tracker.getByRole('textbox', { name: 'Số định danh cá nhân của chủ hồ sơ' }),
        OWNER.personalId,
      );
      await tracker.getByRole('button', { name: 'Tra cứu' }).press('Enter');
      await eventually(() => trackerStatus(page)).toContain('Đã xử lý xong');

      // Rating: offered once the result is ready; the citizen confirms the ID number and rates.
      const rating = page.locator('#rating-section dvc-rating');
      await type(rating.getByRole('textbox', { name: 'Số định danh cá nhân' }), OWNER.personalId);
      await rating.getByRole('button', { name: 'Tiếp tục' }).press('Enter');
      await rating.getByRole('radio', { name: /^Hài lòng/ }).press('Space');
      await rating.getByRole('button', { name: 'Gửi đánh giá' }).press('Enter');
      await eventually(() => rating.locator('[part~="message"]').textContent()).toContain('Cảm ơn');
      await screenshot(page, '12-app-rated');
      expect(await axeViolations(page), 'accessibility').toEqual([]);

      expectNoProblems(problems);
      await context.close();
    },
    FLOW_TIMEOUT_MS,
  );
});

describe('the React example', () => {
  it(
    'renders the picker, and its typed onDvcProcedureSelect hands the procedure to the form',
    async () => {
      const { context, page, problems } = await openPage(PHONE);
      await page.goto(backend.reactUrl);
      await openFirstResult(page, 'dang ki khai sinh', 'Đăng ký khai sinh');
      await chooseShownProcedure(page);
      const form = page.locator('dvc-dossier-form');
      await visible(form.getByRole('heading', { name: 'Đăng ký khai sinh' }));
      await visible(form.getByRole('heading', { name: 'Chủ hồ sơ' }));
      await screenshot(page, '13-react-form', { fullPage: false });
      expect(await axeViolations(page), 'accessibility').toEqual([]);
      expectNoProblems(problems);
      await context.close();
    },
    FLOW_TIMEOUT_MS,
  );
});
