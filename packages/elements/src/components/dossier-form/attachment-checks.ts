// The documents' checks before the dossier goes: part of what the form loads on demand (see
// `validation-part.ts`).
import type { Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import type { FieldValues } from './form-field.js';
import type { FormMessage } from './form-message.js';
import type { RequiredDocument } from './form-types.js';
import { attachmentPointer } from './pointers.js';
import type { UploadItem } from './uploads.js';

/** The pointer of the representative's authorisation document. */
const AUTHORIZATION = '/representative/authorizationDocumentCode';

/**
 * The documents' errors before a submission: every required uploaded document has a file, no file is
 * still on its way or failed (a failed one must be retried or removed, not silently dropped), and the
 * authorisation named for the representative is among the files.
 *
 * @param locale Read when the message is shown, so a locale switch re-words the document's name.
 */
export function attachmentErrors(
  documents: readonly RequiredDocument[],
  uploads: readonly UploadItem[],
  values: FieldValues,
  locale: () => Locale,
): Map<string, FormMessage> {
  const errors = new Map<string, FormMessage>();
  const filesOf = (code: string) => uploads.filter((upload) => upload.documentCode === code);
  for (const document of documents) {
    if (document.submission !== 'UPLOAD') continue;
    const files = filesOf(document.code);
    const pointer = attachmentPointer(document.code);
    if (files.some((file) => file.status === 'uploading')) {
      errors.set(pointer, () => msg('Tệp đang được tải lên, vui lòng chờ.', { id: 'form.error.uploading' }));
    } else if (files.some((file) => file.status === 'failed')) {
      errors.set(pointer, () =>
        msg('Có tệp chưa tải lên được: bấm “Thử lại” hoặc xóa tệp đó.', { id: 'form.error.upload-failed' }),
      );
    } else if (document.required && files.length === 0) {
      errors.set(pointer, () => {
        const name = document.name[locale()];
        return msg(str`Thiếu giấy tờ: ${name}.`, { id: 'form.error.missing-document' });
      });
    }
  }
  const authorization = values[AUTHORIZATION];
  const role = values['/representative/role'];
  if (typeof authorization === 'string' && authorization !== '' && role !== 'OWNER') {
    if (!filesOf(authorization).some((file) => file.status === 'done')) {
      errors.set(AUTHORIZATION, () =>
        msg('Hãy đính kèm văn bản ủy quyền ở mục Giấy tờ.', { id: 'form.error.authorization' }),
      );
    }
  }
  return errors;
}
