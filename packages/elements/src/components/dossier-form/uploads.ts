// The form's uploads: part of what the form loads on demand when the citizen first picks a file (see
// `upload-part.ts`). The list of files is the form's own state, so that a restored draft's files show
// (and can be removed) before this code has loaded; this class moves the files.
import type { DvcClient } from '../../base/client-context.js';
import { errorText } from '../../base/client-error.js';
import { getLocale } from '../../i18n/localization.js';
import type { FormMessage } from './form-message.js';

/** Where one file stands. */
export interface UploadItem {
  /** Local id, for the list and its buttons. */
  readonly id: string;
  /** The required-document code the file answers. */
  readonly documentCode: string;
  readonly fileName: string;
  readonly status: 'uploading' | 'done' | 'failed';
  /** 0 to 1 (browsers report only the start and the end). */
  readonly progress: number;
  /** The server's id, once uploaded. */
  readonly attachmentId?: string | undefined;
  /** Why it failed (the server's or the client's user message). */
  readonly error?: FormMessage | undefined;
}

/** What the uploads need from the form. */
export interface UploadsHost {
  readonly client: () => DvcClient | undefined;
  /** The form's list of files, as it stands. */
  readonly items: () => readonly UploadItem[];
  /** Replaces the form's list: a file added, progressed, finished or failed. */
  readonly setItems: (items: readonly UploadItem[]) => void;
  /** An upload failed with this client error. */
  readonly failed: (error: unknown) => void;
}

let nextId = 0;

/**
 * The form's file transfers: each file is uploaded through `client.attachments.upload` as soon as it
 * is picked (so submitting later sends only ids), with progress, a retry that reuses the file kept in
 * memory, and a way to stop an upload on its way. Only finished uploads' ids and names go into the
 * draft; the files themselves never leave memory.
 */
export class AttachmentUploads {
  readonly #files = new Map<string, File>();
  readonly #aborts = new Map<string, AbortController>();
  readonly #host: UploadsHost;

  constructor(host: UploadsHost) {
    this.#host = host;
  }

  /** Adds a checked file for a document to the form's list and starts its upload. */
  add(documentCode: string, file: File): void {
    nextId += 1;
    const id = `upload-${nextId}`;
    this.#files.set(id, file);
    this.#host.setItems([
      ...this.#host.items(),
      { id, documentCode, fileName: file.name.normalize('NFC'), status: 'uploading', progress: 0 },
    ]);
    void this.#upload(id);
  }

  /** Uploads a failed file again. */
  retry(id: string): void {
    if (this.#host.items().find((item) => item.id === id)?.status !== 'failed') return;
    this.#update(id, { status: 'uploading', progress: 0, error: undefined });
    void this.#upload(id);
  }

  /** Stops a file's upload if one is on its way and lets the file go (the form drops it from its list). */
  forget(id: string): void {
    this.#aborts.get(id)?.abort();
    this.#files.delete(id);
  }

  /** Stops every upload on its way and lets every file go (the form empties its list). */
  forgetAll(): void {
    for (const controller of this.#aborts.values()) controller.abort();
    this.#aborts.clear();
    this.#files.clear();
  }

  async #upload(id: string): Promise<void> {
    const file = this.#files.get(id);
    const item = this.#host.items().find((candidate) => candidate.id === id);
    const client = this.#host.client();
    if (!file || !item) return;
    if (!client) {
      this.#update(id, { status: 'failed' });
      return;
    }
    const controller = new AbortController();
    this.#aborts.set(id, controller);
    try {
      const attachment = await client.attachments.upload(file, {
        fileName: item.fileName,
        documentCode: item.documentCode,
        signal: controller.signal,
        onProgress: ({ percent }) => this.#update(id, { progress: percent }),
      });
      this.#files.delete(id);
      this.#update(id, { status: 'done', progress: 1, attachmentId: attachment.id });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#update(id, { status: 'failed', error: () => errorText(error, getLocale()) ?? '' });
      this.#host.failed(error);
    } finally {
      this.#aborts.delete(id);
    }
  }

  // A file the form has dropped meanwhile stays dropped.
  #update(id: string, change: Partial<UploadItem>): void {
    const items = this.#host.items();
    if (!items.some((item) => item.id === id)) return;
    this.#host.setItems(items.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }
}
