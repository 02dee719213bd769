import { LOCALES, type Locale } from '@dvc-kit/domain';
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { warn } from '../base/warn.js';

// Runtime mode of @lit/localize: one build serves both languages. Source strings are Vietnamese (the
// default locale), written in the components with explicit ids: `msg('Thử lại', { id: 'common.retry' })`.
// The English templates live in `locales/en.ts`, written by hand (no lit-localize CLI), and are loaded
// on first use so that Vietnamese-only pages never download them.

/** The language the messages are written in, in the components' source: Vietnamese, the default. */
const SOURCE_LOCALE = 'vi' satisfies Locale;

type TargetLocale = Exclude<Locale, typeof SOURCE_LOCALE>;

const TARGET_LOCALES = LOCALES.filter((locale): locale is TargetLocale => locale !== SOURCE_LOCALE);

const LOCALE_MODULES: Record<TargetLocale, () => Promise<LocaleModule>> = {
  en: () => import('./locales/en.js'),
};

type LocalizationRuntime = ReturnType<typeof configureLocalization>;

let runtime: LocalizationRuntime | undefined;
let configurationFailed = false;

// Configured lazily, at the first `setLocale`, so that importing an element has no side effect and a
// Vietnamese-only page never touches the runtime (`msg` returns the Vietnamese source until then).
function localizationRuntime(): LocalizationRuntime | undefined {
  if (runtime === undefined && !configurationFailed) {
    try {
      runtime = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: TARGET_LOCALES,
        loadLocale: (locale) => LOCALE_MODULES[locale as TargetLocale](),
      });
    } catch (error) {
      // @lit/localize allows one configuration per copy of the library. When the app shares our copy
      // and configured it first, our messages stay Vietnamese rather than breaking the app's.
      configurationFailed = true;
      warn('@lit/localize is already configured by the page; dvc-kit elements stay in Vietnamese.', error);
    }
  }
  return runtime;
}

/** Whether `value` is a locale dvc-kit speaks. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language the elements currently render in: `'vi'` (the default) or `'en'`. Page-wide: every
 * element of this copy of `@dvc-kit/elements` shares it.
 */
export function getLocale(): Locale {
  const active = runtime?.getLocale();
  return isLocale(active) ? active : SOURCE_LOCALE;
}

/**
 * Switches every element of this copy of `@dvc-kit/elements` to `locale`, page-wide, and resolves
 * once the new messages are loaded and the elements asked to re-render. Elements keep their state
 * (typed values, loaded data) across the switch. An unknown locale is ignored with a warning.
 *
 * `<dvc-provider locale="en">` calls this for you. With the single-file bundle, import `setLocale`
 * from the bundle itself: another copy of the package has its own locale.
 *
 * @example
 * import { setLocale } from '@dvc-kit/elements';
 * await setLocale('en');
 */
export async function setLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) {
    warn(`Unknown locale ${JSON.stringify(locale)}; expected one of ${LOCALES.join(', ')}.`);
    return;
  }
  if (locale === getLocale() && runtime === undefined) return;
  await localizationRuntime()?.setLocale(locale);
}
