import type { MediaType } from '../seed/seed-types.js';
import type { SandboxDatabase } from './database.js';

/** An uploaded file's metadata (the content stays in the database). */
export interface AttachmentMeta {
  id: string;
  partnerCode: string;
  fileName: string;
  mediaType: MediaType;
  size: number;
  sha256: string;
  documentCode: string | null;
  createdAt: string;
}

/** A file to store. */
export interface NewAttachment extends AttachmentMeta {
  content: Buffer;
}

interface AttachmentRow {
  id: string;
  partner_code: string;
  file_name: string;
  media_type: MediaType;
  size: number;
  sha256: string;
  document_code: string | null;
  created_at: string;
}

/** The `attachments` table: uploaded files, owned by the partner whose credential uploaded them. */
export class AttachmentsStore {
  readonly #db: SandboxDatabase;

  constructor(db: SandboxDatabase) {
    this.#db = db;
  }

  /** Stores a file with its metadata. */
  insert(attachment: NewAttachment): void {
    this.#db
      .prepare(
        `INSERT INTO attachments (id, partner_code, file_name, media_type, size, sha256, document_code, content, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attachment.id,
        attachment.partnerCode,
        attachment.fileName,
        attachment.mediaType,
        attachment.size,
        attachment.sha256,
        attachment.documentCode,
        attachment.content,
        attachment.createdAt,
      );
  }

  /** The metadata of one file, or undefined. */
  meta(id: string): AttachmentMeta | undefined {
    const row = this.#db
      .prepare(
        `SELECT id, partner_code, file_name, media_type, size, sha256, document_code, created_at
         FROM attachments WHERE id = ?`,
      )
      .get(id) as AttachmentRow | undefined;
    if (!row) return undefined;
    return {
      id: row.id,
      partnerCode: row.partner_code,
      fileName: row.file_name,
      mediaType: row.media_type,
      size: row.size,
      sha256: row.sha256,
      documentCode: row.document_code,
      createdAt: row.created_at,
    };
  }
}
