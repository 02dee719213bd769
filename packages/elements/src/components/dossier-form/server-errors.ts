import type { LocalizedText } from '@dvc-kit/domain';
import type { ContractFieldError, DossierCreate, RequiredDocument } from './form-types.js';
import { attachmentPointer } from './pointers.js';

/** A 422's field errors, sorted into the form's fields and the rest. */
export interface MappedServerErrors {
  /** By the form's pointer: the first message for each field the form shows. */
  readonly fields: ReadonlyMap<string, LocalizedText>;
  /** Errors about no field the form shows (`/receivingLocationId`, `/channel`…): summary only. */
  readonly unplaced: readonly LocalizedText[];
}

// `/attachments/2/attachmentId` → 2: an error about one entry of the body's attachment list.
const ATTACHMENT_ENTRY = /^\/attachments\/(\d+)(?:\/|$)/;

/**
 * Where a server pointer lands in the form. The form's fields are keyed by the same JSON Pointers as
 * the body, so most land as they are; the exceptions are the attachment list (an entry's pointer goes
 * to its document's field, the list's own — a missing required document — to the first required
 * document without a file) and pointers the form has no field for.
 */
function placeOf(
  pointer: string,
  body: DossierCreate,
  documents: readonly RequiredDocument[],
  isField: (pointer: string) => boolean,
): string | undefined {
  const entry = ATTACHMENT_ENTRY.exec(pointer);
  if (entry) {
    const code = body.attachments[Number(entry[1])]?.documentCode;
    return code === undefined ? undefined : attachmentPointer(code);
  }
  if (pointer === '/attachments') {
    const attached = new Set(body.attachments.map((attachment) => attachment.documentCode));
    const missing = documents.find(
      (document) => document.required && document.submission === 'UPLOAD' && !attached.has(document.code),
    );
    return missing ? attachmentPointer(missing.code) : undefined;
  }
  return isField(pointer) ? pointer : undefined;
}

/**
 * Sorts a validation problem's `errors[]` (RFC 9457, JSON Pointers into the body that was sent) into
 * the form's fields — shown inline and in the error summary, like the form's own checks — and those
 * the summary alone can show.
 *
 * @example
 * mapServerErrors(problem.errors, body, procedure.requiredDocuments, (pointer) => shownFields.has(pointer));
 */
export function mapServerErrors(
  errors: readonly ContractFieldError[],
  body: DossierCreate,
  documents: readonly RequiredDocument[],
  isField: (pointer: string) => boolean,
): MappedServerErrors {
  const fields = new Map<string, LocalizedText>();
  const unplaced: LocalizedText[] = [];
  for (const error of errors) {
    const place = placeOf(error.pointer, body, documents, isField);
    if (place === undefined) unplaced.push(error.message);
    else if (!fields.has(place)) fields.set(place, error.message);
  }
  return { fields, unplaced };
}
