import { css } from 'lit';

/**
 * The official indices' look, added with their part (`rating-indices.ts`): more room between the
 * questions than between the choices of one question.
 */
export const indicesStyles = css`
  .indices {
    gap: var(--_space);
  }
`;
