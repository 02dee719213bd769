import type { Locale } from '@dvc-kit/domain';
import { createContext } from '@lit/context';
import type { ThemeName } from '../themes/presets.js';

/** What `<dvc-provider>` tells the elements below it besides the client. */
export interface DvcEnvironment {
  /**
   * The provider's locale, once its messages are loaded; `undefined` when the provider leaves the
   * locale to the page (then elements follow `getLocale()`).
   */
  readonly locale: Locale | undefined;
  /**
   * The partner preset the provider applies, for elements that need to know it in script. The colours
   * and fonts themselves reach descendants as inherited custom properties, not through this value.
   */
  readonly theme: ThemeName | undefined;
}

/**
 * The context that hands the locale and the theme from `<dvc-provider>` to the elements below it.
 * A string key with a contract version, like the client's context, so copies of the package on
 * one page understand each other.
 */
export const dvcEnvironmentContext = createContext<DvcEnvironment | undefined>('dvc-kit:environment@1');
