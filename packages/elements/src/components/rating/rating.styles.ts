import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - options, chips and stars are at least the mode's target size (`--_target-size`: 44 px, 48 px in
//   counter mode, 36 px compact), above WCAG 2.2's 24 px minimum;
// - 1.25em radio and checkbox marks: the native mark stays visible (the choice shows by shape, not only
//   by the outline's colour) and large enough to read at arm's length on a counter screen;
// - 2px outlines: WCAG 1.4.11 asks 3:1 for the boundary of a control; the border colour has it;
// - 40rem: beyond that, lines of the questions become too long to read comfortably.

/**
 * The rating's look: questions as fieldsets, each choice a tile around a native radio (or checkbox)
 * that keeps its mark. The parts loaded on demand bring their own rules: the stars
 * (`rating-stars.ts`), the counter's steps (`rating-counter.ts`), the official indices
 * (`rating-indices.ts`).
 */
export const ratingStyles = css`
  :host {
    --_selected: var(--dvc-rating-selected-color, var(--_color-primary));
  }

  .base,
  .view {
    display: grid;
    gap: var(--_space);
    max-inline-size: 40rem;
  }

  p {
    margin: 0;
  }

  .title {
    font-size: 1.15em;
    font-weight: 700;
  }

  .group {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: none;
  }

  .legend {
    padding: 0;
    font-weight: 600;
  }

  .hint,
  .count {
    color: var(--_color-text-muted);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding: 0.25em calc(var(--_space) * 0.75);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }

  .option input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_selected);
  }

  .option:has(input:checked) {
    border-color: var(--_selected);
    box-shadow: inset 0 0 0 1px var(--_selected);
    font-weight: 600;
  }

  .option:has(input:focus-visible) {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .option input:focus-visible {
    outline: none;
  }

  .option:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  textarea,
  .text-input {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: 0.5em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .text-input {
    max-inline-size: 16em;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  .count.over,
  .error-message,
  .alert {
    color: var(--_color-danger);
    font-weight: 600;
  }

  .notice {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .done {
    padding: var(--_space);
    border: 2px solid var(--_selected);
    border-radius: var(--_radius);
  }

  .detail {
    font-weight: 400;
  }
`;
