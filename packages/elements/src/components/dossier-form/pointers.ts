// The form keys every field by a JSON Pointer (RFC 6901) into `DossierCreate` — `/owner/fullName`,
// `/formData/childFullName` — the same pointers a server 422 names in `errors[].pointer`, so server
// errors land on the form's fields without a lookup table.

/** The pointer of an e-form field (`/formData/childFullName`), escaped as RFC 6901 says. */
export const formDataPointer = (name: string): string =>
  `/formData/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * The form's pointer for a document's files, `/attachments/TP1`. The body's `attachments` is a list;
 * the server's pointers into it (`/attachments/0/attachmentId`) are mapped back through the body.
 */
export const attachmentPointer = (documentCode: string): string => `/attachments/${documentCode}`;

/** The id of a field's input in the form's shadow root (a radio group's first radio). */
export const fieldId = (pointer: string): string => `f${pointer.replace(/[^A-Za-z0-9]/g, '-')}`;
