import type { Locale } from '@dvc-kit/domain';
import { consume } from '@lit/context';
import { localized } from '@lit/localize';
import { type CSSResultGroup, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getLocale, setLocale } from '../i18n/localization.js';
import { type DvcClient, dvcClientContext } from './client-context.js';
import { type DvcEnvironment, dvcEnvironmentContext } from './environment-context.js';
import { hostStyles } from './host-styles.js';
import { ELEMENTS_VERSION } from './version.js';

/**
 * The base of every dvc-kit element: the client (a property or the nearest `<dvc-provider>`'s), the
 * locale (re-rendering on `setLocale`, keeping state), the theme layers and the `counter`/`compact`
 * modes.
 *
 * Subclasses add their styles after {@link hostStyles}: `static styles = [hostStyles, myStyles]`,
 * render user-facing text through `msg('…', { id: '<element>.<key>' })`, and read
 * {@link DvcElement.activeClient} and {@link DvcElement.locale} rather than their sources.
 */
@localized()
export class DvcElement extends LitElement {
  /** The package version that defined this class; registration warnings quote it. */
  static readonly dvcVersion: string = ELEMENTS_VERSION;

  static override styles: CSSResultGroup = [hostStyles];

  /**
   * The API client. Set it here, or let the element take the one of the nearest `<dvc-provider>` —
   * across shadow roots. Elements never create a client themselves.
   */
  @property({ attribute: false })
  client: DvcClient | undefined;

  /** Counter mode: larger type and at least 48 px targets, for shared counter screens. */
  @property({ type: Boolean, reflect: true })
  counter = false;

  /** Compact mode: denser layout for partner mobile apps (targets stay at least 36 px). */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** The client of the nearest `<dvc-provider>`, if any. */
  @consume({ context: dvcClientContext, subscribe: true })
  @state()
  protected providedClient: DvcClient | undefined;

  /** The locale and theme of the nearest `<dvc-provider>`, if any. */
  @consume({ context: dvcEnvironmentContext, subscribe: true })
  @state()
  protected environment: DvcEnvironment | undefined;

  /** The client to call: {@link DvcElement.client} when set, else the provider's. */
  protected get activeClient(): DvcClient | undefined {
    return this.client ?? this.providedClient;
  }

  /**
   * The locale to render data in (localised names, dates, numbers): the provider's, else the page's.
   * Messages written with `msg()` follow the page's locale, which the provider sets.
   */
  protected get locale(): Locale {
    return this.environment?.locale ?? getLocale();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A provider from another copy of the package (a second bundle) cannot switch this copy's
    // messages: follow its locale here. With one copy, the provider already did and this is a no-op.
    const providedLocale = this.environment?.locale;
    if (changed.has('environment') && providedLocale !== undefined && providedLocale !== getLocale()) {
      void setLocale(providedLocale);
    }
  }
}
