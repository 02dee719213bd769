import { css, unsafeCSS } from 'lit';
import { modeStyles } from '../base/host-styles.js';
import { THEME_NAMES, themeDeclarations } from '../themes/presets.js';

// One rule per preset, keyed by the `theme` attribute. Built from the constant presets, never from
// input, so `unsafeCSS` is safe.
const presetRules = unsafeCSS(
  THEME_NAMES.map((name) => `:host([theme='${name}']) { ${themeDeclarations(name)}; }`).join('\n'),
);

/**
 * The provider draws nothing (`display: contents`: no box, no effect on the app's layout) but stays a
 * node of the tree, so the custom properties it sets — a preset, a mode — inherit to everything
 * inside it, through shadow roots.
 */
export const providerStyles = css`
  :host {
    display: contents;
  }

  ${modeStyles}

  ${presetRules}
`;
