import { createHash, randomUUID } from 'node:crypto';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { authenticate } from '../auth/authenticate.js';
import type { Attachment } from '../dossiers/dossier-types.js';
import { fieldError, validationProblem } from '../dossiers/field-errors.js';
import { detectMediaType, extensionOf } from '../dossiers/magic-bytes.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { type FieldError, ProblemError } from '../http/problem.js';
import { AttachmentsStore } from '../store/attachments-store.js';

/** The form's fields: `file`, `documentCode`, and a little room for what clients add (a file name, a note). */
const MAX_FORM_FIELDS = 10;
/** Parts in one upload: one file and its fields; more is a client looping by mistake. */
const MAX_FORM_PARTS = 20;
/** A text field holds a code or a name, never a document: 4 KB is plenty. */
const MAX_FIELD_BYTES = 4 * 1024;
/** The contract's `AttachmentUpload.documentCode` limit. */
const MAX_DOCUMENT_CODE_LENGTH = 32;
/** File names are shown in lists and on receipts; longer ones are cut (most file systems stop at 255). */
const MAX_FILE_NAME_LENGTH = 255;

// Control characters and path separators never belong in a displayed file name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_FILE_NAME_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The file's own name without any path a browser or a script put in front of it. */
function displayFileName(raw: string | undefined, mediaType: Attachment['mediaType']): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base.replace(UNSAFE_FILE_NAME_CHARACTERS, '').trim()]
    .slice(0, MAX_FILE_NAME_LENGTH)
    .join('');
  return cleaned === '' ? `attachment.${extensionOf(mediaType)}` : cleaned;
}

function invalidUpload(errors: FieldError[]): ProblemError {
  return validationProblem(errors, 'The upload');
}

/** Reads the whole file part; a file over the limit becomes 413 `payload-too-large`. */
async function readFile(part: MultipartFile, limit: number): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ProblemError('payload-too-large', `The file is larger than ${limit} bytes (10 MB).`);
    }
    throw error;
  }
}

/**
 * `POST /v1/attachments`: uploads one file (PDF, JPEG or PNG, judged by its first bytes, at most
 * `config.attachmentLimit`), stores it with its SHA-256 and answers its id for a dossier to reference.
 * The multipart parser is registered in this route's own scope, so no other route accepts multipart.
 */
export function registerAttachmentRoutes(app: SandboxApp, context: SandboxContext): void {
  const store = new AttachmentsStore(context.db);
  const limit = context.config.attachmentLimit;

  app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: limit, fields: MAX_FORM_FIELDS, parts: MAX_FORM_PARTS, fieldSize: MAX_FIELD_BYTES },
    });

    registerOperation(scope, 'uploadAttachment', async (request, reply) => {
      const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:create');
      if (!request.isMultipart()) {
        throw new ProblemError(
          'unsupported-media-type',
          'Upload the file as multipart/form-data with the file in a `file` field.',
        );
      }

      let content: Buffer | undefined;
      let rawFileName: string | undefined;
      let documentCode: string | undefined;
      let extraFiles = 0;
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || content !== undefined) {
            extraFiles += 1;
            // Drain it so that the parser moves on to the next part.
            await readFile(part, limit);
            continue;
          }
          content = await readFile(part, limit);
          rawFileName = part.filename;
        } else if (part.fieldname === 'documentCode') {
          documentCode = String(part.value).normalize('NFC').trim();
        }
      }

      if (extraFiles > 0) {
        throw invalidUpload([
          fieldError('/file', 'single-file', {
            vi: 'Mỗi lần chỉ tải lên một tệp, trong trường "file".',
            en: 'Upload one file at a time, in the "file" field.',
          }),
        ]);
      }
      if (content === undefined) {
        throw invalidUpload([
          fieldError('/file', 'required', {
            vi: 'Vui lòng chọn tệp cần tải lên.',
            en: 'Choose a file to upload.',
          }),
        ]);
      }
      if (content.length === 0) {
        throw invalidUpload([
          fieldError('/file', 'empty', { vi: 'Tệp không có nội dung.', en: 'The file is empty.' }),
        ]);
      }
      if (
        documentCode !== undefined &&
        (documentCode === '' || documentCode.length > MAX_DOCUMENT_CODE_LENGTH)
      ) {
        throw invalidUpload([
          fieldError('/documentCode', 'maxLength', {
            vi: `Mã giấy tờ gồm 1 đến ${MAX_DOCUMENT_CODE_LENGTH} ký tự.`,
            en: `A document code has 1 to ${MAX_DOCUMENT_CODE_LENGTH} characters.`,
          }),
        ]);
      }
      const mediaType = detectMediaType(content);
      if (!mediaType) {
        throw new ProblemError(
          'unsupported-media-type',
          'The file is not a PDF, JPEG or PNG by its content (whatever its name or declared type says).',
        );
      }

      const attachment: Attachment = {
        id: `att_${randomUUID().replaceAll('-', '')}`,
        fileName: displayFileName(rawFileName, mediaType),
        mediaType,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        createdAt: context.now().toISOString(),
      };
      store.insert({
        ...attachment,
        partnerCode: caller.partnerCode,
        documentCode: documentCode ?? null,
        content,
      });
      reply.code(201);
      return attachment;
    });
  });
}
