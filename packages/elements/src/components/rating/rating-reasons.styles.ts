import { css } from 'lit';

/**
 * The reasons' look, added with their part (`rating-reasons.ts`): round chips, to tell a multiple
 * choice (checkboxes) from the levels above it (radio tiles).
 */
export const reasonsStyles = css`
  .chip {
    border-radius: calc(var(--_target-size) / 2);
  }
`;
