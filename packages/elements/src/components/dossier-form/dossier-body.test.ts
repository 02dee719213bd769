import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSENT_ACCEPTED_AT } from './consent.js';
import { dossierBody } from './dossier-body.js';
import type { ProcedureDetail } from './form-types.js';
import type { UploadItem } from './uploads.js';

const procedure = JSON.parse(
  readFileSync(new URL('../../../../../openapi/examples/ProcedureDetail.json', import.meta.url), 'utf8'),
) as ProcedureDetail;

const uploads: UploadItem[] = [
  { id: '1', documentCode: 'TP1', fileName: 'a.pdf', status: 'done', progress: 1, attachmentId: 'att_1' },
  { id: '2', documentCode: 'TP2', fileName: 'b.pdf', status: 'failed', progress: 0 },
];

const values = {
  '/caseCode': 'on-time',
  '/owner/fullName': '  Nguye\u0302\u0303n  Thị Lan ',
  '/owner/personalId': '001 190 024 817',
  '/owner/dateOfBirth': '14/03/1990',
  '/owner/sex': 'FEMALE',
  '/owner/phone': '0912.345.678',
  '/owner/email': '',
  '/owner/address/wardCode': '00004',
  '/owner/address/detail': 'Số 25 phố Quán Thánh',
  '/representative/role': 'AUTHORIZED_PERSON',
  '/representative/fullName': 'Trần Minh Đức',
  '/representative/personalId': '001085031562',
  '/representative/phone': '',
  '/formData/childFullName': ' Lê Minh An ',
  '/formData/childDateOfBirth': '20112026',
  '/formData/motherPersonalId': '001 190 024 817',
  '/formData/extractCopies': '2',
  '/formData/childEthnicity': '',
  '/delivery/method': 'POSTAL',
  '/delivery/address/recipientName': 'Lê Văn Hùng',
  '/delivery/address/phone': '0987654321',
  '/delivery/address/wardCode': '00008',
  '/delivery/address/detail': 'Số 1',
  [CONSENT_ACCEPTED_AT]: '2026-11-27T09:10:41.000Z',
};

describe('dossierBody', () => {
  it('builds the contract body in the forms the server stores', () => {
    const body = dossierBody(values, { procedure, channel: 'ONLINE', uploads, receivingLocationId: 'loc-x' });
    expect(body.owner).toEqual({
      fullName: 'Nguyễn Thị Lan',
      personalId: '001190024817',
      dateOfBirth: '1990-03-14',
      sex: 'FEMALE',
      phone: '+84912345678',
      address: { provinceCode: '01', wardCode: '00004', detail: 'Số 25 phố Quán Thánh' },
    });
    expect(body.owner.fullName.normalize('NFC')).toBe(body.owner.fullName);
    expect(body.representative).toEqual({
      role: 'AUTHORIZED_PERSON',
      fullName: 'Trần Minh Đức',
      personalId: '001085031562',
    });
    expect(body.formData).toEqual({
      childFullName: 'Lê Minh An',
      childDateOfBirth: '2026-11-20',
      motherPersonalId: '001190024817',
      extractCopies: 2,
    });
    // Only finished uploads go in.
    expect(body.attachments).toEqual([{ documentCode: 'TP1', attachmentId: 'att_1' }]);
    expect(body.delivery).toEqual({
      method: 'POSTAL',
      address: { recipientName: 'Lê Văn Hùng', phone: '+84987654321', wardCode: '00008', detail: 'Số 1' },
    });
    expect(body).toMatchObject({ caseCode: 'on-time', channel: 'ONLINE', receivingLocationId: 'loc-x' });
    expect(body.consent).toEqual({
      personalDataProcessing: true,
      acceptedAt: '2026-11-27T09:10:41.000Z',
      textVersion: '2025-07-01',
    });
  });

  it('leaves the representative out when the owner files alone, and is the same for the same values', () => {
    const own = { ...values, '/representative/role': 'OWNER', '/delivery/method': 'ELECTRONIC' };
    const body = dossierBody(own, { procedure, channel: 'IN_PERSON', uploads });
    expect(body.representative).toBeUndefined();
    expect(body.delivery).toEqual({ method: 'ELECTRONIC' });
    expect(JSON.stringify(dossierBody(own, { procedure, channel: 'IN_PERSON', uploads }))).toBe(
      JSON.stringify(body),
    );
  });
});
