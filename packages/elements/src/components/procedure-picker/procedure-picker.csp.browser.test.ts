// The picker under a strict Content Security Policy: no `'unsafe-inline'` styles. A page of its own
// (web-test-runner runs each test file in a fresh page), because a policy cannot be lifted once set.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import '../../define.js';
import { procedurePage } from './procedure-fixtures.testing.js';
import type { DvcProcedurePicker } from './procedure-picker.js';
import type { ProcedureSummary } from './procedure-types.js';

const field = { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } };
const procedures: ProcedureSummary[] = Array.from({ length: 500 }, (_, index) => ({
  code: `1.${String(200000 + index)}`,
  name: { vi: `Đăng ký việc số ${index}`, en: `Registration ${index}` },
  field,
  levels: ['COMMUNE'],
  onlineLevel: 'FULL',
  agentAssisted: true,
  channels: [
    { channel: 'ONLINE', processingTime: { value: 3, unit: 'WORKING_DAYS' }, fee: { amount: 20000 } },
  ],
}));

const client = fakeClient({
  procedures: {
    list: async (query = {}) => procedurePage(procedures, query),
  },
  fields: { list: async () => ({ items: [{ ...field, procedureCount: procedures.length }] }) },
});

const violations: string[] = [];

before(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.sample}`);
  });
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'";
  document.head.append(policy);
});

describe('<dvc-procedure-picker> under a strict CSP', () => {
  it('is under a policy that refuses inline styles (the test can fail)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'the policy should report an inline style');
    probe.remove();
    violations.length = 0;
  });

  it('positions its virtual rows without a refused style', async () => {
    const element = await fixture<DvcProcedurePicker>(
      html`<dvc-procedure-picker .client=${client}></dvc-procedure-picker>`,
    );
    const shadow = element.shadowRoot!;
    await waitUntil(() => shadow.querySelectorAll('[role="option"]').length > 0, 'the catalogue should load');
    element.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const active = shadow.getElementById(
      shadow.querySelector('input')!.getAttribute('aria-activedescendant')!,
    )!;
    expect(active.getAttribute('aria-posinset')).to.equal('500');
    // The last row sits at the bottom of the list, where its custom property puts it.
    const list = shadow.querySelector('[role="listbox"]')!.getBoundingClientRect();
    expect(Math.abs(active.getBoundingClientRect().bottom - list.bottom)).to.be.lessThan(3);
    expect(violations).to.deep.equal([]);
  });
});
