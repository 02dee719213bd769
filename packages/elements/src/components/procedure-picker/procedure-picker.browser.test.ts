import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../tests/support/axe.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import { sandboxClient } from '../../../../../tests/support/sandbox-client.js';
import type { DvcClient } from '../../base/client-context.js';
import '../../define.js';
import { setLocale } from '../../i18n/localization.js';
import {
  DECLARATION_FORM,
  IDENTITY_DOCUMENT,
  type ProcedureDocuments,
  procedureDetail,
  procedurePage,
} from './procedure-fixtures.testing.js';
import type { DvcProcedurePicker } from './procedure-picker.js';
import type { ProcedureSummary } from './procedure-types.js';

afterEach(async () => {
  await setLocale('vi');
});

// ---- Reading the element ----

function shadow(element: DvcProcedurePicker): ShadowRoot {
  if (!element.shadowRoot) throw new Error('No shadow root');
  return element.shadowRoot;
}

function part(element: DvcProcedurePicker, name: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

const input = (element: DvcProcedurePicker) => part(element, 'input') as HTMLInputElement;
const listbox = (element: DvcProcedurePicker) => part(element, 'listbox');
const options = (element: DvcProcedurePicker) => [
  ...shadow(element).querySelectorAll<HTMLElement>('[role="option"]'),
];
const optionName = (option: Element | undefined | null) =>
  option?.querySelector('.option-name')?.textContent?.replace(/\s+/g, ' ').trim();
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The options in list order (rendered rows are absolutely positioned, not in DOM order). */
function orderedOptions(element: DvcProcedurePicker): HTMLElement[] {
  return options(element).sort(
    (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
  );
}

/** The option `aria-activedescendant` names, which must exist in the picker's shadow root. */
function activeOption(element: DvcProcedurePicker): HTMLElement {
  const id = input(element).getAttribute('aria-activedescendant');
  if (!id) throw new Error('No aria-activedescendant');
  const option = shadow(element).getElementById(id);
  if (!option) throw new Error(`aria-activedescendant names #${id}, which is not in the DOM`);
  return option;
}

function chip(element: DvcProcedurePicker, label: string): HTMLButtonElement {
  const found = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="filter-chip"]')].find(
    (button) => text(button) === label,
  );
  if (!found) throw new Error(`No filter chip ${label}`);
  return found;
}

/** Shows the filter toolbar, as a click on "Bộ lọc" does. */
async function openFilters(element: DvcProcedurePicker): Promise<void> {
  const button = part(element, 'filters-button');
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await element.updateComplete;
}

async function loaded(element: DvcProcedurePicker): Promise<void> {
  await waitUntil(() => options(element).length > 0, 'the catalogue should load', { timeout: 8000 });
}

async function settled(element: DvcProcedurePicker): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

async function press(element: DvcProcedurePicker, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await settled(element);
}

/** Waits past the live region's debounce, until it says something. */
async function announcement(element: DvcProcedurePicker): Promise<string> {
  await waitUntil(() => text(part(element, 'status')) !== '', 'the live region should speak', {
    timeout: 3000,
  });
  return text(part(element, 'status'));
}

// ---- A fake catalogue of 3,000 procedures ----

const WORDS = ['Cấp', 'Đăng ký', 'Gia hạn', 'Thay đổi', 'Xác nhận', 'Chứng thực', 'Thu hồi', 'Điều chỉnh'];
const OBJECTS = [
  'giấy phép',
  'hộ kinh doanh',
  'khai sinh',
  'tạm trú',
  'quyền sử dụng đất',
  'bản sao',
  'con dấu',
];
const FIELDS = [
  { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } },
  { code: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' } },
  { code: 'cu-tru', name: { vi: 'Cư trú', en: 'Residence' } },
];

function syntheticProcedure(index: number): ProcedureSummary {
  const action = WORDS[index % WORDS.length]!;
  const object = OBJECTS[Math.floor(index / WORDS.length) % OBJECTS.length]!;
  return {
    code: `${1 + (index % 3)}.${String(100000 + index).padStart(6, '0')}`,
    name: { vi: `${action} ${object} số ${index}`, en: `Procedure number ${index}` },
    field: FIELDS[index % FIELDS.length]!,
    levels: index % 2 === 0 ? ['COMMUNE'] : ['PROVINCE', 'COMMUNE'],
    onlineLevel: (['FULL', 'PARTIAL', 'NONE'] as const)[index % 3]!,
    agentAssisted: index % 5 === 0,
    channels: [
      {
        channel: 'IN_PERSON',
        processingTime: { value: 1 + (index % 10), unit: 'WORKING_DAYS' },
        fee: { amount: 0 },
      },
      { channel: 'ONLINE', processingTime: null, fee: { amount: index % 4 === 0 ? null : 50000 } },
    ],
  };
}

