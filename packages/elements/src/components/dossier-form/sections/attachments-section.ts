import type { Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type FormMessage, messageText } from '../form-message.js';
import type { RequiredDocument } from '../form-types.js';
import { ALL_MEDIA_TYPES, mediaTypeNames } from '../media-types.js';
import { attachmentPointer, fieldId } from '../pointers.js';
import type { UploadItem } from '../uploads.js';

/** The documents uploaded with the dossier, and those only shown at the counter. */
export const uploadedDocuments = (documents: readonly RequiredDocument[]) =>
  documents.filter((document) => document.submission === 'UPLOAD');

/** What the attachments section needs from the form. */
export interface AttachmentsView {
  readonly documents: readonly RequiredDocument[];
  readonly uploads: readonly UploadItem[];
  readonly errors: ReadonlyMap<string, FormMessage>;
  readonly locale: Locale;
  /** Offer the camera (touch devices): `capture` opens it straight away on phones and tablets. */
  readonly camera: boolean;
  readonly onFiles: (documentCode: string, files: readonly File[]) => void;
  readonly onRetry: (id: string) => void;
  readonly onRemove: (id: string) => void;
}

function uploadRow(item: UploadItem, view: AttachmentsView): TemplateResult {
  const name = html`<span class="visually-hidden"> ${item.fileName}</span>`;
  let status: TemplateResult | string;
  if (item.status === 'uploading') {
    status = html`${msg('Đang tải lên…', { id: 'form.upload.uploading' })}
      <progress max="1" .value=${item.progress} aria-label=${item.fileName}></progress>`;
  } else if (item.status === 'done') {
    status = msg('Đã tải lên', { id: 'form.upload.done' });
  } else {
    status = html`<span class="error-text">${item.error ? messageText(item.error, view.locale) : ''}</span>
      <button type="button" class="button secondary small" @click=${() => view.onRetry(item.id)}>
        ${msg('Thử lại', { id: 'common.retry' })}${name}
      </button>`;
  }
  return html`<li class="upload" part="upload">
    <span class="file-name">${item.fileName}</span>
    <span class="upload-status" role="status">${status}</span>
    <button type="button" class="button secondary small" @click=${() => view.onRemove(item.id)}>
      ${msg('Xóa', { id: 'form.upload.remove' })}${name}
    </button>
  </li>`;
}

function filesOf(event: Event): File[] {
  const input = event.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  // Cleared so that picking the same file again (after removing it) fires `change` again.
  input.value = '';
  return files;
}

function documentField(document: RequiredDocument, view: AttachmentsView): TemplateResult {
  const pointer = attachmentPointer(document.code);
  const id = fieldId(pointer);
  const error = view.errors.get(pointer);
  const accepted = document.acceptedMediaTypes ?? ALL_MEDIA_TYPES;
  const types = mediaTypeNames(accepted);
  const images = accepted.filter((type) => type.startsWith('image/')).join(',');
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  const onFiles = (files: readonly File[]) => {
    if (files.length > 0) view.onFiles(document.code, files);
  };
  const zone = (event: DragEvent, over: boolean) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.toggle('dragging', over);
  };
  return html`<div
    class="field document ${error ? 'invalid' : ''}"
    part="document"
    @dragover=${(event: DragEvent) => zone(event, true)}
    @dragleave=${(event: DragEvent) => zone(event, false)}
    @drop=${(event: DragEvent) => {
      zone(event, false);
      onFiles([...(event.dataTransfer?.files ?? [])]);
    }}
  >
    <label class="label" for=${id}>
      ${document.name[view.locale]}
      ${document.required ? nothing : html`<span class="optional">${msg('(không bắt buộc)', { id: 'form.optional' })}</span>`}
    </label>
    <p class="hint" id="${id}-hint">
      ${msg(str`${types}, tối đa 10 MB. Có thể kéo thả tệp vào đây.`, { id: 'form.upload.hint' })}
    </p>
    ${
      error
        ? html`<p class="error-message" part="error-message" id="${id}-error">
            <span class="visually-hidden">${msg('Lỗi:', { id: 'form.error-prefix' })}</span>
            ${messageText(error, view.locale)}
          </p>`
        : nothing
    }
    <input
      type="file"
      id=${id}
      class="file-input"
      part="file-input"
      multiple
      accept=${accepted.join(',')}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy}
      @change=${(event: Event) => onFiles(filesOf(event))}
    />
    ${
      view.camera && images !== ''
        ? html`<label class="camera">
            ${msg('Chụp ảnh giấy tờ', { id: 'form.upload.camera' })}
            <input
              type="file"
              class="file-input"
              accept=${images}
              capture="environment"
              @change=${(event: Event) => onFiles(filesOf(event))}
            />
          </label>`
        : nothing
    }
    <ul class="uploads">
      ${view.uploads.filter((item) => item.documentCode === document.code).map((item) => uploadRow(item, view))}
    </ul>
  </div>`;
}

/**
 * The checklist: a file field per uploaded document (file picker, drag and drop, the camera on touch
 * devices), each file with its progress, retry and removal; then the documents to bring as originals.
 */
export function renderAttachments(view: AttachmentsView): TemplateResult {
  const shown = view.documents.filter((document) => document.submission === 'SHOW_ONLY');
  return html`${uploadedDocuments(view.documents).map((document) => documentField(document, view))}
  ${
    shown.length === 0
      ? nothing
      : html`<div class="show-only" part="show-only">
          <p class="label">${msg('Mang theo bản chính để đối chiếu:', { id: 'form.show-only' })}</p>
          <ul>
            ${shown.map((document) => html`<li>${document.name[view.locale]}</li>`)}
          </ul>
        </div>`
  }`;
}
