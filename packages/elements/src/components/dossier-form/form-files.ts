import type { DvcClient } from '../../base/client-context.js';
import type { LazyPart } from '../../base/lazy-part.js';
import type { DraftAttachment } from './draft-store.js';
import type { FormMessage } from './form-message.js';
import { withPart } from './form-parts.js';
import type { ProcedureDetail } from './form-types.js';
import { attachmentPointer } from './pointers.js';
import type * as UploadPart from './upload-part.js';
import type { AttachmentUploads, UploadItem } from './uploads.js';

/** What the form's files need from the form. */
export interface FormFilesHost {
  /** Renders the form again (the list changed). */
  readonly requestUpdate: () => void;
  readonly client: () => DvcClient | undefined;
  readonly procedure: () => ProcedureDetail | undefined;
  /** The list changed: the draft keeps the finished files. */
  readonly changed: () => void;
  /** An upload failed with this client error. */
  readonly failed: (error: unknown) => void;
  /** What the check of the files just picked for a document says, at its file field (or nothing). */
  readonly checked: (pointer: string, error: FormMessage | undefined) => void;
}

/**
 * The form's files: the list it shows and keeps in its draft — a restored draft's finished files, then
 * those picked — and the picking, which needs the upload part. A file picked before that part has
 * arrived waits for it (the form says it is loading meanwhile), then is checked and uploaded.
 */
export class FormFiles {
  /** Every file of the form, by document, in the order picked. */
  items: readonly UploadItem[] = [];
  /** Files were picked and wait for the upload part. */
  waiting = false;
  #uploader: AttachmentUploads | undefined;
  /** Bumped by {@link FormFiles.clear}: files picked before it are not added after it. */
  #generation = 0;
  readonly #host: FormFilesHost;
  readonly #part: LazyPart<typeof UploadPart>;

  constructor(host: FormFilesHost, part: LazyPart<typeof UploadPart>) {
    this.#host = host;
    this.#part = part;
  }

  /** The finished uploads, as a draft keeps them (ids and names; the files stay on the device). */
  get finished(): DraftAttachment[] {
    return this.items.flatMap(({ documentCode, attachmentId, fileName, status }) =>
      status === 'done' && attachmentId ? [{ documentCode, attachmentId, fileName }] : [],
    );
  }

  /** Shows a restored draft's finished files instead of the list, stopping uploads on their way. */
  restore(attachments: readonly DraftAttachment[]): void {
    this.#uploader?.forgetAll();
    this.#set(
      attachments.map((attachment) => ({
        ...attachment,
        id: attachment.attachmentId,
        status: 'done' as const,
        progress: 1,
      })),
    );
  }

  /** Empties the list, unsaved, stopping uploads on their way (the form is emptied). */
  clear(): void {
    this.#generation += 1;
    this.#uploader?.forgetAll();
    this.waiting = false;
    this.#set([]);
  }

  /** Files picked or dropped for a document: checked, then uploaded — once the upload part is there. */
  pick(documentCode: string, files: readonly File[]): void {
    const generation = this.#generation;
    if (this.#part.status !== 'loaded') {
      this.waiting = true;
      this.#host.requestUpdate();
    }
    withPart(this.#part, (upload) => {
      this.waiting = false;
      if (generation === this.#generation) this.#add(upload, documentCode, files);
    });
  }

  /** Uploads a failed file again. */
  retry(id: string): void {
    this.#uploader?.retry(id);
  }

  /** Removes a file, stopping its upload if one is on its way. */
  remove(id: string): void {
    this.#uploader?.forget(id);
    this.#change(this.items.filter((item) => item.id !== id));
  }

  #add(upload: typeof UploadPart, documentCode: string, files: readonly File[]): void {
    const document = this.#host
      .procedure()
      ?.requiredDocuments.find((candidate) => candidate.code === documentCode);
    if (!document) return;
    let error: FormMessage | undefined;
    for (const file of files) {
      const problem = upload.checkFileFor(document, file);
      if (problem) error = problem;
      else this.#uploaderOf(upload).add(documentCode, file);
    }
    this.#host.checked(attachmentPointer(documentCode), error);
  }

  #uploaderOf(upload: typeof UploadPart): AttachmentUploads {
    this.#uploader ??= new upload.AttachmentUploads({
      client: this.#host.client,
      items: () => this.items,
      setItems: (items) => this.#change(items),
      failed: this.#host.failed,
    });
    return this.#uploader;
  }

  #change(items: readonly UploadItem[]): void {
    this.#set(items);
    this.#host.changed();
  }

  #set(items: readonly UploadItem[]): void {
    this.items = items;
    this.#host.requestUpdate();
  }
}
