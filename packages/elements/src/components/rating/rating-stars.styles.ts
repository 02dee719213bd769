import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 2rem stars: the star is the whole target and its shape must read as filled or empty at a glance;
//   the label around it keeps the mode's target size (`.option` in rating.styles.ts).

/**
 * The stars' look, added with the stars part (`rating-stars.ts`): each native radio spans its star,
 * invisible; stars are outlines that fill with `--dvc-rating-star-color` up to the chosen one.
 */
export const starsStyles = css`
  :host {
    --_star: var(--dvc-rating-star-color, var(--_color-accent));
  }

  .stars .choices {
    gap: 0;
  }

  .stars .option {
    position: relative;
    justify-content: center;
    padding: 0;
    border-color: transparent;
    background: transparent;
  }

  .stars .option:has(input:checked) {
    box-shadow: none;
  }

  .stars input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: inherit;
  }

  .star {
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .star.filled {
    fill: var(--_star);
  }
`;
