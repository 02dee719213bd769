import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldCheck } from './field-check.js';
import { type FormMessage, messageText } from './form-message.js';
import { fieldId } from './pointers.js';

/** A field's value: text as typed, or a checkbox's state. */
export type FieldValue = string | boolean;

/** The form's values, keyed by the field's JSON Pointer into `DossierCreate` (`/owner/fullName`). */
export type FieldValues = Readonly<Record<string, FieldValue>>;

/** One choice of a select or a radio group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

/**
 * One input of the form, described as data so that every section renders, validates, reviews and
 * receives server errors the same way, and so that the checks' code can load on demand. `pointer` is
 * the field's place in the request body — the server's 422 `errors[].pointer` names it too — or, for
 * a choice that shapes the body without being in it (who files, the ward to look for places in), a
 * pointer of the same shape.
 */
export interface FieldDef {
  readonly pointer: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Default `text`. */
  readonly control?: 'text' | 'textarea' | 'select' | 'radio' | 'checkbox';
  readonly required?: boolean;
  readonly options?: readonly FieldOption[];
  /** The `type` of a text input: `tel` and `email` bring the right phone keyboard. */
  readonly type?: 'text' | 'tel' | 'email';
  readonly inputMode?: 'numeric' | 'tel' | 'email';
  readonly autocomplete?: string;
  /**
   * The message when a required field is empty (or a required checkbox unticked): its own, or
   * `'check'` for the words its {@link FieldDef.check} has for an empty value (the domain's "Vui lòng
   * nhập họ và tên."); default "Vui lòng nhập/chọn …".
   */
  readonly requiredMessage?: FormMessage | 'check';
  /** What a non-empty value is checked against (see `field-validation.ts`). */
  readonly check?: FieldCheck;
}

/** A titled group of fields. */
export interface FieldSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldDef[];
}

/** What rendering a field needs from the form. */
export interface FieldContext {
  readonly values: FieldValues;
  readonly errors: ReadonlyMap<string, FormMessage>;
  /** Findings worth a second look that do not block (an unknown province code in an ID number). */
  readonly warnings: ReadonlyMap<string, FormMessage>;
  readonly locale: Locale;
  /** Shared counter PCs: no browser autofill, which would offer the previous citizen's data. */
  readonly autofill: boolean;
  readonly onChange: (pointer: string, value: FieldValue) => void;
  readonly onBlur: (pointer: string) => void;
}

function errorMessage(id: string, text: string): TemplateResult {
  return html`<p class="error-message" part="error-message" id="${id}-error">
    <span class="visually-hidden">${msg('Lỗi:', { id: 'form.error-prefix' })}</span> ${text}
  </p>`;
}

// A warning reads as one in words ("Lưu ý:" is shown, not only spoken), and says it does not block.
function warningMessage(id: string, text: string): TemplateResult {
  return html`<p class="warning-message" part="warning-message" id="${id}-warning">
    <strong>${msg('Lưu ý:', { id: 'form.warning-prefix' })}</strong> ${text}
    ${msg('Nếu thông tin đúng, bạn vẫn có thể tiếp tục.', { id: 'form.warning-not-blocking' })}
  </p>`;
}

function choices(def: FieldDef, id: string, value: FieldValue | undefined, context: FieldContext) {
  const { onChange } = context;
  return (def.options ?? []).map(
    (option, index) => html`<div class="choice">
      <input
        type="radio"
        id=${index === 0 ? id : `${id}-${index}`}
        name=${id}
        .value=${option.value}
        .checked=${live(value === option.value)}
        aria-describedby=${option.hint ? `${id}-${index}-hint` : nothing}
        @change=${() => onChange(def.pointer, option.value)}
      />
      <label for=${index === 0 ? id : `${id}-${index}`}>${option.label}</label>
      ${option.hint ? html`<p class="hint" id="${id}-${index}-hint">${option.hint}</p>` : nothing}
    </div>`,
  );
}

/**
 * A field as GOV.UK lays it out: label, hint, the error (with a visually hidden "Lỗi:" prefix) or a
 * warning that does not block, then the input, all in the form's shadow root so `aria-describedby`
 * reaches them. Optional fields say so in the label; required ones are the rule.
 */
export function renderField(def: FieldDef, context: FieldContext): TemplateResult {
  const { values, errors, locale, onChange, onBlur } = context;
  const id = fieldId(def.pointer);
  const value = values[def.pointer];
  const error = errors.get(def.pointer);
  // An error wins: the warning is about a value that is otherwise acceptable.
  const warning = error ? undefined : context.warnings.get(def.pointer);
  const text = typeof value === 'string' ? value : '';
  const note = error ? `${id}-error` : warning ? `${id}-warning` : '';
  const describedBy = [def.hint ? `${id}-hint` : '', note].join(' ').trim() || nothing;
  const optional = def.required
    ? nothing
    : html` <span class="optional">${msg('(không bắt buộc)', { id: 'form.optional' })}</span>`;
  const hint = def.hint ? html`<p class="hint" id="${id}-hint">${def.hint}</p>` : nothing;
  const shownError = error
    ? errorMessage(id, messageText(error, locale, def.label))
    : warning
      ? warningMessage(id, messageText(warning, locale, def.label))
      : nothing;
  const invalid = error ? 'true' : nothing;
  const text$ = (event: Event) => onChange(def.pointer, (event.target as HTMLInputElement).value);
  const blur = () => onBlur(def.pointer);
  const autocomplete = context.autofill ? (def.autocomplete ?? nothing) : 'off';

  if (def.control === 'radio') {
    return html`<fieldset
      class="field ${error ? 'invalid' : ''}"
      part="field"
      aria-describedby=${describedBy}
      @focusout=${blur}
    >
      <legend class="label">${def.label}${optional}</legend>
      ${hint} ${shownError}
      <div class="choices">${choices(def, id, value, context)}</div>
    </fieldset>`;
  }
  if (def.control === 'checkbox') {
    return html`<div class="field choice ${error ? 'invalid' : ''}" part="field">
      ${shownError}
      <input
        type="checkbox"
        id=${id}
        .checked=${live(value === true)}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @change=${(event: Event) => onChange(def.pointer, (event.target as HTMLInputElement).checked)}
        @blur=${blur}
      />
      <label for=${id}>${def.label}</label>
      ${hint}
    </div>`;
  }

  let control: TemplateResult;
  if (def.control === 'select') {
    control = html`<select
      id=${id}
      class="input"
      part="input"
      autocomplete=${autocomplete}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      @change=${text$}
      @blur=${blur}
    >
      <option value="" .selected=${live(text === '')}>${msg('— Chọn —', { id: 'form.choose' })}</option>
      ${(def.options ?? []).map(
        (option) =>
          html`<option .value=${option.value} .selected=${live(option.value === text)}>${option.label}</option>`,
      )}
    </select>`;
  } else if (def.control === 'textarea') {
    control = html`<textarea
      id=${id}
      class="input"
      part="input"
      rows="4"
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${live(text)}
      @input=${text$}
      @blur=${blur}
    ></textarea>`;
  } else {
    control = html`<input
      id=${id}
      class="input"
      part="input"
      type=${def.type ?? 'text'}
      inputmode=${def.inputMode ?? nothing}
      autocomplete=${autocomplete}
      spellcheck="false"
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${live(text)}
      @input=${text$}
      @blur=${blur}
    />`;
  }
  return html`<div class="field ${error ? 'invalid' : ''}" part="field">
    <label class="label" for=${id}>${def.label}${optional}</label>
    ${hint} ${shownError} ${control}
  </div>`;
}
