import { type CSSResult, unsafeCSS } from 'lit';

/**
 * The partner presets, by name: `<dvc-provider theme="vnpost">`. One per partner of the Center's
 * agent network. Colours and fonts only — no logos (partners show their own brand around the kit).
 */
export const THEME_NAMES = [
  'vnpost',
  'viettel-post',
  'fpt-retail',
  'vnpt',
  'mobifone',
  'viettel-store',
  'bidv',
] as const;

/** The name of a partner preset. */
export type ThemeName = (typeof THEME_NAMES)[number];

/** The colours a preset sets, as `#rrggbb` (a unit test checks their contrast). */
export interface ThemeColors {
  /** Buttons, links, focus rings, selected states. */
  readonly primary: string;
  /** Text and icons on `primary`; at least 4.5:1 against it. */
  readonly onPrimary: string;
  /** Highlights (badges, the active step); a second brand colour. */
  readonly accent: string;
  /** Text on `accent`; at least 4.5:1 against it. */
  readonly onAccent: string;
}

/** A partner preset: colours in the spirit of the brand, and a font stack. */
export interface ThemePreset {
  readonly name: ThemeName;
  /** The partner's name, for pickers in demos and docs. */
  readonly partner: string;
  readonly colors: ThemeColors;
  /**
   * A font stack whose first family has Vietnamese glyphs. The kit loads no web font (no request the
   * partner did not ask for): the app loads it, or the stack falls back to system fonts.
   */
  readonly fontFamily: string;
}

// Colours chosen near each brand's public colours, then darkened where needed so that white text on
// `primary` reaches WCAG AA (4.5:1) and `primary` works as link colour on white.
const SYSTEM_FONTS = "system-ui, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/** Every partner preset by name. */
export const THEME_PRESETS: Readonly<Record<ThemeName, ThemePreset>> = {
  vnpost: {
    name: 'vnpost',
    partner: 'VNPost',
    colors: { primary: '#00529b', onPrimary: '#ffffff', accent: '#ffc20e', onAccent: '#1a1a1a' },
    fontFamily: `Roboto, ${SYSTEM_FONTS}`,
  },
  'viettel-post': {
    name: 'viettel-post',
    partner: 'Viettel Post',
    colors: { primary: '#c8102e', onPrimary: '#ffffff', accent: '#f7941d', onAccent: '#1a1a1a' },
    fontFamily: `Montserrat, ${SYSTEM_FONTS}`,
  },
  'fpt-retail': {
    name: 'fpt-retail',
    partner: 'FPT Retail',
    colors: { primary: '#c2410c', onPrimary: '#ffffff', accent: '#0f4c81', onAccent: '#ffffff' },
    fontFamily: `'Be Vietnam Pro', ${SYSTEM_FONTS}`,
  },
  vnpt: {
    name: 'vnpt',
    partner: 'VNPT',
    colors: { primary: '#0067b1', onPrimary: '#ffffff', accent: '#00a3e0', onAccent: '#1a1a1a' },
    fontFamily: `'Open Sans', ${SYSTEM_FONTS}`,
  },
  mobifone: {
    name: 'mobifone',
    partner: 'MobiFone',
    colors: { primary: '#1b3f94', onPrimary: '#ffffff', accent: '#e4002b', onAccent: '#ffffff' },
    fontFamily: `Inter, ${SYSTEM_FONTS}`,
  },
  'viettel-store': {
    name: 'viettel-store',
    partner: 'Viettel Store',
    colors: { primary: '#a50034', onPrimary: '#ffffff', accent: '#ffb81c', onAccent: '#1a1a1a' },
    fontFamily: `'Nunito Sans', ${SYSTEM_FONTS}`,
  },
  bidv: {
    name: 'bidv',
    partner: 'BIDV',
    colors: { primary: '#00716b', onPrimary: '#ffffff', accent: '#ffc72c', onAccent: '#1a1a1a' },
    fontFamily: `Mulish, ${SYSTEM_FONTS}`,
  },
};

/** Whether `value` names a preset. */
export function isThemeName(value: unknown): value is ThemeName {
  return (THEME_NAMES as readonly unknown[]).includes(value);
}

/**
 * A preset as custom-property declarations of the global layer (`--dvc-color-primary: …; …`), for a
 * rule of your own.
 *
 * @example
 * themeDeclarations('bidv'); // '--dvc-color-primary: #00716b; --dvc-color-on-primary: #ffffff; …'
 */
export function themeDeclarations(name: ThemeName): string {
  const { colors, fontFamily } = THEME_PRESETS[name];
  return [
    `--dvc-color-primary: ${colors.primary}`,
    `--dvc-color-on-primary: ${colors.onPrimary}`,
    `--dvc-color-accent: ${colors.accent}`,
    `--dvc-color-on-accent: ${colors.onAccent}`,
    `--dvc-color-focus: ${colors.primary}`,
    `--dvc-font-family: ${fontFamily}`,
  ].join('; ');
}

/**
 * A preset as CSS text: one rule for `selector` (`:root` by default, so every element on the page
 * inherits it). Put it in your stylesheet, or in a constructable stylesheet (strict CSP allows those).
 *
 * @example
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(themeCss('vnpost'));
 * document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
 */
export function themeCss(name: ThemeName, selector = ':root'): string {
  return `${selector} { ${themeDeclarations(name)}; }`;
}

/**
 * A preset as a Lit `CSSResult` for a rule on `selector` (`:host` by default): add it to the
 * `static styles` of your own Lit element that wraps the kit.
 */
export function themeStyles(name: ThemeName, selector = ':host'): CSSResult {
  // unsafeCSS is safe here: the text is built from the constant presets above, never from input.
  return unsafeCSS(themeCss(name, selector));
}
