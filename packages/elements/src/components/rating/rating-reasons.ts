// The reasons for dissatisfaction of <dvc-rating>, which the element loads on demand
// (`import('./rating-reasons.js')`) once the citizen chooses "Không hài lòng" (and prefetches when the
// citizen comes to the form): most ratings are happy ones and never show the reasons, nor carry their
// labels in two languages.
import { DISSATISFACTION_REASONS, type Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Choice } from './rating-controls.js';

// Added to the element's shadow root when this part lands (see `LazyPart`).
export { reasonsStyles as styles } from './rating-reasons.styles.js';

/** What {@link checkboxGroup} renders. */
export interface CheckboxGroupOptions {
  readonly name: string;
  readonly legend: string;
  readonly hint: string;
  readonly choices: readonly Choice[];
  readonly checked: readonly string[];
  readonly disabled: boolean;
  readonly part: string;
  readonly onToggle: (value: string, checked: boolean) => void;
}

/**
 * A group of native checkboxes drawn as chips, for a multiple choice (the reasons for
 * dissatisfaction): each is its own tab stop and Space toggles it.
 */
export function checkboxGroup(options: CheckboxGroupOptions): TemplateResult {
  const hintId = `${options.name}-hint`;
  return html`<fieldset
    part=${options.part}
    class="group ${options.part}"
    ?disabled=${options.disabled}
    aria-describedby=${hintId}
  >
    <legend class="legend">${options.legend}</legend>
    <p id=${hintId} class="hint">${options.hint}</p>
    <div class="choices">
      ${options.choices.map(
        (choice) => html`<label part="chip" class="option chip">
          <input
            type="checkbox"
            name=${options.name}
            .value=${choice.value}
            .checked=${live(options.checked.includes(choice.value))}
            @change=${(event: Event) => options.onToggle(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <span class="option-label">${choice.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** What {@link renderReasons} renders. */
export interface ReasonsOptions {
  readonly locale: Locale;
  /** The reasons ticked so far. */
  readonly checked: readonly string[];
  readonly disabled: boolean;
  readonly onToggle: (reason: string, checked: boolean) => void;
}

/** The reasons for dissatisfaction (`DISSATISFACTION_REASONS` of `@dvc-kit/domain`) as chips. */
export function renderReasons(options: ReasonsOptions): TemplateResult {
  return checkboxGroup({
    name: 'reasons',
    part: 'reasons',
    legend: msg('Lý do Ông/Bà không hài lòng', { id: 'rating.reasons-legend' }),
    hint: msg('Có thể chọn nhiều lý do.', { id: 'rating.reasons-hint' }),
    choices: DISSATISFACTION_REASONS.map((reason) => ({
      value: reason.key,
      label: reason.label[options.locale],
    })),
    checked: options.checked,
    disabled: options.disabled,
    onToggle: options.onToggle,
  });
}
