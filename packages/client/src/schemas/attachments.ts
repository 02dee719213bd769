import * as z from 'zod/mini';
import { MediaTypeSchema } from './common.js';

/** `Attachment`: a stored file, referenced from a dossier by its `id`. */
export const AttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: MediaTypeSchema,
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

/** `AttachmentRef` (request): an uploaded file answering one required document. */
export const AttachmentRefSchema = z.object({ documentCode: z.string(), attachmentId: z.string() });
