import type { Locale } from '@dvc-kit/domain';
import { ContextProvider, consume } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type DvcClient, dvcClientContext } from '../base/client-context.js';
import { type DvcEnvironment, dvcEnvironmentContext } from '../base/environment-context.js';
import { ELEMENTS_VERSION } from '../base/version.js';
import { warn } from '../base/warn.js';
import { isLocale, setLocale } from '../i18n/localization.js';
import { isThemeName, THEME_NAMES, type ThemeName } from '../themes/presets.js';
import { providerStyles } from './dvc-provider.styles.js';

/**
 * Hands a client, the locale and a partner theme to every dvc-kit element inside it — in its light
 * DOM and inside other elements' shadow roots (context requests are composed events). It draws
 * nothing itself (`display: contents`).
 *
 * Providers nest: an inner provider without a client hands down its outer provider's client, so an
 * inner one can change only the theme or the locale.
 *
 * The locale is page-wide (one `@lit/localize` runtime per copy of the package): setting `locale`
 * switches every element of this copy, and the provider hands the new locale down once the messages
 * are loaded, so text and data switch together.
 *
 * @summary Hands a client, the locale and a partner theme to the dvc-kit elements inside it.
 * @tagname dvc-provider
 * @slot - The app's content; dvc-kit elements anywhere inside, shadow roots included, use this provider.
 * @cssproperty --dvc-color-primary - Set by `theme`: buttons, links, focus rings.
 * @cssproperty --dvc-color-on-primary - Set by `theme`: text on the primary colour.
 * @cssproperty --dvc-color-accent - Set by `theme`: highlights.
 * @cssproperty --dvc-color-on-accent - Set by `theme`: text on the accent colour.
 * @cssproperty --dvc-color-focus - Set by `theme`: the focus ring.
 * @cssproperty --dvc-font-family - Set by `theme`: the font stack.
 * @cssproperty --dvc-font-size - Set by `counter`/`compact`: the base font size.
 * @cssproperty --dvc-target-size - Set by `counter`/`compact`: the minimum size of buttons and inputs.
 * @cssproperty --dvc-space - Set by `counter`/`compact`: the base spacing.
 *
 * @example
 * <dvc-provider theme="vnpost" locale="vi" counter>
 *   <dvc-receipt code="000.00.24.H26-251127-0001"></dvc-receipt>
 * </dvc-provider>
 * <script type="module">
 *   document.querySelector('dvc-provider').client = createClient({ baseUrl, getToken });
 * </script>
 */
export class DvcProvider extends LitElement {
  /** The package version that defined this class; registration warnings quote it. */
  static readonly dvcVersion: string = ELEMENTS_VERSION;

  static override styles = providerStyles;

  /** The client the elements inside call. Without one, an outer provider's client is handed down. */
  @property({ attribute: false })
  client: DvcClient | undefined;

  /**
   * `vi` (the default) or `en`: switches the elements' language page-wide. Unset leaves the locale to
   * an outer provider or to `setLocale()`.
   */
  @property({ reflect: true })
  locale: Locale | undefined;

  /**
   * A partner preset (colours and fonts) for everything inside: `vnpost`, `viettel-post`,
   * `fpt-retail`, `vnpt`, `mobifone`, `viettel-store` or `bidv`.
   */
  @property({ reflect: true })
  theme: ThemeName | undefined;

  /** Counter mode for everything inside: larger type, at least 48 px targets. */
  @property({ type: Boolean, reflect: true })
  counter = false;

  /** Compact mode for everything inside: denser layout for mobile apps. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  @consume({ context: dvcClientContext, subscribe: true })
  @state()
  private outerClient: DvcClient | undefined;

  @consume({ context: dvcEnvironmentContext, subscribe: true })
  @state()
  private outerEnvironment: DvcEnvironment | undefined;

  /** The locale whose messages have loaded; handed down instead of `locale` until then. */
  @state()
  private loadedLocale: Locale | undefined;

  // The locale switch under way, if any: `updateComplete` waits for it.
  private localeSwitch: Promise<void> = Promise.resolve();

  private readonly clientProvider = new ContextProvider(this, { context: dvcClientContext });
  private readonly environmentProvider = new ContextProvider(this, { context: dvcEnvironmentContext });
  // Counts locale switches so that a slow load finishing after a newer one does not win.
  private localeSwitches = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('locale')) this.localeSwitch = this.switchLocale(this.locale);
    if (changed.has('theme') && this.theme != null && !isThemeName(this.theme)) {
      warn(
        `<dvc-provider> has an unknown theme ${JSON.stringify(this.theme)}; expected one of ${THEME_NAMES.join(', ')}.`,
      );
    }
    this.clientProvider.setValue(this.client ?? this.outerClient);
    this.publishEnvironment();
  }

  /**
   * Resolves once the provider has rendered and, after a `locale` change, once the new messages have
   * loaded and been handed down.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let pendingSwitch: Promise<void>;
    do {
      pendingSwitch = this.localeSwitch;
      await pendingSwitch;
      complete = (await super.getUpdateComplete()) && complete;
    } while (pendingSwitch !== this.localeSwitch);
    return complete;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private publishEnvironment(): void {
    const locale = this.loadedLocale ?? this.outerEnvironment?.locale;
    const theme = isThemeName(this.theme) ? this.theme : this.outerEnvironment?.theme;
    const current = this.environmentProvider.value;
    // A new object only when something changed: every new value re-renders every consumer.
    if (current?.locale === locale && current?.theme === theme) return;
    this.environmentProvider.setValue({ locale, theme });
  }

  private async switchLocale(locale: Locale | undefined): Promise<void> {
    const switchNumber = ++this.localeSwitches;
    if (locale == null) {
      this.loadedLocale = undefined;
      return;
    }
    if (!isLocale(locale)) {
      warn(`<dvc-provider> has an unknown locale ${JSON.stringify(locale)}; expected vi or en.`);
      this.loadedLocale = undefined;
      return;
    }
    try {
      await setLocale(locale);
    } catch (error) {
      warn(`<dvc-provider> could not load the ${locale} messages.`, error);
      return;
    }
    if (switchNumber === this.localeSwitches) this.loadedLocale = locale;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-provider': DvcProvider;
  }
}
