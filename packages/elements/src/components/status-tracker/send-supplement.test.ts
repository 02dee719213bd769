import { describe, expect, it } from 'vitest';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { DvcClient } from '../../base/client-context.js';
import {
  checkSupplementFile,
  SUPPLEMENT_MAX_BYTES,
  sendSupplement,
  type UploadedFile,
} from './send-supplement.js';
import type { DossierStatusView, SupplementCreate } from './tracker-types.js';

const pdf = (name: string) => new File(['%PDF-1.4\n'], name, { type: 'application/pdf' });

function recordingClient(failUploadsOf: Set<string> = new Set()) {
  const uploads: string[] = [];
  const supplements: { code: string; body: SupplementCreate }[] = [];
  const client: DvcClient = fakeClient({
    attachments: {
      upload: async (_file, { documentCode, fileName }) => {
        uploads.push(`${documentCode}:${fileName}`);
        if (failUploadsOf.has(documentCode)) throw new Error('offline');
        return { id: `att_${uploads.length}` } as Awaited<ReturnType<DvcClient['attachments']['upload']>>;
      },
    },
    dossiers: {
      supplement: async (code, body) => {
        supplements.push({ code, body });
        return { code, status: 'PROCESSING' } as DossierStatusView;
      },
    },
  });
  return { client, uploads, supplements };
}

describe('checkSupplementFile', () => {
  it('asks for a file, and refuses what the API would refuse', () => {
    expect(checkSupplementFile(undefined)).toBe('required');
    expect(checkSupplementFile(pdf('a.pdf'))).toBeUndefined();
    expect(checkSupplementFile(new File(['x'], 'a.docx', { type: 'application/msword' }))).toBe(
      'unsupported',
    );
    const huge = new File([new Uint8Array(SUPPLEMENT_MAX_BYTES + 1)], 'big.pdf', { type: 'application/pdf' });
    expect(checkSupplementFile(huge)).toBe('unsupported');
  });
});

describe('sendSupplement', () => {
  it('uploads each file for its document, then sends the references with the owner’s ID number', async () => {
    const { client, uploads, supplements } = recordingClient();
    const view = await sendSupplement(client, {
      code: '000.00.24.H26-251126-0003',
      ownerPersonalId: '001085042196',
      files: new Map([
        ['TP2', pdf('giay-chung-sinh.pdf')],
        ['TP1', pdf('to-khai.pdf')],
      ]),
      note: '  Gửi lại bản chụp rõ nét. ',
      uploaded: new Map(),
    });
    expect(view.status).toBe('PROCESSING');
    expect(uploads).toEqual(['TP2:giay-chung-sinh.pdf', 'TP1:to-khai.pdf']);
    expect(supplements).toEqual([
      {
        code: '000.00.24.H26-251126-0003',
        body: {
          ownerPersonalId: '001085042196',
          attachments: [
            { documentCode: 'TP2', attachmentId: 'att_1' },
            { documentCode: 'TP1', attachmentId: 'att_2' },
          ],
          note: 'Gửi lại bản chụp rõ nét.',
        },
      },
    ]);
  });

  it('leaves a blank note out, and does not upload again what an earlier attempt uploaded', async () => {
    const failing = recordingClient(new Set(['TP1']));
    const uploaded = new Map<string, UploadedFile>();
    const files = new Map([
      ['TP2', pdf('giay-chung-sinh.pdf')],
      ['TP1', pdf('to-khai.pdf')],
    ]);
    const input = { code: 'X', ownerPersonalId: '001085042196', files, note: ' ', uploaded };
    await expect(sendSupplement(failing.client, input)).rejects.toThrow('offline');
    expect([...uploaded.keys()]).toEqual(['TP2']);

    const retry = recordingClient();
    await sendSupplement(retry.client, input);
    expect(retry.uploads).toEqual(['TP1:to-khai.pdf']);
    expect(retry.supplements[0]?.body).toEqual({
      ownerPersonalId: '001085042196',
      attachments: [
        { documentCode: 'TP2', attachmentId: 'att_1' },
        { documentCode: 'TP1', attachmentId: 'att_1' },
      ],
    });
  });
});
