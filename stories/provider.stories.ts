// <dvc-provider> and theming: one client, the locale, a partner preset and the display modes handed
// to every element inside, across shadow roots; each partner's preset on the same screen.
import type { DossierStatusView, Receipt } from '@dvc-kit/client';
import { LOCALES, type Locale } from '@dvc-kit/domain';
import { THEME_NAMES, type ThemeName } from '@dvc-kit/elements';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { example } from './support/examples.js';
import { personalIdFitting } from './support/personal-ids.js';
import {
  EXAMPLE_CLIENT_ARG_TYPES,
  EXAMPLE_CLIENT_ARGS,
  type ExampleClientArgs,
  storyClient,
} from './support/story-client.js';

interface ProviderArgs extends ExampleClientArgs {
  theme: ThemeName | undefined;
  locale: Locale | undefined;
  counter: boolean;
  compact: boolean;
}

const resultReady = example<DossierStatusView>('DossierStatusView.result-ready');
const receipt = example<Receipt>('Receipt');

/**
 * A partner's screen: a rating, the status lookup and a receipt, none with a client of its own —
 * they all take the provider's, and its theme, locale and mode.
 */
function partnerScreen(): TemplateResult {
  return html`<div style="display: grid; gap: 2rem; max-width: 52rem">
    <dvc-rating
      dossier-code=${resultReady.code}
      owner-personal-id=${personalIdFitting(resultReady.ownerPersonalIdMasked)}
    ></dvc-rating>
    <dvc-status-tracker poll-interval="0"></dvc-status-tracker>
    <dvc-receipt code=${receipt.dossierCode} layout="thermal"></dvc-receipt>
  </div>`;
}

const meta = {
  title: 'Elements/Provider',
  component: 'dvc-provider',
  args: { ...EXAMPLE_CLIENT_ARGS, theme: undefined, locale: undefined, counter: false, compact: false },
  argTypes: {
    ...EXAMPLE_CLIENT_ARG_TYPES,
    theme: { control: 'select', options: [undefined, ...THEME_NAMES] },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
  },
  render: (args: ProviderArgs, context: StoryContext<ProviderArgs>) =>
    html`<dvc-provider
      .client=${storyClient(args, context)}
      theme=${ifDefined(args.theme)}
      locale=${ifDefined(args.locale)}
      ?counter=${args.counter}
      ?compact=${args.compact}
    >${partnerScreen()}</dvc-provider>`,
} satisfies Meta<ProviderArgs>;

export default meta;

type Story = StoryObj<ProviderArgs>;

/** One provider, one client: the rating checks its dossier, the receipt loads, with the kit's own colours. */
export const Overview: Story = { name: 'Overview' };

/** `theme="vnpost"` on the provider itself (the toolbar's Theme menu applies `themeCss` to the page instead). */
export const ThemeAttribute: Story = {
  name: 'Options · theme attribute',
  args: { theme: 'vnpost' },
};

/** `counter` on the provider: every element inside gets 48 px targets and 18 px type. */
export const CounterMode: Story = {
  name: 'Options · Counter mode for everything inside',
  args: { counter: true },
};

/** `compact` on the provider: denser, for partners' mobile apps. */
export const CompactMode: Story = {
  name: 'Options · Compact mode for everything inside',
  args: { compact: true },
};

/** An inner provider changes only the theme; the client still comes from the outer one. */
export const NestedProviders: Story = {
  name: 'Options · Nested providers',
  render: (args, context) =>
    html`<dvc-provider .client=${storyClient(args, context)} theme="vnpt">
      <dvc-rating
        dossier-code=${resultReady.code}
        owner-personal-id=${personalIdFitting(resultReady.ownerPersonalIdMasked)}
      ></dvc-rating>
      <dvc-provider theme="mobifone">
        <dvc-status-tracker poll-interval="0"></dvc-status-tracker>
      </dvc-provider>
    </dvc-provider>`,
};

/** `locale="en"` on the provider switches the page's elements (the toolbar is pinned to match). */
export const LocaleAttribute: Story = {
  name: 'Options · locale attribute',
  args: { locale: 'en' },
  globals: { locale: 'en' },
};

// One story per partner preset, through the toolbar's global (`themeCss(name, ':root')`), pinned.

export const ThemeVnpost: Story = { name: 'Themes · VNPost', globals: { theme: 'vnpost' } };

export const ThemeViettelPost: Story = { name: 'Themes · Viettel Post', globals: { theme: 'viettel-post' } };

export const ThemeFptRetail: Story = { name: 'Themes · FPT Retail', globals: { theme: 'fpt-retail' } };

export const ThemeVnpt: Story = { name: 'Themes · VNPT', globals: { theme: 'vnpt' } };

export const ThemeMobifone: Story = { name: 'Themes · MobiFone', globals: { theme: 'mobifone' } };

export const ThemeViettelStore: Story = {
  name: 'Themes · Viettel Store',
  globals: { theme: 'viettel-store' },
};

export const ThemeBidv: Story = { name: 'Themes · BIDV', globals: { theme: 'bidv' } };

/** Every element inside fails the same way: the client is shared. */
export const SharedClientOffline: Story = {
  name: 'Behaviors · Shared client offline',
  args: { failure: 'offline' },
};

/** A partner preset in counter mode, as on a post office's counter screen. */
export const ThemeVnpostCounter: Story = {
  name: 'Accessibility · VNPost at a counter',
  args: { counter: true },
  globals: { theme: 'vnpost' },
};

/** English under a partner preset. */
export const EnglishBidv: Story = {
  name: 'Accessibility · English, BIDV',
  globals: { locale: 'en', theme: 'bidv' },
};
