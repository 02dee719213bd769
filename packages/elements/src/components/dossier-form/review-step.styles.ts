import { css } from 'lit';

// The review step's rules, added to the form's shadow root when the step loads (see `LazyPart`). Its
// answers' label/value rows are the form's own `.answer-list` (`dossier-form.styles.ts`), shared with
// the fee summary, whose rows sit next to them.

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
