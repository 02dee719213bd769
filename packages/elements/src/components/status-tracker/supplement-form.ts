import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { SUPPLEMENT_MEDIA_TYPES, type SupplementFileProblem } from './send-supplement.js';
import { describedBy, field } from './template-parts.js';
import type { SupplementRequest } from './tracker-types.js';

/** What the supplement form shows. */
export interface SupplementFormState {
  readonly request: SupplementRequest;
  readonly locale: Locale;
  readonly problems: ReadonlyMap<string, SupplementFileProblem>;
  readonly note: string;
  readonly sending: boolean;
  /** Why the last attempt failed, in words; `undefined` when it did not fail. */
  readonly failure: string | undefined;
}

/** What the supplement form calls back. */
export interface SupplementFormHandlers {
  readonly onFileChange: (event: Event) => void;
  readonly onNoteInput: (event: Event) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

// The API refuses a note longer than this (`SupplementCreate.note`).
const NOTE_MAX_LENGTH = 500;

/** The id of the file input of a missing document (document codes are short letters and digits). */
export function fileInputId(documentCode: string): string {
  return `file-${documentCode.replace(/[^\w-]/g, '_')}`;
}

/** The inline error of a supplement's file input. */
function fileProblemText(problem: SupplementFileProblem): string {
  return problem === 'required'
    ? msg('Vui lòng chọn tệp cho giấy tờ này.', { id: 'tracker.file-required' })
    : msg('Tệp phải là PDF, JPEG hoặc PNG, tối đa 10 MB.', { id: 'tracker.file-unsupported' });
}

function fileField(
  document: SupplementRequest['missingDocuments'][number],
  state: SupplementFormState,
  handlers: SupplementFormHandlers,
): TemplateResult {
  const id = fileInputId(document.code);
  const problem = state.problems.get(document.code);
  const error = problem === undefined ? undefined : fileProblemText(problem);
  return field(
    id,
    document.name[state.locale],
    msg('Tệp PDF, JPEG hoặc PNG, tối đa 10 MB.', { id: 'tracker.file-hint' }),
    error,
    html`<input id=${id} part="file-input" class="input" type="file" accept=${SUPPLEMENT_MEDIA_TYPES.join()} data-code=${document.code} aria-describedby=${describedBy(id, error)} aria-invalid=${error !== undefined} @change=${handlers.onFileChange}>`,
  );
}

/**
 * The form that answers an open supplement request: one file input per missing document and an
 * optional note. Rendered inside the request's panel (`supplement-request.ts`).
 */
export function renderSupplementForm(
  state: SupplementFormState,
  handlers: SupplementFormHandlers,
): TemplateResult {
  return html`<form class="form" novalidate @submit=${handlers.onSubmit}>${state.request.missingDocuments.map(
    (document) => fileField(document, state, handlers),
  )}<div class="field"><label for="note">${msg('Ghi chú cho cán bộ xử lý (không bắt buộc)', { id: 'tracker.supplement-note' })}</label><textarea id="note" class="input" maxlength=${NOTE_MAX_LENGTH} .value=${state.note} @input=${handlers.onNoteInput}></textarea></div>${
    state.failure === undefined
      ? nothing
      : html`<p part="message" class="message error" role="alert">${state.failure}</p>`
  }<button part="supplement-button" class="button" aria-disabled=${state.sending}>${
    state.sending
      ? msg('Đang gửi…', { id: 'tracker.supplement-sending' })
      : msg('Gửi bổ sung', { id: 'tracker.supplement-send' })
  }</button></form>`;
}
