import { css } from 'lit';

// The sizes below, and why (kept out of the CSS text, which ships as is):
// - 44rem column: about 70 characters of body text, the comfortable line length; inputs stay within it.
// - 5px left border on fields in error and on the summary: GOV.UK's marker, visible without colour
//   (status is never shown by colour alone: the "Lỗi:" prefix and the summary say it in words too).
// - 1.5rem radios and checkboxes: 24 px, WCAG 2.2's minimum target; the label beside them is part of
//   the target, and `counter` mode scales both with the type.
// - 2px input borders: 3:1 against white with the default border colour (WCAG 1.4.11).
// - 5px accent border on a warning: the same marker as an error's, in the accent colour; the visible
//   "Lưu ý:" says what it is in words.
// The review step and the panels after sending bring their own rules (`review-step.styles.ts`,
// `outcome-panels.styles.ts`), added when they load.

/**
 * A single column of labelled fields in GOV.UK's manner: label, hint, error, input; an error summary
 * at the top; large targets from `--_target-size`, so `counter` and `compact` resize everything.
 */
export const dossierFormStyles = css`
  :host {
    --_max-width: var(--dvc-dossier-form-max-width, 44rem);
    --_error: var(--dvc-dossier-form-error-color, var(--_color-danger));
  }

  .base {
    max-inline-size: var(--_max-width);
  }

  h2 {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.3em;
    line-height: 1.25;
  }

  h3 {
    margin: 0;
    font-size: 1.1em;
  }

  p {
    margin: 0;
  }

  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    counter-reset: step;
    color: var(--_color-text-muted);
  }

  .steps li {
    counter-increment: step;
  }

  .steps li::before {
    content: counter(step) '. ';
  }

  .steps .current {
    color: var(--_color-text);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }

  .notice.shown,
  .error-summary.shown,
  .message:not(:empty) {
    margin-block-end: var(--_space);
  }

  .notice.shown {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
  }

  .error-summary.shown {
    padding: var(--_space);
    border: 5px solid var(--_error);
  }

  .error-summary:focus-visible {
    outline: 3px solid var(--_color-focus);
  }

  .summary-list {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  .summary-list a {
    color: var(--_error);
    font-weight: 700;
  }

  .message,
  .error-text {
    color: var(--_error);
  }

  .section {
    margin-block-end: calc(var(--_space) * 2);
  }

  .field {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    border: none;
    min-inline-size: 0;
  }

  .field.invalid {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 5px solid var(--_error);
  }

  .label {
    display: block;
    margin-block-end: 0.25rem;
    padding: 0;
    font-weight: 700;
  }

  .optional {
    font-weight: 400;
  }

  .hint {
    display: block;
    margin-block-end: 0.25rem;
    color: var(--_color-text-muted);
  }

  .error-message {
    margin-block-end: 0.25rem;
    color: var(--_error);
    font-weight: 700;
  }

  .warning-message {
    margin-block-end: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 5px solid var(--_color-accent);
  }

  .input {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
  }

  textarea.input {
    resize: vertical;
  }

  .invalid .input {
    border-color: var(--_error);
  }

  .choices {
    display: grid;
    gap: 0.25rem;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
    min-block-size: var(--_target-size);
  }

  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .choice .hint {
    grid-column: 2;
  }

  .choice .error-message {
    grid-column: 1 / -1;
  }

  .document.dragging {
    outline: 3px dashed var(--_color-primary);
    outline-offset: 4px;
  }

  .file-input {
    display: block;
    max-inline-size: 100%;
    min-block-size: var(--_target-size);
    color: transparent;
    font: inherit;
  }

  .file-input::file-selector-button {
    min-block-size: var(--_target-size);
    margin-inline-end: 0.75rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    font-weight: 600;
  }

  .camera {
    display: block;
    margin-block-start: 0.5rem;
  }

  .uploads {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_color-border);
  }

  .file-name {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }

  .upload-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .button.small {
    padding-inline: calc(var(--_space) * 0.75);
    font-weight: 400;
  }

  .show-only ul {
    margin: 0;
  }

  /* Label and value rows: the fee summary, and the review step's answers. */
  .answer-list {
    margin: 0 0 var(--_space);
  }

  .answer-list > div {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) 3fr;
    gap: 0.25rem var(--_space);
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_color-border);
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }

  @media (max-width: 30rem) {
    .answer-list > div {
      grid-template-columns: 1fr;
    }
  }
`;
