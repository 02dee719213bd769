import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type FieldContext, type FieldSection, renderField } from './form-field.js';
import type { FormSections } from './form-sections.js';
import type { ProcedureDetail } from './form-types.js';
import { renderPartLoading } from './part-loading.js';
import { type AttachmentsView, renderAttachments } from './sections/attachments-section.js';

/** What the fill-in step shows and how it answers. */
export interface EditStepView {
  readonly procedure: ProcedureDetail;
  readonly sections: FormSections;
  /** What every field renders with (values, errors, warnings, handlers). */
  readonly fields: FieldContext;
  /** The documents' file fields and files. */
  readonly attachments: AttachmentsView;
  /** Files were picked before the upload code had arrived: the documents section says it is loading. */
  readonly filesWaiting: boolean;
  /** The fee and processing time, under where the result goes. */
  readonly fee: TemplateResult;
  /** "Tiếp tục": the form's `submit`. */
  readonly onContinue: (event: Event) => void;
  /** Focus entered the form (the citizen has started: the form fetches its parts). */
  readonly onFocus: () => void;
  /** Focus or a dragged file reached the documents (the form fetches the upload code). */
  readonly onDocumentsReached: () => void;
}

/**
 * The fill-in step: the sections of fields, the documents, where the result goes with the fee, and
 * "Tiếp tục" — one `<form>` (`novalidate`: the form's own checks speak, in the page's language).
 */
export function renderEditStep(view: EditStepView): TemplateResult {
  const { fields, delivery } = view.sections;
  const section = (item: FieldSection, extra: unknown = nothing) =>
    html`<section part="section" class="section">
      <h2>${item.title}</h2>
      ${item.fields.map((def) => renderField(def, view.fields))} ${extra}
    </section>`;
  return html`<form novalidate @submit=${view.onContinue} @focusin=${view.onFocus}>
    ${fields.map((item) => section(item))}
    <section part="section" class="section" @focusin=${view.onDocumentsReached} @dragenter=${view.onDocumentsReached}>
      <h2>${msg('Giấy tờ', { id: 'form.attachments' })}</h2>
      ${renderAttachments(view.attachments)} ${view.filesWaiting ? renderPartLoading() : nothing}
    </section>
    ${section(delivery, view.fee)}
    <div part="actions" class="actions">
      <button class="button" type="submit">${msg('Tiếp tục', { id: 'form.continue' })}</button>
    </div>
  </form>`;
}
