import { normalizeText } from '../http/nfc.js';
import type { Transport } from '../http/transport.js';
import { AttachmentSchema } from '../schemas/attachments.js';
import type { Attachment } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** How far an upload has got. */
export interface UploadProgress {
  /** 0 to 1. */
  percent: number;
  transferredBytes: number;
  /** The body's size as estimated before sending (0 when unknown). */
  totalBytes: number;
}

/** Options of `attachments.upload`. */
export interface UploadOptions extends RequestOptions {
  /** The file's name as the citizen knows it (NFC-normalised), e.g. `giay-chung-sinh.pdf`. */
  fileName: string;
  /** The required-document code the file answers (from the procedure's `requiredDocuments`). */
  documentCode: string;
  /**
   * Called as the body is sent. Byte-level progress needs streamed request bodies, which only Node's
   * fetch offers over HTTP/1.1 (Chromium streams only over HTTP/2, Firefox and Safari not at all), so in
   * browsers it is called at 0 % before sending and at 100 % once the server has the file.
   */
  onProgress?: (progress: UploadProgress) => void;
}

/** Files to attach to a dossier: upload first, then reference `id` from the dossier. */
export interface AttachmentsResource {
  /**
   * Uploads a PDF, JPEG or PNG (at most 10 MB; the server checks the content). The timeout grows with
   * the file's size. Not retried on its own: a repeat would store a second copy.
   *
   * @example
   * const attachment = await client.attachments.upload(file, {
   *   fileName: file.name,
   *   documentCode: 'TP1',
   *   onProgress: ({ percent }) => bar.value = percent,
   * });
   */
  upload(file: Blob, options: UploadOptions): Promise<Attachment>;
}

// Request streams with progress, only where they work over HTTP/1.1 (see `onProgress`).
const canStreamUploads = (): boolean =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

/** Creates the attachments resource over a transport. */
export function createAttachmentsResource(transport: Transport): AttachmentsResource {
  return {
    async upload(file, options) {
      const { onProgress } = options;
      const form = new FormData();
      form.append('file', file, normalizeText(options.fileName));
      form.append('documentCode', normalizeText(options.documentCode));
      const stream = onProgress !== undefined && canStreamUploads();
      if (onProgress && !stream) onProgress({ percent: 0, transferredBytes: 0, totalBytes: file.size });
      const attachment = await transport.send({
        method: 'post',
        path: 'v1/attachments',
        body: form,
        schema: AttachmentSchema,
        auth: true,
        kind: 'upload',
        uploadBytes: file.size,
        signal: options.signal,
        onUploadProgress: stream ? onProgress : undefined,
      });
      if (onProgress && !stream)
        onProgress({ percent: 1, transferredBytes: file.size, totalBytes: file.size });
      return attachment;
    },
  };
}
