import { css } from 'lit';

/** The panels after sending, added to the form's shadow root when they load (see `LazyPart`). */
export const outcomeStyles = css`
  .outcome > * + * {
    margin-block-start: var(--_space);
  }

  .code {
    font-family: ui-monospace, 'Courier New', monospace;
  }
`;
