import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 1.25em title: one step above the text, below the page's own headings (the detail sits in a
//   partner's page, under its title).
// - 0.875em for the channels' notes and the documents' tags, as for the list's secondary lines: a
//   step below the text they qualify, in em so the `counter` and `compact` modes scale them.
// - 1.25em list indent: room for the bullet at every text size.

/**
 * The detail of the procedure shown: a bordered panel with the facts, the table of channels, the
 * checklist with its tags and the choose button. Added to the picker's shadow root with the detail view
 * (`LazyPart`), so the picker's first download leaves these rules out. A required document is told by
 * its "Bắt buộc" tag in words; the bold border only repeats it.
 */
export const procedureDetailStyles = css`
  .facts dt,
  .notes {
    color: var(--_color-text-muted);
  }

  .detail {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .detail-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .detail h3 {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 1em;
  }

  .facts {
    display: grid;
    gap: 0.125em;
    margin: 0;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
  }

  .offers {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .offers th,
  .offers td {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  .notes,
  .checklist,
  .results-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .notes {
    font-size: 0.875em;
  }

  .document {
    margin-block: 0.5em;
  }

  .document-name {
    display: block;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-start: 0.25em;
  }

  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  .tag.required {
    border-color: var(--_color-text);
    font-weight: 700;
  }

  .choose {
    justify-self: start;
    margin-block-start: calc(var(--_space) * 0.5);
  }
`;