/** What every procedure of the fake catalogue asks for and gives. */
const DOCUMENTS: ProcedureDocuments = {
  requiredDocuments: [DECLARATION_FORM, IDENTITY_DOCUMENT],
  resultDocuments: [{ code: 'KQ1', name: { vi: 'Giấy xác nhận', en: 'Certificate' } }],
};

const SYNTHETIC = Array.from({ length: 3000 }, (_, index) => syntheticProcedure(index));

interface CatalogueServer {
  procedures: readonly ProcedureSummary[];
  listCalls: number;
  getCalls: string[];
  failList?: () => unknown;
}

function catalogueClient(server: CatalogueServer): DvcClient {
  return fakeClient({
    procedures: {
      list: async (query = {}) => {
        server.listCalls++;
        const failure = server.failList?.();
        if (failure !== undefined) throw failure;
        return procedurePage(server.procedures, query);
      },
      get: async (code) => {
        server.getCalls.push(code);
        const summary = server.procedures.find((procedure) => procedure.code === code);
        if (!summary) throw Object.assign(new Error('404'), { name: 'DvcApiError' });
        return procedureDetail(summary, DOCUMENTS);
      },
    },
    fields: { list: async () => ({ items: FIELDS.map((field) => ({ ...field, procedureCount: 1000 })) }) },
  });
}

const syntheticServer = (): CatalogueServer => ({ procedures: SYNTHETIC, listCalls: 0, getCalls: [] });

// ---- With the real sandbox ----

