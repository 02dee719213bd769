import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 6.5em rows: two lines of name (3em) and two smaller lines of code/field/online level and of
//   channels (2 × 0.875em × 1.5), plus padding. In em so the `counter` and `compact` modes scale them; every
//   row has this height, which is what lets the list render only the rows in view.
// - 24rem list: about three rows on a phone-sized part of the screen and room for the detail beside
//   it on a counter screen; a partner sets --dvc-procedure-picker-list-height to change it.
// - 48rem: from this width of the element (not the screen: it may sit in a side panel), list and
//   detail sit side by side, each about 23rem — room for a procedure name in two lines.
// - The probes measure the row and list heights the stylesheet gives (custom properties, em, the
//   modes) for the virtual window's arithmetic; they sit in a zero-size clipped box so they never
//   add scrolling to the page.
// - 12% primary in the active row: a tint visible on white next to the 3 px outline, with text on it
//   still well above 4.5:1.

/**
 * The picker: a search box, a toolbar of filter chips, a fixed-row virtualized list, and room for the
 * detail beside it (wide) or below it (narrow); the detail's own rules come with it, loaded on demand
 * (`procedure-detail.styles.ts`). Status is never shown by colour alone: the active row has an
 * outline, the selected row and pressed chips a check mark.
 */
export const procedurePickerStyles = css`
  :host {
    --_row-height: var(--dvc-procedure-picker-row-height, 6.5em);
    --_list-height: var(--dvc-procedure-picker-list-height, 24rem);
    --_active: var(
      --dvc-procedure-picker-active-color,
      color-mix(in srgb, var(--_color-primary) 12%, var(--_color-surface))
    );
    --_match: var(--dvc-procedure-picker-match-color, var(--_color-text));
  }

  .base {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    container-type: inline-size;
  }

  p {
    margin: 0;
  }

  .label {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  .input {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: 0 calc(var(--_space) * 0.75);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .hint,
  .status,
  .filter-label,
  .option-meta,
  .option-offers {
    color: var(--_color-text-muted);
  }

  .hint {
    margin-block-start: 0.25em;
    font-size: 0.875em;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .filter-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.375);
  }

  .filter-label {
    inline-size: 100%;
    font-size: 0.875em;
  }

  .chip {
    min-block-size: var(--_target-size);
    padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_target-size) / 2);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border: 2px solid var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .chip[aria-pressed='true']::before,
  .option[aria-selected='true'] .option-name::before {
    content: '✓ ' / '';
  }

  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .message.error {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .results {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  @container (min-width: 48rem) {
    .results.split {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .listbox {
    position: relative;
    max-block-size: var(--_list-height);
    overflow: hidden auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .filters[hidden],
  .listbox[hidden] {
    display: none;
  }

  .sizer {
    position: relative;
    block-size: calc(var(--_row-height) * var(--_count, 0));
  }

  .option {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(var(--_row-height) * var(--_index, 0));
    display: flex;
    flex-direction: column;
    justify-content: center;
    block-size: var(--_row-height);
    padding: 0.25em calc(var(--_space) * 0.75);
    overflow: hidden;
    border-block-end: 1px solid var(--_color-border);
    cursor: pointer;
  }

  .option:hover {
    background: var(--_active);
  }

  .option[data-active] {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
    background: var(--_active);
  }

  .option-name {
    display: -webkit-box;
    overflow: hidden;
    font-weight: 600;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }

  .match {
    color: var(--_match);
    font-weight: 800;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .option-meta,
  .option-offers {
    overflow: hidden;
    font-size: 0.875em;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .code {
    font-variant-numeric: tabular-nums;
  }

  .probes {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }

  .row-probe {
    block-size: var(--_row-height);
  }

  .list-probe {
    block-size: var(--_list-height);
  }
`;
