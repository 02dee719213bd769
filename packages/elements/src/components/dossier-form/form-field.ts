import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId } from './pointers.js';
import { CHOOSE, ENTER, type FormMessage, messageText } from './validation.js';

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
 * receives server errors the same way. `pointer` is the field's place in the request body — the
 * server's 422 `errors[].pointer` names it too — or, for a choice that shapes the body without being
 * in it (who files, the ward to look for places in), a pointer of the same shape.
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
  /** The message when a required field is empty (or a required checkbox unticked); default "Vui lòng nhập/chọn …". */
  readonly requiredMessage?: FormMessage;
  /** Checks a non-empty value; `values` for cross-checks (an ID number against the date of birth). */
  readonly validate?: (value: string, values: FieldValues) => FormMessage | undefined;
}

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

/** Validates one field: required first, then the field's own rule on a non-empty value. */
export function validateField(def: FieldDef, values: FieldValues): FormMessage | undefined {
  const value = values[def.pointer];
  if (isEmpty(value)) {
    if (!def.required) return undefined;
    const choice = def.control === 'select' || def.control === 'radio';
    return def.requiredMessage ?? (choice ? CHOOSE : ENTER);
  }
  return typeof value === 'string' ? def.validate?.(value, values) : undefined;
}

/** What rendering a field needs from the form. */
export interface FieldContext {
  readonly values: FieldValues;
  readonly errors: ReadonlyMap<string, FormMessage>;
  readonly locale: Locale;
  /** Shared counter PCs: no browser autofill, which would offer the previous citizen's data. */
  readonly autofill: boolean;
  readonly onChange: (pointer: string, value: FieldValue) => void;
  readonly onBlur: (pointer: string) => void;
}

/** The option's label for a value, for the review step. */
export function optionLabel(def: FieldDef, value: FieldValue | undefined): string {
  if (typeof value === 'boolean') {
    return value ? msg('Có', { id: 'form.yes' }) : msg('Không', { id: 'form.no' });
  }
  return def.options?.find((option) => option.value === value)?.label ?? value ?? '';
}

function errorMessage(id: string, text: string): TemplateResult {
  return html`<p class="error-message" part="error-message" id="${id}-error">
    <span class="visually-hidden">${msg('Lỗi:', { id: 'form.error-prefix' })}</span> ${text}
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
 * A field as GOV.UK lays it out: label, hint, the error (with a visually hidden "Lỗi:" prefix), then
 * the input, all in the form's shadow root so `aria-describedby` reaches them. Optional fields say so
 * in the label; required ones are the rule.
 */
export function renderField(def: FieldDef, context: FieldContext): TemplateResult {
  const { values, errors, locale, onChange, onBlur } = context;
  const id = fieldId(def.pointer);
  const value = values[def.pointer];
  const error = errors.get(def.pointer);
  const text = typeof value === 'string' ? value : '';
  const describedBy = [def.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || nothing;
  const optional = def.required
    ? nothing
    : html` <span class="optional">${msg('(không bắt buộc)', { id: 'form.optional' })}</span>`;
  const hint = def.hint ? html`<p class="hint" id="${id}-hint">${def.hint}</p>` : nothing;
  const shownError = error ? errorMessage(id, messageText(error, locale, def.label)) : nothing;
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
