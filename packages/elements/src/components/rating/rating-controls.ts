import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** One choice of a group: the value it stands for and what the citizen reads. */
export interface Choice {
  readonly value: string;
  /** The accessible name; with `content`, it is read by assistive technology only. */
  readonly label: string;
  /** What to draw instead of the label text (a star); the label then stays for screen readers. */
  readonly content?: TemplateResult;
}

/** What {@link radioGroup} renders. */
export interface RadioGroupOptions {
  /** Names the radios (unique within the shadow root) and prefixes the ids of the group's parts. */
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly selected: string | undefined;
  readonly disabled: boolean;
  /** The `part` of the fieldset. */
  readonly part: string;
  /** Ids of text outside the group that describes it (the explanation of why it is disabled). */
  readonly describedBy?: string | undefined;
  /** The error to show at the top of the group, if any. */
  readonly error?: string | undefined;
  readonly onSelect: (value: string) => void;
}

/**
 * The visually hidden "Error:" before an error message, so that a screen reader does not read it as
 * ordinary text (GOV.UK's error message pattern).
 */
export function errorMessage(id: string, text: string): TemplateResult {
  return html`<p id=${id} class="error-message" part="error-message">
    <span class="visually-hidden">${msg('Lỗi:', { id: 'rating.error-prefix' })}</span> ${text}
  </p>`;
}

/**
 * A group of native radio buttons in a `<fieldset>` with a `<legend>`: the browser gives the keyboard
 * behaviour of a radio group for free (one tab stop; arrow keys move and select) and screen readers
 * announce the question, the choice and its position.
 */
export function radioGroup(options: RadioGroupOptions): TemplateResult {
  const errorId = `${options.name}-error`;
  const describedBy = [options.error ? errorId : '', options.describedBy ?? ''].join(' ').trim();
  return html`<fieldset
    part=${options.part}
    class="group ${options.part}"
    ?disabled=${options.disabled}
    aria-describedby=${ifDefined(describedBy || undefined)}
  >
    <legend class="legend">${options.legend}</legend>
    ${options.error ? errorMessage(errorId, options.error) : nothing}
    <div class="choices">
      ${options.choices.map(
        (choice) => html`<label part="option" class="option">
          <input
            type="radio"
            name=${options.name}
            .value=${choice.value}
            .checked=${live(choice.value === options.selected)}
            @change=${() => options.onSelect(choice.value)}
          />
          ${
            choice.content === undefined
              ? html`<span class="option-label">${choice.label}</span>`
              : html`${choice.content}<span class="visually-hidden">${choice.label}</span>`
          }
        </label>`,
      )}
    </div>
  </fieldset>`;
}