describe('<dvc-procedure-picker> with the sandbox', () => {
  let client: DvcClient;
  let catalogueSize: number;

  before(async () => {
    client = sandboxClient();
    catalogueSize = (await client.procedures.list({ limit: 1 })).total;
  });

  it('loads the whole catalogue and lists it in catalogue order', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(element);
    const first = (await client.procedures.list({ limit: 3 })).items;
    expect(orderedOptions(element).slice(0, 3).map(optionName)).to.deep.equal(first.map((p) => p.name.vi));
    expect(options(element)[0]?.getAttribute('aria-setsize')).to.equal(String(catalogueSize));
    expect(await announcement(element)).to.equal(`${catalogueSize} thủ tục`);
    expect(input(element).getAttribute('role')).to.equal('combobox');
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
  });

  it('puts "Đăng ký khai sinh" first when the user types "dang ki khai sinh"', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    await sendKeys({ type: 'dang ki khai sinh' });
    await settled(element);
    expect(element.query).to.equal('dang ki khai sinh');
    const [first, second] = orderedOptions(element);
    expect(optionName(first)).to.equal('Đăng ký khai sinh');
    expect(text(first!)).to.contain('1.001193');
    expect(text(first!)).to.contain('Trực tiếp: 1 ngày làm việc, Miễn phí');
    expect(optionName(second)).to.match(/khai sinh/);
    // The matched words are emphasised.
    expect([...first!.querySelectorAll('[part~="match"]')].map(text).join(' ')).to.equal('Đăng ký khai sinh');
    expect(await announcement(element)).to.match(/^\d+ thủ tục$/);
  });

  it('chooses a procedure with the keyboard alone and emits dvc-procedure-select with its detail', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    await sendKeys({ type: 'dang ki khai sinh' });
    await press(element, 'ArrowDown');
    expect(optionName(activeOption(element))).to.equal('Đăng ký khai sinh');
    expect(activeOption(element).getAttribute('aria-posinset')).to.equal('1');
    await press(element, 'Enter');
    expect(element.value).to.equal('1.001193');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).activeElement).to.equal(input(element));
    await waitUntil(() => shadow(element).querySelector('[part~="choose-button"]'), 'the detail should load');
    // Tab: the filters button (the toolbar is folded away), then the choose button.
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('filters-button');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('choose-button');
    const selected = oneEvent(element, 'dvc-procedure-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.procedure.code).to.equal('1.001193');
    expect(event.detail.procedure.requiredDocuments.length).to.be.greaterThan(0);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('narrows the results with the filters, as the server would', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(element);
    const setSize = () => Number(options(element)[0]?.getAttribute('aria-setsize') ?? 0);

    // Keyboard: Tab to "Bộ lọc", Enter to show the toolbar, Tab into it (one stop), Right to
    // "Cấp tỉnh", Space to press it.
    element.focus();
    await sendKeys({ press: 'Tab' });
    await press(element, 'Enter');
    expect(part(element, 'filters-button').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(text(shadow(element).activeElement!)).to.equal('Cấp bộ');
    await press(element, 'ArrowRight');
    expect(text(shadow(element).activeElement!)).to.equal('Cấp tỉnh');
    await press(element, 'Space');
    expect(chip(element, 'Cấp tỉnh').getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(element, 'filters-button'))).to.equal('Bộ lọc (1)');
    const province = await client.procedures.list({ level: 'PROVINCE', limit: 100 });
    expect(setSize()).to.equal(province.total);
    expect(setSize()).to.be.lessThan(catalogueSize);

    // Mouse: add a field and "free at agent points"; the groups combine.
    chip(element, 'Miễn phí tại điểm đại lý').click();
    chip(element, 'Cấp xã').click();
    chip(element, 'Hộ tịch').click();
    await settled(element);
    const expected = new Set<string>();
    for (const level of ['PROVINCE', 'COMMUNE'] as const) {
      const page = await client.procedures.list({ level, field: 'ho-tich', agentAssisted: true, limit: 100 });
      for (const item of page.items) expected.add(item.code);
    }
    expect(setSize()).to.equal(expected.size);
    expect(setSize()).to.be.greaterThan(0);
  });

  it('shows the checklist, the authority and each channel of the procedure in `value`', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client} value="1.001193"></dvc-procedure-picker>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part~="checklist"]'), 'the checklist should load', {
      timeout: 8000,
    });
    const detail = part(element, 'detail');
    expect(text(part(element, 'detail-title'))).to.equal('Đăng ký khai sinh');
    expect(text(detail)).to.contain('Ủy ban nhân dân cấp xã');
    const items = [...part(element, 'checklist').querySelectorAll('li')].map(text);
    expect(items[0]).to.contain('Tờ khai đăng ký khai sinh (theo mẫu)');
    expect(items[0]).to.contain('Bắt buộc');
    expect(items[0]).to.contain('1 bản chính');
    expect(items[0]).to.contain('Nộp bản điện tử');
    const identity = items.find((item) => item.includes('Giấy tờ tùy thân'));
    expect(identity).to.contain('Xuất trình bản chính');
    expect(identity).to.contain('Có thể dùng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư');
    expect(items.some((item) => item.includes('Không bắt buộc'))).to.equal(true);
    const rows = [...part(element, 'offers-table').querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map(text),
    );
    expect(rows).to.deep.equal([
      ['Trực tiếp', '1 ngày làm việc', 'Miễn phí'],
      ['Trực tuyến', '1 ngày làm việc', 'Miễn phí'],
      ['Bưu chính công ích', '1 ngày làm việc', 'Miễn phí'],
    ]);
    // The three channels share one note, written once.
    expect(detail.querySelectorAll('.notes li')).to.have.length(1);
  });
});

// ---- With 3,000 procedures ----

