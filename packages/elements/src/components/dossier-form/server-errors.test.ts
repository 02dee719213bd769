import { describe, expect, it } from 'vitest';
import type { DossierCreate, RequiredDocument } from './form-types.js';
import { mapServerErrors } from './server-errors.js';

const message = (vi: string) => ({ vi, en: vi });
const document = (code: string, required: boolean, submission: 'UPLOAD' | 'SHOW_ONLY' = 'UPLOAD') =>
  ({ code, required, submission, name: message(code) }) as RequiredDocument;
const documents = [document('TP1', true), document('TP2', true), document('TP4', true, 'SHOW_ONLY')];
const body = {
  attachments: [
    { documentCode: 'TP1', attachmentId: 'att_a' },
    { documentCode: 'TP1', attachmentId: 'att_b' },
  ],
} as DossierCreate;
const shown = new Set(['/owner/personalId', '/formData/childFullName']);

describe('mapServerErrors', () => {
  it('puts errors on the fields with the same pointers, first message per field', () => {
    const { fields, unplaced } = mapServerErrors(
      [
        { pointer: '/owner/personalId', code: 'a', message: message('một') },
        { pointer: '/owner/personalId', code: 'b', message: message('hai') },
        { pointer: '/formData/childFullName', code: 'required', message: message('ba') },
      ],
      body,
      documents,
      (pointer) => shown.has(pointer),
    );
    expect([...fields]).toEqual([
      ['/owner/personalId', message('một')],
      ['/formData/childFullName', message('ba')],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('sends an attachment entry’s error to its document, and a missing document to the first one missing', () => {
    const { fields } = mapServerErrors(
      [
        { pointer: '/attachments/1/attachmentId', code: 'unknown-attachment', message: message('tệp') },
        { pointer: '/attachments', code: 'missing-document', message: message('thiếu') },
      ],
      body,
      documents,
      () => false,
    );
    expect(fields.get('/attachments/TP1')).toEqual(message('tệp'));
    expect(fields.get('/attachments/TP2')).toEqual(message('thiếu'));
  });

  it('leaves pointers the form has no field for to the summary', () => {
    const { fields, unplaced } = mapServerErrors(
      [
        { pointer: '/receivingLocationId', code: 'foreign-agent-point', message: message('đối tác khác') },
        { pointer: '/attachments/7', code: 'x', message: message('không có mục 7') },
      ],
      body,
      documents,
      (pointer) => shown.has(pointer),
    );
    expect(fields.size).toBe(0);
    expect(unplaced).toEqual([message('đối tác khác'), message('không có mục 7')]);
  });
});
