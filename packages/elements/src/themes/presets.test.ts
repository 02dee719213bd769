import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';
import { THEME_NAMES, THEME_PRESETS, themeCss, themeDeclarations, themeStyles } from './presets.js';

// WCAG 2.2 AA: 4.5:1 for normal text (1.4.3). Focus rings and other UI parts need 3:1 (1.4.11); the
// presets use the primary colour for them, which the text threshold already covers.
const TEXT_CONTRAST = 4.5;
const WHITE = '#ffffff';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic "just passes AA" grey.
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(WHITE, '#767676')).toBe(contrastRatio('#767676', WHITE));
  });

  it('rejects colours it cannot read', () => {
    expect(() => contrastRatio('red', WHITE)).toThrow(TypeError);
  });
});

describe('partner presets', () => {
  it('has one preset per partner, each under its own name', () => {
    expect(THEME_NAMES).toHaveLength(7);
    for (const name of THEME_NAMES) expect(THEME_PRESETS[name].name).toBe(name);
  });

  it('gives every partner a distinct primary colour', () => {
    const primaries = new Set(THEME_NAMES.map((name) => THEME_PRESETS[name].colors.primary.toLowerCase()));
    expect(primaries.size).toBe(THEME_NAMES.length);
  });

  it.each(THEME_NAMES)('%s: text on primary and on accent reaches 4.5:1', (name) => {
    const { colors } = THEME_PRESETS[name];
    expect(contrastRatio(colors.onPrimary, colors.primary)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio(colors.onAccent, colors.accent)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it.each(THEME_NAMES)('%s: primary works as link text and focus ring on white', (name) => {
    const { primary } = THEME_PRESETS[name].colors;
    expect(contrastRatio(primary, WHITE)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('renders a preset as global-layer custom properties', () => {
    expect(themeDeclarations('vnpost')).toContain('--dvc-color-primary: #00529b');
    expect(themeDeclarations('vnpost')).toContain('--dvc-font-family: Roboto,');
    expect(themeCss('bidv')).toMatch(/^:root \{ --dvc-color-primary: #00716b; .*; \}$/);
    expect(themeCss('bidv', '.counter-screen')).toMatch(/^\.counter-screen \{/);
    expect(themeStyles('mobifone').cssText).toBe(themeCss('mobifone', ':host'));
  });
});
