// "Check your answers": loaded with the review step (see `review-part.ts`).
import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDef, FieldSection, FieldValue, FieldValues } from '../form-field.js';
import type { RequiredDocument } from '../form-types.js';
import type { UploadItem } from '../uploads.js';
import { DELIVERY_WARD_FILTER } from './delivery-section.js';

/** What the review needs from the form. */
export interface ReviewView {
  /** The sections before the documents, in order. */
  readonly sections: readonly FieldSection[];
  /** The sections after the documents (delivery). */
  readonly trailing: readonly FieldSection[];
  readonly values: FieldValues;
  readonly documents: readonly RequiredDocument[];
  readonly uploads: readonly UploadItem[];
  readonly locale: Locale;
  /** The user wants to change a section: back to the form, at that section. */
  readonly onEdit: (sectionId: string) => void;
}

function block(title: string, sectionId: string, rows: TemplateResult[], view: ReviewView) {
  return html`<section class="review-block" part="review-section">
    <div class="review-heading">
      <h3>${title}</h3>
      <button type="button" class="button secondary small" @click=${() => view.onEdit(sectionId)}>
        ${msg('Sửa', { id: 'form.review.edit' })}<span class="visually-hidden"> ${title}</span>
      </button>
    </div>
    <dl class="answer-list">${rows}</dl>
  </section>`;
}

/** The option's label for a value, or the value as typed. */
function optionLabel(def: FieldDef, value: FieldValue | undefined): string {
  if (typeof value === 'boolean') {
    return value ? msg('Có', { id: 'form.yes' }) : msg('Không', { id: 'form.no' });
  }
  return def.options?.find((option) => option.value === value)?.label ?? value ?? '';
}

const row = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/**
 * "Check your answers": every answer given, by section, each with a button back to it, and the files
 * attached to each document — what the citizen confirms before the dossier goes.
 */
export function renderReview(view: ReviewView): TemplateResult {
  const { values, locale } = view;
  const blocks = (sections: readonly FieldSection[]) =>
    sections.map((section) => {
      const rows = section.fields.flatMap((field) => {
        const value = values[field.pointer];
        if (field.pointer === DELIVERY_WARD_FILTER || value === undefined || value === '') return [];
        return [row(field.label, optionLabel(field, value))];
      });
      return rows.length === 0 ? nothing : block(section.title, section.id, rows, view);
    });
  const files = view.documents
    .filter((document) => document.submission === 'UPLOAD')
    .map((document) => {
      const names = view.uploads
        .filter((upload) => upload.documentCode === document.code && upload.status === 'done')
        .map((upload) => upload.fileName);
      return row(document.name[locale], names.length > 0 ? names.join(', ') : '—');
    });
  return html`${blocks(view.sections)}
  ${files.length === 0 ? nothing : block(msg('Giấy tờ', { id: 'form.attachments' }), 'attachments', files, view)}
  ${blocks(view.trailing)}`;
}
