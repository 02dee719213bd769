// The checks of a picked file before it is sent: part of what the form loads on demand with the
// uploads (see `upload-part.ts`).
import { msg, str } from '@lit/localize';
import type { FormMessage } from './form-message.js';
import type { RequiredDocument } from './form-types.js';
import { ALL_MEDIA_TYPES, mediaTypeNames } from './media-types.js';

/** The contract's largest attachment (`Attachment.size` maximum): 10 MB. */
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The file types the contract accepts, by the extensions people's files carry. */
const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A file's type as the browser reports it, else by its extension (some OSes report none). */
function mediaTypeOf(file: File): string {
  return file.type || MEDIA_TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
}

/**
 * Checks a file before it is sent: a type the document accepts and a size the server takes, so a
 * citizen on a slow line does not wait for a 10 MB upload to be refused. The server still checks the
 * content (magic bytes).
 */
function checkFile(file: File, accepted: readonly string[]): FormMessage | undefined {
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

/** Checks a picked file against what its document accepts (type, size). */
export const checkFileFor = (document: RequiredDocument, file: File): FormMessage | undefined =>
  checkFile(file, document.acceptedMediaTypes ?? ALL_MEDIA_TYPES);
