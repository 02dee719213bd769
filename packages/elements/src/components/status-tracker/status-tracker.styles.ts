import { css } from 'lit';

// The numbers below, and why (kept out of the CSS text, which ships as is):
// - #1e6b34 on white is 6.5:1: "on time" stays readable text (≥ 4.5:1), not only a colour.
// - 36rem: the forms keep a comfortable line length on a counter's wide screen.
// - 0.375rem coloured edge on the panels: visible at a glance; the heading says the same in words.
// - 2px input borders in --_color-border (≥ 3:1): WCAG 2.2's non-text contrast.

/**
 * The tracker's layout: the lookup form, then the dossier — summary, refresh row, panels for an open
 * supplement request and for collecting the result (a coloured edge, and a heading that says it in
 * words), and the timeline as a list along a vertical line.
 */
export const statusTrackerStyles = css`
  :host {
    --_on-time: var(--dvc-status-tracker-on-time-color, #1e6b34);
    --_overdue: var(--dvc-status-tracker-overdue-color, var(--_color-danger));
    --_timeline: var(--dvc-status-tracker-timeline-color, var(--_color-primary));
  }
  .base,
  .result,
  .form,
  .panel,
  .field,
  dl {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .field {
    gap: 0.25rem;
  }
  .form {
    max-inline-size: 36rem;
  }
  h2,
  h3,
  p {
    margin: 0;
    font-size: 1.15em;
  }
  p {
    font-size: 1em;
  }
  label,
  .error-message,
  .timeliness {
    font-weight: 600;
  }
  .hint,
  dt,
  .note {
    color: var(--_color-text-muted);
  }
  .error-message {
    color: var(--_color-danger);
  }
  .input {
    min-block-size: var(--_target-size);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .button {
    justify-self: start;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
  }
  .message,
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .error {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }
  .status {
    font-size: 1.25em;
  }
  dl {
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
  }
  .fact {
    display: contents;
  }
  dd {
    margin: 0;
  }
  .timeliness {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_on-time);
  }
  [data-timeliness='OVERDUE'],
  [data-timeliness='RETURNED_LATE'] {
    color: var(--_overdue);
  }
  [data-timeliness='NOT_STARTED'] {
    color: var(--_color-text-muted);
  }
  [part='supplement'] {
    border-inline-start: 0.375rem solid var(--_overdue);
  }
  [part='result-pickup'] {
    border-inline-start: 0.375rem solid var(--_on-time);
  }
  .events {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding-inline-start: var(--_space);
    border-inline-start: 2px solid var(--_timeline);
    list-style: none;
  }
  time,
  [aria-current='step'] {
    font-weight: 600;
  }
`;
