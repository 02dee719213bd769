import type { FieldError } from '../http/problem.js';
import type { ProcedureDetail, RequiredDocument } from '../seed/seed-types.js';
import type { AttachmentMeta } from '../store/attachments-store.js';
import type { AttachmentRef, StoredAttachment } from './dossier-types.js';
import { type Checked, fieldError } from './field-errors.js';

/** Where the references sit in the request body (`DossierCreate` and `SupplementCreate` alike). */
const ATTACHMENTS_POINTER = '/attachments';

/** What checking attachment references needs. */
export interface AttachmentRefChecks {
  procedure: ProcedureDetail;
  /** The caller's partner: a partner attaches only files it uploaded itself. */
  partnerCode: string;
  attachment: (id: string) => AttachmentMeta | undefined;
  /** Documents that need at least one attachment among these references. */
  mustCover: readonly Pick<RequiredDocument, 'code' | 'name'>[];
}

/**
 * The documents a dossier must upload when it is filed: every required document submitted by upload
 * (documents shown at the counter, or optional ones, are not).
 */
export function requiredUploads(procedure: ProcedureDetail): RequiredDocument[] {
  return procedure.requiredDocuments.filter(
    (document) => document.required && document.submission === 'UPLOAD',
  );
}

/**
 * Checks the attachment references of a submission or a supplement: each names a file this partner
 * uploaded (another partner's file answers exactly like a missing one), a document of the procedure's
 * checklist, and a file type that document accepts; no file is listed twice; and every document of
 * `mustCover` has a file. The value is the references as the dossier stores them.
 */
export function checkAttachmentRefs(
  refs: readonly AttachmentRef[],
  checks: AttachmentRefChecks,
): Checked<StoredAttachment[]> {
  const errors: FieldError[] = [];
  const stored: StoredAttachment[] = [];
  const seen = new Set<string>();
  refs.forEach((ref, index) => {
    const pointer = `${ATTACHMENTS_POINTER}/${index}`;
    const document = checks.procedure.requiredDocuments.find(
      (candidate) => candidate.code === ref.documentCode,
    );
    if (!document) {
      errors.push(
        fieldError(`${pointer}/documentCode`, 'unknown-document', {
          vi: 'Thủ tục này không có thành phần hồ sơ mang mã này.',
          en: 'This procedure has no required document with this code.',
        }),
      );
    }
    const attachment = checks.attachment(ref.attachmentId);
    if (!attachment || attachment.partnerCode !== checks.partnerCode) {
      errors.push(
        fieldError(`${pointer}/attachmentId`, 'unknown-attachment', {
          vi: 'Không tìm thấy tệp đính kèm này. Vui lòng tải tệp lên lại.',
          en: 'This attachment does not exist. Upload the file again.',
        }),
      );
      return;
    }
    if (seen.has(ref.attachmentId)) {
      errors.push(
        fieldError(`${pointer}/attachmentId`, 'duplicate-attachment', {
          vi: 'Tệp này đã được đính kèm ở mục khác.',
          en: 'This file is already attached elsewhere in the dossier.',
        }),
      );
      return;
    }
    seen.add(ref.attachmentId);
    if (document?.acceptedMediaTypes && !document.acceptedMediaTypes.includes(attachment.mediaType)) {
      errors.push(
        fieldError(`${pointer}/attachmentId`, 'media-type-not-accepted', {
          vi: `Giấy tờ này không nhận tệp dạng ${attachment.mediaType}.`,
          en: `This document does not accept ${attachment.mediaType} files.`,
        }),
      );
    }
    stored.push({
      documentCode: ref.documentCode,
      attachmentId: attachment.id,
      fileName: attachment.fileName,
      sha256: attachment.sha256,
    });
  });

  const covered = new Set(refs.map((ref) => ref.documentCode));
  for (const document of checks.mustCover) {
    if (covered.has(document.code)) continue;
    errors.push(
      fieldError(ATTACHMENTS_POINTER, 'missing-document', {
        vi: `Thiếu giấy tờ: ${document.name.vi}.`,
        en: `Missing document: ${document.name.en}.`,
      }),
    );
  }
  return { value: stored, errors };
}
