import type { DvcClient } from '../../base/client-context.js';
import type { DossierStatusView } from './tracker-types.js';

/** The file types the API accepts for an attachment (`attachments.upload`: PDF, JPEG or PNG). */
export const SUPPLEMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** The API's upload limit (`attachments.upload`: at most 10 MB), checked before spending the bytes. */
export const SUPPLEMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What is wrong with the file chosen for a missing document: none chosen, or one the API refuses. */
export type SupplementFileProblem = 'required' | 'unsupported';

/** Checks a chosen file before it is uploaded; `undefined` when it may go. */
export function checkSupplementFile(file: File | undefined): SupplementFileProblem | undefined {
  if (file === undefined) return 'required';
  const typeAccepted = (SUPPLEMENT_MEDIA_TYPES as readonly string[]).includes(file.type);
  return typeAccepted && file.size <= SUPPLEMENT_MAX_BYTES ? undefined : 'unsupported';
}

/** A file uploaded for a document, remembered so that a retry after a failure does not upload it again. */
export interface UploadedFile {
  readonly file: File;
  readonly attachmentId: string;
}

/** What {@link sendSupplement} sends. */
export interface SupplementInput {
  readonly code: string;
  /** Proves the sender is the owner; goes in the request body only. */
  readonly ownerPersonalId: string;
  /** One file per missing document, by document code. */
  readonly files: ReadonlyMap<string, File>;
  /** The citizen's optional note to the officer. */
  readonly note: string;
  /** Files already uploaded, by document code; filled in as uploads succeed. */
  readonly uploaded: Map<string, UploadedFile>;
}

/**
 * Answers a supplement request: uploads each file (`client.attachments.upload`, one at a time — a
 * weak counter line does better with one transfer than with several competing ones), then sends the
 * references with the owner's ID number (`client.dossiers.supplement`). A file uploaded by an earlier,
 * failed attempt is not uploaded again.
 */
export async function sendSupplement(client: DvcClient, input: SupplementInput): Promise<DossierStatusView> {
  const attachments: { documentCode: string; attachmentId: string }[] = [];
  for (const [documentCode, file] of input.files) {
    let uploaded = input.uploaded.get(documentCode);
    if (uploaded?.file !== file) {
      const attachment = await client.attachments.upload(file, { fileName: file.name, documentCode });
      uploaded = { file, attachmentId: attachment.id };
      input.uploaded.set(documentCode, uploaded);
    }
    attachments.push({ documentCode, attachmentId: uploaded.attachmentId });
  }
  const note = input.note.normalize('NFC').trim();
  return client.dossiers.supplement(input.code, {
    ownerPersonalId: input.ownerPersonalId,
    attachments,
    ...(note === '' ? {} : { note }),
  });
}
