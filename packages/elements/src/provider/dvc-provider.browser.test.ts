import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { loadExample } from '../../../../tests/support/examples.js';
import { fakeClient } from '../../../../tests/support/fake-client.js';
import type { Receipt } from '../base/api-types.js';
import type { DvcClient } from '../base/client-context.js';
import type { DvcReceipt } from '../components/receipt/receipt.js';
import '../define.js';
import { getLocale, setLocale } from '../i18n/localization.js';
import { THEME_PRESETS } from '../themes/presets.js';
import { DvcProvider } from './dvc-provider.js';

let receipt: Receipt;

before(async () => {
  receipt = await loadExample<Receipt>('Receipt');
});

afterEach(async () => {
  await setLocale('vi');
});

// A client that records the codes it is asked for.
function countingClient(): DvcClient & { codes: string[] } {
  const codes: string[] = [];
  const client = fakeClient({
    dossiers: {
      receipt: async (code) => {
        codes.push(code);
        return receipt;
      },
    },
  });
  return Object.assign(client, { codes });
}

// An app's own component that renders a receipt inside its shadow root.
class AppPanel extends LitElement {
  protected override render() {
    return html`<div class="panel"><dvc-receipt code=${receipt.dossierCode}></dvc-receipt></div>`;
  }
}
customElements.define('dvc-test-app-panel', AppPanel);

async function receiptInPanel(provider: Element): Promise<DvcReceipt> {
  const panel = provider.querySelector('dvc-test-app-panel') as AppPanel;
  await panel.updateComplete;
  const element = panel.shadowRoot?.querySelector('dvc-receipt') as DvcReceipt;
  await waitForLoad(element);
  return element;
}

async function waitForLoad(element: DvcReceipt): Promise<void> {
  // Loaded when the document part is there; poll a few frames (the fake client answers at once).
  for (let frame = 0; frame < 50; frame++) {
    await element.updateComplete;
    if (element.shadowRoot?.querySelector('[part~="document"]')) return;
    await new Promise(requestAnimationFrame);
  }
  throw new Error('The receipt never rendered');
}

function text(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('<dvc-provider>', () => {
  it('hands its client and locale to an element inside another element’s shadow root', async () => {
    const client = countingClient();
    const provider = await fixture<DvcProvider>(
      html`<dvc-provider .client=${client} locale="en"><dvc-test-app-panel></dvc-test-app-panel></dvc-provider>`,
    );
    // `updateComplete` waits for the English messages to load.
    await provider.updateComplete;
    expect(getLocale()).to.equal('en');
    const element = await receiptInPanel(provider);
    await element.updateComplete;
    expect(client.codes).to.deep.equal([receipt.dossierCode]);
    expect(text(element)).to.contain('DOSSIER RECEIPT AND RESULT APPOINTMENT');
    expect(text(element)).to.contain('Request: Birth registration');
    expect(element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('en');

    provider.locale = 'vi';
    await provider.updateComplete;
    await element.updateComplete;
    expect(text(element)).to.contain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    expect(client.codes, 'switching the locale does not reload').to.have.length(1);
  });

  it('prefers an element’s own client to the provider’s', async () => {
    const providers = countingClient();
    const own = countingClient();
    const provider = await fixture<DvcProvider>(
      html`<dvc-provider .client=${providers}><dvc-receipt .client=${own} code="X-1"></dvc-receipt></dvc-provider>`,
    );
    await waitForLoad(provider.querySelector('dvc-receipt') as DvcReceipt);
    expect(own.codes).to.deep.equal(['X-1']);
    expect(providers.codes).to.deep.equal([]);
  });

  it('applies a partner preset that inherits through shadow roots', async () => {
    const provider = await fixture<DvcProvider>(
      html`<dvc-provider theme="bidv" .client=${countingClient()}><dvc-test-app-panel></dvc-test-app-panel></dvc-provider>`,
    );
    const element = await receiptInPanel(provider);
    const { colors } = THEME_PRESETS.bidv;
    expect(getComputedStyle(element).getPropertyValue('--dvc-color-primary').trim()).to.equal(colors.primary);
    const button = element.shadowRoot?.querySelector('[part~="print-button"]') as HTMLElement;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 113, 107)');
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
  });

  it('looks right with no provider and no stylesheet (built-in fallbacks)', async () => {
    const element = await fixture<DvcReceipt>(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`);
    const button = element.shadowRoot?.querySelector('[part~="print-button"]') as HTMLElement;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('cascades counter mode (≥ 44 px targets, larger type) and compact mode to the elements inside', async () => {
    const counter = await fixture<DvcProvider>(
      html`<dvc-provider counter><dvc-receipt .receipt=${receipt}></dvc-receipt></dvc-provider>`,
    );
    const counterButton = counter
      .querySelector('dvc-receipt')
      ?.shadowRoot?.querySelector('[part~="print-button"]') as HTMLElement;
    expect(counterButton.getBoundingClientRect().height).to.be.at.least(48);
    expect(Number.parseFloat(getComputedStyle(counterButton).fontSize)).to.equal(18);

    const compact = await fixture<DvcProvider>(
      html`<dvc-provider compact><dvc-receipt .receipt=${receipt}></dvc-receipt></dvc-provider>`,
    );
    const compactButton = compact
      .querySelector('dvc-receipt')
      ?.shadowRoot?.querySelector('[part~="print-button"]') as HTMLElement;
    expect(compactButton.getBoundingClientRect().height).to.be.within(36, 44);
    expect(Number.parseFloat(getComputedStyle(compactButton).fontSize)).to.equal(14);
  });

  it('nests: an inner provider changes the theme and hands down the outer client', async () => {
    const client = countingClient();
    const outer = await fixture<DvcProvider>(html`
      <dvc-provider .client=${client} theme="vnpost">
        <dvc-provider theme="mobifone"><dvc-receipt code="N-1"></dvc-receipt></dvc-provider>
      </dvc-provider>
    `);
    const element = outer.querySelector('dvc-receipt') as DvcReceipt;
    await waitForLoad(element);
    expect(client.codes).to.deep.equal(['N-1']);
    expect(getComputedStyle(element).getPropertyValue('--dvc-color-primary').trim()).to.equal(
      THEME_PRESETS.mobifone.colors.primary,
    );
  });

  it('reaches elements that connected before the provider was defined', async () => {
    // A provider class registered only now, under a fresh tag: its element asked for a client first.
    class LateProvider extends DvcProvider {}
    const client = countingClient();
    const wrapper = await fixture(html`<div></div>`);
    const provider = document.createElement('dvc-test-late-provider') as DvcProvider;
    const element = document.createElement('dvc-receipt');
    element.code = 'L-1';
    provider.append(element);
    wrapper.append(provider);
    await element.updateComplete;
    expect(client.codes).to.deep.equal([]);

    provider.client = client;
    customElements.define('dvc-test-late-provider', LateProvider);
    await waitForLoad(element);
    expect(client.codes).to.deep.equal(['L-1']);
  });

  it('warns about an unknown theme or locale instead of throwing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const provider = await fixture<DvcProvider>(
        html`<dvc-provider theme="acme" locale="fr"></dvc-provider>`,
      );
      await provider.updateComplete;
      expect(warnings.join('\n')).to.contain('unknown theme "acme"');
      expect(warnings.join('\n')).to.contain('unknown locale "fr"');
      expect(getLocale()).to.equal('vi');
    } finally {
      console.warn = original;
    }
  });
});