describe('<dvc-procedure-picker> with 3,000 procedures', () => {
  it('renders only a window of rows, and says how many there are in all', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    expect(options(element).length).to.be.within(1, 40);
    expect(options(element).every((option) => option.getAttribute('aria-setsize') === '3000')).to.equal(true);
    const rowHeight = options(element)[0]!.offsetHeight;
    expect(part(element, 'listbox').scrollHeight).to.be.closeTo(3000 * rowHeight, 3000);
    expect(await announcement(element)).to.equal('3.000 thủ tục');
  });

  it('moves through the whole set with the keys, aria-activedescendant always naming a rendered option', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    const position = () => Number(activeOption(element).getAttribute('aria-posinset'));
    const isInView = () => {
      const box = listbox(element).getBoundingClientRect();
      const row = activeOption(element).getBoundingClientRect();
      return row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
    };

    await press(element, 'ArrowDown');
    expect(position()).to.equal(1);
    for (let step = 2; step <= 25; step++) {
      await press(element, 'ArrowDown');
      expect(position()).to.equal(step);
      expect(isInView(), `row ${step} in view`).to.equal(true);
    }
    await press(element, 'End');
    expect(position()).to.equal(3000);
    expect(optionName(activeOption(element))).to.equal(SYNTHETIC[2999]!.name.vi);
    expect(isInView()).to.equal(true);
    expect(options(element).length).to.be.lessThan(40);
    await press(element, 'PageUp');
    const afterPageUp = position();
    expect(afterPageUp).to.be.lessThan(3000);
    expect(afterPageUp).to.be.greaterThan(3000 - 10);
    await press(element, 'ArrowUp', 3);
    expect(position()).to.equal(afterPageUp - 3);
    expect(isInView()).to.equal(true);
    await press(element, 'Home');
    expect(position()).to.equal(1);
    await press(element, 'PageDown', 2);
    expect(position()).to.be.greaterThan(2);
    expect(isInView()).to.equal(true);

    // Scrolled away with the mouse wheel, the active option stays in the DOM and the keys go on from it.
    const before = position();
    listbox(element).scrollTop = listbox(element).scrollHeight / 2;
    await aTimeout(50);
    await settled(element);
    expect(position()).to.equal(before);
    expect(options(element).length).to.be.lessThan(45);
    await press(element, 'ArrowDown');
    expect(position()).to.equal(before + 1);
    expect(isInView()).to.equal(true);

    // Enter opens the procedure of the active row.
    await press(element, 'Enter');
    expect(element.value).to.equal(SYNTHETIC[before]!.code);
  });

  it('fills the viewport with rows wherever it is scrolled, with a fractional row height from the theme', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker
        style="--dvc-procedure-picker-row-height: 97.3px; --dvc-procedure-picker-list-height: 20rem"
        .client=${catalogueClient(syntheticServer())}
      ></dvc-procedure-picker>`,
    );
    await loaded(element);
    const list = listbox(element);
    for (const fraction of [0.25, 0.5, 0.999, 1]) {
      list.scrollTop = (list.scrollHeight - list.clientHeight) * fraction;
      await aTimeout(30);
      await settled(element);
      const box = list.getBoundingClientRect();
      const rows = options(element).map((option) => option.getBoundingClientRect());
      // Some row covers the top edge of the viewport and some the bottom: no blank band.
      expect(
        rows.some((row) => row.top <= box.top + 1 && row.bottom > box.top + 1),
        `top at ${fraction}`,
      ).to.equal(true);
      expect(
        rows.some((row) => row.top < box.bottom - 2 && row.bottom >= box.bottom - 2),
        `bottom at ${fraction}`,
      ).to.equal(true);
      expect(rows.length).to.be.lessThan(30);
    }
    expect(orderedOptions(element).at(-1)?.getAttribute('aria-posinset')).to.equal('3000');
  });

  it('has no accessibility violations with results open, in Vietnamese and in English', async () => {
    const server = syntheticServer();
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(server)} value=${SYNTHETIC[1]!.code}></dvc-procedure-picker>`,
    );
    await loaded(element);
    await waitUntil(() => shadow(element).querySelector('[part~="checklist"]'), 'the detail should load');
    element.focus();
    await sendKeys({ type: 'giay phep' });
    await press(element, 'ArrowDown', 2);
    await openFilters(element);
    chip(element, 'Cấp tỉnh').click();
    await settled(element);
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    await announcement(element);
    await expectNoAxeViolations(element);
    await setLocale('en');
    await settled(element);
    expect(text(part(element, 'label'))).to.equal('Find a public-service procedure');
    await expectNoAxeViolations(element);
  });

  it('keeps the query, the selection and the active option across a switch to English', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    await sendKeys({ type: 'dang ky' });
    await press(element, 'ArrowDown');
    await press(element, 'Enter');
    const chosen = element.value;
    expect(chosen).to.be.a('string');
    await waitUntil(() => shadow(element).querySelector('[part~="checklist"]'), 'the detail should load');
    await press(element, 'ArrowDown', 2);
    const activeCode = SYNTHETIC.find(
      (procedure) => procedure.name.vi === optionName(activeOption(element)),
    )?.code;

    await setLocale('en');
    await settled(element);
    expect(element.query).to.equal('dang ky');
    expect(input(element).value).to.equal('dang ky');
    expect(element.value).to.equal(chosen);
    const english = SYNTHETIC.find((procedure) => procedure.code === chosen)!.name.en;
    expect(text(part(element, 'detail-title'))).to.equal(english);
    expect(text(part(element, 'choose-button'))).to.equal('Choose this procedure');
    expect(
      SYNTHETIC.find((procedure) => procedure.name.en === optionName(activeOption(element)))?.code,
    ).to.equal(activeCode);
    expect(text(part(element, 'detail'))).to.contain('Identity document');
    expect(text(part(element, 'detail'))).to.contain('1 original, 2 copies');
  });

  it('works inside another element’s shadow root', async () => {
    const client = catalogueClient(syntheticServer());
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><dvc-procedure-picker></dvc-procedure-picker></section>';
    const element = root.querySelector('dvc-procedure-picker') as DvcProcedurePicker;
    element.client = client;
    await loaded(element);
    element.focus();
    await sendKeys({ type: 'chung thuc' });
    await press(element, 'ArrowDown');
    expect(optionName(activeOption(element))).to.match(/^Chứng thực/);
    const selected = new Promise<CustomEvent>((resolve) =>
      host.addEventListener('dvc-procedure-select', (event) => resolve(event as CustomEvent), { once: true }),
    );
    await press(element, 'Enter');
    await waitUntil(() => shadow(element).querySelector('[part~="choose-button"]'), 'the detail should load');
    part(element, 'choose-button').click();
    expect((await selected).detail.procedure.code).to.equal(element.value);
  });

  it('fires no event when `value` or `query` is set by script', async () => {
    const server = syntheticServer();
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(server)}></dvc-procedure-picker>`,
    );
    const events: Event[] = [];
    element.addEventListener('dvc-procedure-select', (event) => events.push(event));
    await loaded(element);
    element.value = SYNTHETIC[42]!.code;
    element.query = 'xac nhan';
    await waitUntil(() => shadow(element).querySelector('[part~="checklist"]'), 'the detail should load');
    expect(server.getCalls).to.deep.equal([SYNTHETIC[42]!.code]);
    expect(orderedOptions(element).every((option) => optionName(option)?.startsWith('Xác nhận'))).to.equal(
      true,
    );
    expect(events).to.have.length(0);
  });

  it('opens a procedure clicked with the mouse, keeping the focus in the search box', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    const third = orderedOptions(element)[2]!;
    const box = third.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)],
    });
    await settled(element);
    expect(element.value).to.equal(SYNTHETIC[2]!.code);
    expect(shadow(element).activeElement).to.equal(input(element));
    expect(input(element).getAttribute('aria-expanded'), 'list closed').to.equal('false');
    // A click in the search box shows the list again, the opened procedure marked as selected.
    input(element).click();
    await settled(element);
    expect(orderedOptions(element)[2]!.getAttribute('aria-selected')).to.equal('true');
    expect(orderedOptions(element)[1]!.getAttribute('aria-selected'), 'other option').to.equal('false');
  });

  it('closes the list on Escape, then clears the search', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())} query="khai sinh"></dvc-procedure-picker>`,
    );
    await loaded(element);
    element.focus();
    await press(element, 'ArrowDown');
    await press(element, 'Escape');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    expect(input(element).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(element.query).to.equal('khai sinh');
    await press(element, 'Escape');
    expect(element.query).to.equal('');
    expect(input(element).value).to.equal('');
    await press(element, 'ArrowDown');
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(element).getAttribute('aria-posinset')).to.equal('1');
  });

  it('suggests fewer words or filters when nothing matches, and clears the filters on request', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())} query="con dau"></dvc-procedure-picker>`,
    );
    await loaded(element);
    await openFilters(element);
    chip(element, 'Cơ quan khác').click();
    await settled(element);
    expect(options(element)).to.have.length(0);
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    const message = text(part(element, 'message'));
    expect(message).to.contain('Không tìm thấy thủ tục phù hợp.');
    expect(message).to.contain('bớt từ');
    expect(await announcement(element)).to.equal('Không tìm thấy thủ tục phù hợp.');
    part(element, 'clear-filters-button').click();
    await settled(element);
    expect(options(element).length).to.be.greaterThan(0);
    expect(chip(element, 'Cơ quan khác').getAttribute('aria-pressed')).to.equal('false');
  });

  it('announces the count once typing pauses, not at every key', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    expect(await announcement(element)).to.equal('3.000 thủ tục');
    element.focus();
    await sendKeys({ type: 'cap giay' });
    await settled(element);
    expect(text(part(element, 'status'))).to.equal('3.000 thủ tục');
    const count = Number(options(element)[0]?.getAttribute('aria-setsize'));
    await waitUntil(() => text(part(element, 'status')) !== '3.000 thủ tục', 'the new count', {
      timeout: 3000,
    });
    expect(text(part(element, 'status'))).to.equal(`${count.toLocaleString('vi-VN')} thủ tục`);
  });

  it('makes targets at least 48 px in counter mode', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker counter .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(element);
    await openFilters(element);
    expect(input(element).getBoundingClientRect().height).to.be.at.least(48);
    expect(chip(element, 'Cấp xã').getBoundingClientRect().height).to.be.at.least(48);
    const compact = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker compact .client=${catalogueClient(syntheticServer())}></dvc-procedure-picker>`,
    );
    await loaded(compact);
    await openFilters(compact);
    expect(chip(compact, 'Cấp xã').getBoundingClientRect().height).to.be.within(36, 47);
    expect(options(compact)[0]!.offsetHeight).to.be.lessThan(options(element)[0]!.offsetHeight);
  });
});

