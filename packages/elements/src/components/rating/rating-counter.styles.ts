import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 12rem QR code: a version 4–5 symbol with its quiet zone gets modules of about 4 px on screen, which a
//   phone camera reads from half a metre across a counter.

/**
 * The counter steps' look, added with their part (`rating-counter.ts`): the agent's two choices
 * stacked full width, the QR code centred over its link.
 */
export const counterStyles = css`
  .actions.stacked {
    flex-direction: column;
    align-items: stretch;
  }

  .qr-block {
    display: grid;
    justify-items: center;
    gap: 0.5em;
    margin: 0;
  }

  .qr-code {
    inline-size: 12rem;
    block-size: 12rem;
  }

  .rating-link {
    color: var(--_color-primary);
    overflow-wrap: anywhere;
  }
`;
