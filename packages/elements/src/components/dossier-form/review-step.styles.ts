import { css } from 'lit';

// The review step's rules, added to the form's shadow root when the step loads (see `LazyPart`). The
// 8rem label column and the 30rem breakpoint match the fee summary's, whose rows sit next to these.

/** "Check your answers": a block per section with its "change" button, answers as label/value rows. */
export const reviewStepStyles = css`
  .review-block {
    margin-block-end: calc(var(--_space) * 2);
  }

  .review-heading {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: 0.25rem;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
  }
`;
