import { msg, str } from '@lit/localize';
import type { DvcClient } from '../../base/client-context.js';
import { errorText } from '../../base/client-error.js';
import { getLocale } from '../../i18n/localization.js';
import type { FormMessage } from './validation.js';

/** The contract's largest attachment (`Attachment.size` maximum): 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The file types the contract accepts, by the extensions people's files carry. */
const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Every type the contract accepts: what a document without `acceptedMediaTypes` takes. */
export const ALL_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Media types as people know them: `PDF, JPEG, PNG`. */
export const mediaTypeNames = (types: readonly string[]): string =>
  types.map((type) => type.split('/')[1]?.toUpperCase()).join(', ');

/** A file's type as the browser reports it, else by its extension (some OSes report none). */
export function mediaTypeOf(file: File): string {
  return file.type || MEDIA_TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
}

/**
 * Checks a file before it is sent: a type the document accepts and a size the server takes, so a
 * citizen on a slow line does not wait for a 10 MB upload to be refused. The server still checks the
 * content (magic bytes).
 */
export function checkFile(file: File, accepted: readonly string[]): FormMessage | undefined {
  const name = file.name.normalize('NFC');
  if (!accepted.includes(mediaTypeOf(file))) {
    const types = mediaTypeNames(accepted);
    return () =>
      msg(str`Tệp “${name}” không đúng định dạng. Chỉ nhận ${types}.`, { id: 'form.error.file-type' });
  }
  if (file.size === 0) return () => msg(str`Tệp “${name}” trống.`, { id: 'form.error.file-empty' });
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return () => msg(str`Tệp “${name}” lớn hơn 10 MB.`, { id: 'form.error.file-size' });
  }
  return undefined;
}

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
  /** The list changed (a file added, progressed, finished, failed, removed). */
  readonly changed: () => void;
  /** An upload failed with this client error. */
  readonly failed: (error: unknown) => void;
}

let nextId = 0;

/**
 * The form's files: each is uploaded through `client.attachments.upload` as soon as it is picked
 * (so submitting later sends only ids), with progress, a retry that reuses the file kept in memory,
 * and removal that aborts an upload on its way. Only finished uploads' ids and names go into the
 * draft; the files themselves never leave memory.
 */
export class AttachmentUploads {
  items: readonly UploadItem[] = [];
  readonly #files = new Map<string, File>();
  readonly #aborts = new Map<string, AbortController>();
  readonly #host: UploadsHost;

  constructor(host: UploadsHost) {
    this.#host = host;
  }

  /** Adds a checked file for a document and starts its upload. */
  add(documentCode: string, file: File): void {
    nextId += 1;
    const id = `upload-${nextId}`;
    this.#files.set(id, file);
    this.#set([
      ...this.items,
      { id, documentCode, fileName: file.name.normalize('NFC'), status: 'uploading', progress: 0 },
    ]);
    void this.#upload(id);
  }

  /** Uploads a failed file again. */
  retry(id: string): void {
    if (this.items.find((item) => item.id === id)?.status !== 'failed') return;
    this.#update(id, { status: 'uploading', progress: 0, error: undefined });
    void this.#upload(id);
  }

  /** Removes a file, aborting its upload if one is on its way. */
  remove(id: string): void {
    this.#aborts.get(id)?.abort();
    this.#files.delete(id);
    this.#set(this.items.filter((item) => item.id !== id));
  }

  /** Replaces the list (a restored draft's finished uploads, or none), aborting what was on its way. */
  replace(items: readonly UploadItem[]): void {
    for (const controller of this.#aborts.values()) controller.abort();
    this.#aborts.clear();
    this.#files.clear();
    this.#set(items);
  }

  async #upload(id: string): Promise<void> {
    const file = this.#files.get(id);
    const item = this.items.find((candidate) => candidate.id === id);
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

  #update(id: string, change: Partial<UploadItem>): void {
    this.#set(this.items.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }

  #set(items: readonly UploadItem[]): void {
    this.items = items;
    this.#host.changed();
  }
}
