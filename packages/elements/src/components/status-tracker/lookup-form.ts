import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { LookupProblems } from './lookup-validation.js';
import { describedBy, field } from './template-parts.js';
import { codeProblemText } from './tracker-text.js';

/** What the lookup form shows. */
export interface LookupFormState {
  readonly codeText: string;
  readonly personalIdText: string;
  readonly problems: LookupProblems;
  readonly locale: Locale;
}

/** What the lookup form calls back. */
export interface LookupFormHandlers {
  readonly onCodeInput: (event: Event) => void;
  readonly onPersonalIdInput: (event: Event) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  /** Focus came into the form: the citizen is about to use it. */
  readonly onFocusIn: () => void;
}

/** The ids of the form's controls inside the tracker's shadow root (focus goes there). */
export const LOOKUP_CONTROL_IDS = { code: 'code', ownerPersonalId: 'personal-id' } as const;

function textInput(
  id: string,
  error: string | undefined,
  value: string,
  onInput: (event: Event) => void,
  inputMode: 'text' | 'numeric',
): TemplateResult {
  return html`<input id=${id} part="input" class="input" inputmode=${inputMode} autocomplete="off" spellcheck="false" aria-describedby=${describedBy(id, error)} aria-invalid=${error !== undefined} .value=${value} @input=${onInput}>`;
}

/**
 * The lookup form: the dossier code and the owner's ID number, each with its label, hint and inline
 * error. `novalidate`: the tracker validates with the domain's rules and words the errors itself.
 * Enter in either field submits.
 *
 * Both fields have `autocomplete="off"`: counter PCs and tablets are shared, and a browser must not
 * offer the next citizen the last one's ID number.
 */
export function renderLookupForm(state: LookupFormState, handlers: LookupFormHandlers): TemplateResult {
  const { problems } = state;
  const codeError = problems.code === undefined ? undefined : codeProblemText(problems.code);
  const personalIdError = problems.ownerPersonalId?.message[state.locale];
  const { code, ownerPersonalId } = LOOKUP_CONTROL_IDS;
  return html`<form part="lookup-form" class="form" novalidate @submit=${handlers.onSubmit} @focusin=${handlers.onFocusIn}><h2>${msg('Tra cứu hồ sơ', { id: 'tracker.lookup-title' })}</h2>${field(
    code,
    msg('Mã hồ sơ', { id: 'tracker.dossier-code' }),
    msg('Ghi trên giấy tiếp nhận, ví dụ: 000.00.24.H26-251127-0001', { id: 'tracker.code-hint' }),
    codeError,
    textInput(code, codeError, state.codeText, handlers.onCodeInput, 'text'),
  )}${field(
    ownerPersonalId,
    msg('Số định danh cá nhân của chủ hồ sơ', { id: 'tracker.personal-id' }),
    msg('12 chữ số trên thẻ căn cước', { id: 'tracker.personal-id-hint' }),
    personalIdError,
    textInput(ownerPersonalId, personalIdError, state.personalIdText, handlers.onPersonalIdInput, 'numeric'),
  )}<button part="lookup-button" class="button">${msg('Tra cứu', { id: 'tracker.lookup' })}</button></form>`;
}
