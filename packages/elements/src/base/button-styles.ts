import { css } from 'lit';

/**
 * Buttons shared by the elements: `.button` (filled with the primary colour) and `.button.secondary`
 * (outlined). At least the mode's target size high and wide (`--_target-size`), so `counter` and
 * `compact` resize every button at once.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding: 0 calc(var(--_space) * 1.25);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button:hover {
    filter: brightness(0.92);
  }

  .button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
`;
