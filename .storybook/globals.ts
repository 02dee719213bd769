// The review toolbar: language, partner theme and display mode, for every story at once. A story can
// pin one (`globals: { theme: 'vnpost' }`) to show that state whatever the toolbar says.
import { LOCALES, type Locale } from '@dvc-kit/domain';
import { isLocale, isThemeName, setLocale, THEME_NAMES, THEME_PRESETS, themeCss } from '@dvc-kit/elements';
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The display modes of the kit: as shipped, a shared counter screen, a partner's mobile app. */
export const MODES = ['default', 'counter', 'compact'] as const;

/** One of {@link MODES}. */
export type Mode = (typeof MODES)[number];

/** The global meaning "no partner theme": the kit's own colours. */
export const NO_THEME = 'none';

const LOCALE_TITLES: Readonly<Record<Locale, string>> = { vi: 'Tiếng Việt', en: 'English' };

/** The toolbar's globals. */
export const globalTypes: Preview['globalTypes'] = {
  locale: {
    description: 'Language of the elements (setLocale)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: LOCALES.map((locale) => ({ value: locale, title: LOCALE_TITLES[locale] })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Partner preset (themeCss on :root)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: NO_THEME, title: 'dvc-kit (no preset)' },
        ...THEME_NAMES.map((name) => ({ value: name, title: THEME_PRESETS[name].partner })),
      ],
      dynamicTitle: true,
    },
  },
  mode: {
    description: 'Display mode (counter: 48 px targets; compact: mobile apps)',
    toolbar: {
      title: 'Mode',
      icon: 'mobile',
      items: MODES.map((mode) => ({ value: mode, title: mode })),
      dynamicTitle: true,
    },
  },
};

/** What the toolbar starts with: Vietnamese, the kit's own colours, the default mode. */
export const initialGlobals: Preview['initialGlobals'] = { locale: 'vi', theme: NO_THEME, mode: 'default' };

/**
 * Switches the elements' language before the story renders (a loader, so the English messages have
 * loaded by then), and the page's `lang` with it so that screen readers and axe read the right one.
 */
export const applyLocale: Loader = async ({ globals }) => {
  const locale = isLocale(globals.locale) ? globals.locale : 'vi';
  await setLocale(locale);
  document.documentElement.lang = locale;
  return {};
};

// One sheet, rewritten when the theme changes: a constructed stylesheet, as a strict-CSP page would
// apply a preset.
const themeSheet = new CSSStyleSheet();

/** Applies the toolbar's partner preset to the whole page with `themeCss(name, ':root')`. */
export const withTheme: Decorator = (story, { globals }) => {
  themeSheet.replaceSync(isThemeName(globals.theme) ? themeCss(globals.theme) : '');
  if (!document.adoptedStyleSheets.includes(themeSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet];
  }
  return story();
};

/**
 * Puts the story inside a `<dvc-provider counter>` (or `compact`) when the toolbar asks for a mode: a
 * provider without a client hands down the story's own, so nothing else changes.
 */
export const withMode: Decorator = (story, { globals }) => {
  const mode = globals.mode as Mode;
  if (mode !== 'counter' && mode !== 'compact') return story();
  return html`<dvc-provider ?counter=${mode === 'counter'} ?compact=${mode === 'compact'}>${story()}</dvc-provider>`;
};