// ---- Loading, errors and offline ----

describe('<dvc-procedure-picker> states', () => {
  it('says it is loading, busy, until the catalogue arrives', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = syntheticServer();
    const client = catalogueClient(server);
    const list = client.procedures.list;
    client.procedures.list = async (query, options) => {
      await gate;
      return list(query, options);
    };
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    expect(text(part(element, 'status'))).to.equal('Đang tải danh mục thủ tục…');
    expect(shadow(element).querySelector('.results')?.getAttribute('aria-busy')).to.equal('true');
    release();
    await loaded(element);
    expect(shadow(element).querySelector('.results')?.getAttribute('aria-busy')).to.equal('false');
  });

  it("shows the server's message in the page's language and retries", async () => {
    const server = syntheticServer();
    let failures = 1;
    server.failList = () =>
      failures-- > 0
        ? Object.assign(new Error('503'), {
            name: 'DvcApiError',
            userMessage: 'Hệ thống đang bảo trì.',
            problem: {
              userMessage: { vi: 'Hệ thống đang bảo trì.', en: 'The system is under maintenance.' },
            },
          })
        : undefined;
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(server)}></dvc-procedure-picker>`,
    );
    await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'the error should show');
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Không tải được danh mục thủ tục.');
    expect(text(alert)).to.contain('Hệ thống đang bảo trì.');
    await setLocale('en');
    await settled(element);
    expect(text(shadow(element).querySelector('[role="alert"]')!)).to.contain(
      'The system is under maintenance.',
    );
    await expectNoAxeViolations(element);
    part(element, 'retry-button').click();
    await loaded(element);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });

  it('words a network failure itself when the client speaks another language', async () => {
    const server = syntheticServer();
    server.failList = () =>
      Object.assign(new Error('offline'), {
        name: 'DvcNetworkError',
        userMessage: 'Không kết nối được tới máy chủ.',
      });
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${catalogueClient(server)}></dvc-procedure-picker>`,
    );
    await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'the error should show');
    await setLocale('en');
    await settled(element);
    expect(text(shadow(element).querySelector('[role="alert"]')!)).to.contain('Could not reach the server.');
  });

  it('keeps working offline with the catalogue this client loaded before, and says so', async () => {
    const server = syntheticServer();
    const client = catalogueClient(server);
    const first = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(first);
    server.failList = () =>
      Object.assign(new Error('offline'), { name: 'DvcNetworkError', userMessage: 'Mất mạng' });
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    await loaded(element);
    expect(text(part(element, 'message'))).to.contain('danh mục đã tải trước đó');
    element.focus();
    await sendKeys({ type: 'so 2999' });
    await settled(element);
    expect(optionName(orderedOptions(element)[0])).to.equal(SYNTHETIC[2999]!.name.vi);
    // Back online, it refreshes by itself.
    server.failList = undefined;
    window.dispatchEvent(new Event('online'));
    await waitUntil(
      () => !text(part(element, 'base')).includes('danh mục đã tải trước đó'),
      'the notice should go',
    );
  });

  it('waits for a provider to hand it a client', async () => {
    const client = catalogueClient(syntheticServer());
    const provider = await fixture<HTMLElement & { client: DvcClient }>(
      html`<dvc-provider><dvc-procedure-picker></dvc-procedure-picker></dvc-provider>`,
    );
    const element = provider.querySelector('dvc-procedure-picker') as DvcProcedurePicker;
    provider.client = client;
    await loaded(element);
    expect(options(element).length).to.be.greaterThan(0);
  });
});
