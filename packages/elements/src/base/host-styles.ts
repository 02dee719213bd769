import { css } from 'lit';

// The sizes of the modes, and why (kept out of the CSS text, which ships as is):
// - default: 2.75rem targets = 44 px at the default root size, the touch target Apple and Google
//   recommend, well above WCAG 2.2's 24 px minimum.
// - counter: staff and citizens read a shared screen from further away and tap with less precision:
//   3rem (48 px) targets and 1.125rem (18 px) type.
// - compact: partner mobile apps want density: 2.25rem (36 px, still above WCAG 2.2's 24 px) targets
//   and 0.875rem (14 px) type.

/**
 * The `counter` and `compact` modes: host attributes that set global-layer properties on the host, so
 * they cascade to every element inside it — `<dvc-provider counter>` makes a whole counter screen
 * larger. Shared by the elements and `<dvc-provider>`.
 */
export const modeStyles = css`
  :host([counter]) {
    --dvc-font-size: 1.125rem;
    --dvc-target-size: 3rem;
    --dvc-space: 1.25rem;
  }

  :host([compact]) {
    --dvc-font-size: 0.875rem;
    --dvc-target-size: 2.25rem;
    --dvc-space: 0.625rem;
  }
`;

/**
 * The styles every dvc-kit element starts from: the private layer of the three layers of custom
 * properties, and the `counter` / `compact` modes.
 *
 * Layers: a partner sets the **global** layer (`--dvc-color-primary`, `--dvc-font-family`, …) on
 * `:root`, on a `<dvc-provider>`, or on any ancestor; a component reads its **component** layer
 * (`--dvc-receipt-ink-color`, …), which falls back to the global one; inside, rules use only the
 * **private** layer (`--_color-primary`, …) defined here with built-in fallbacks, so an element looks
 * right on a page with no stylesheet at all. Custom properties inherit through shadow roots, so a
 * value set on any ancestor reaches every element below it.
 */
export const hostStyles = css`
  :host {
    --_color-primary: var(--dvc-color-primary, #0b5cad);
    --_color-on-primary: var(--dvc-color-on-primary, #ffffff);
    --_color-accent: var(--dvc-color-accent, #ffc20e);
    --_color-on-accent: var(--dvc-color-on-accent, #1a1a1a);
    --_color-text: var(--dvc-color-text, #1a1a1a);
    --_color-text-muted: var(--dvc-color-text-muted, #595959);
    --_color-surface: var(--dvc-color-surface, #ffffff);
    --_color-border: var(--dvc-color-border, #767676);
    --_color-danger: var(--dvc-color-danger, #b3261e);
    --_color-focus: var(--dvc-color-focus, var(--dvc-color-primary, #0b5cad));
    --_font-family: var(--dvc-font-family, system-ui, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--dvc-font-size, 1rem);
    --_line-height: var(--dvc-line-height, 1.5);
    --_radius: var(--dvc-radius, 0.375rem);
    --_space: var(--dvc-space, 1rem);
    --_target-size: var(--dvc-target-size, 2.75rem);

    display: block;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }

  :host([hidden]) {
    display: none !important;
  }

  ${modeStyles}

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
