import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import { bearer, PDF_BYTES, PNG_BYTES, upload } from '../dossiers/dossier-fixtures.testing.js';
import type { Attachment } from '../dossiers/dossier-types.js';
import type { RunningSandbox } from '../sandbox.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();
/** The contract's and the default configuration's limit: 10 MB. */
const TEN_MB = 10 * 1024 * 1024;
/** The JPEG start-of-image marker and an APP0 segment header. */
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

async function problemOf(
  response: Response,
): Promise<{ type: string; errors?: { pointer: string; code: string }[] }> {
  const problem = (await response.json()) as { type: string; errors?: { pointer: string; code: string }[] };
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(validator.validateComponent('Problem', problem)).toEqual([]);
  return problem;
}

describe('POST /v1/attachments', () => {
  let sandbox: RunningSandbox;
  let token: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await mintEmbedToken(sandbox);
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it.each([
    ['a PDF', PDF_BYTES, 'application/pdf'],
    ['a JPEG', JPEG_BYTES, 'image/jpeg'],
    ['a PNG', PNG_BYTES, 'image/png'],
  ] as const)('stores %s with its size and SHA-256', async (_what, content, mediaType) => {
    const response = await upload(sandbox, token, {
      content,
      type: 'application/octet-stream',
      fileName: 'scan',
    });
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as Attachment;
    expect(validator.validateComponent('Attachment', attachment)).toEqual([]);
    expect(attachment.mediaType).toBe(mediaType);
    expect(attachment.size).toBe(content.length);
    expect(attachment.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    const stored = sandbox.db
      .prepare('SELECT content, partner_code FROM attachments WHERE id = ?')
      .get(attachment.id) as {
      content: Buffer;
      partner_code: string;
    };
    expect(Buffer.compare(stored.content, Buffer.from(content))).toBe(0);
    expect(stored.partner_code).toBe('VNPOST');
  });

  it('judges the type by content: a PNG named and declared as a PDF is a PNG', async () => {
    const response = await upload(sandbox, token, {
      content: PNG_BYTES,
      fileName: 'to-khai.pdf',
      type: 'application/pdf',
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as Attachment).mediaType).toBe('image/png');
  });

  it('refuses a ".pdf" that is really text with 415, whatever its declared type', async () => {
    const response = await upload(sandbox, token, {
      content: Buffer.from('Đây không phải tệp PDF'),
      fileName: 'to-khai.pdf',
      type: 'application/pdf',
    });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).type).toBe('https://dvc-kit.dev/problems/unsupported-media-type');
  });

  it('accepts a file of exactly 10 MB and refuses 10 MB + 1 byte with 413, then keeps serving', async () => {
    const limit = Buffer.alloc(TEN_MB, 0x20);
    PDF_BYTES.copy(limit);
    const atLimit = await upload(sandbox, token, { content: limit });
    expect(atLimit.status).toBe(201);
    expect(((await atLimit.json()) as Attachment).size).toBe(TEN_MB);

    const over = Buffer.alloc(TEN_MB + 1, 0x20);
    PDF_BYTES.copy(over);
    const tooLarge = await upload(sandbox, token, { content: over });
    expect(tooLarge.status).toBe(413);
    expect((await problemOf(tooLarge)).type).toBe('https://dvc-kit.dev/problems/payload-too-large');

    const next = await upload(sandbox, token);
    expect(next.status).toBe(201);
  });

  it('refuses an empty file with 422 at /file', async () => {
    const response = await upload(sandbox, token, { content: Buffer.alloc(0) });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ pointer: '/file', code: 'empty' }),
    ]);
  });

  it('refuses a form without a file with 422 at /file', async () => {
    const form = new FormData();
    form.append('documentCode', 'TP1');
    const response = await fetch(`${sandbox.url}/v1/attachments`, {
      method: 'POST',
      headers: bearer(token),
      body: form,
    });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ pointer: '/file', code: 'required' }),
    ]);
  });

  it('refuses two files in one upload', async () => {
    const form = new FormData();
    form.append('file', new Blob([PDF_BYTES]), 'a.pdf');
    form.append('file', new Blob([PDF_BYTES]), 'b.pdf');
    const response = await fetch(`${sandbox.url}/v1/attachments`, {
      method: 'POST',
      headers: bearer(token),
      body: form,
    });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.[0]?.code).toBe('single-file');
  });

  it('refuses a document code longer than the contract allows', async () => {
    const response = await upload(sandbox, token, { documentCode: 'X'.repeat(33) });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.[0]?.pointer).toBe('/documentCode');
  });

  it('refuses a body that is not multipart with 415', async () => {
    for (const [type, body] of [
      ['application/json', JSON.stringify({ file: 'JVBERi0=' })],
      ['application/pdf', PDF_BYTES],
    ] as const) {
      const response = await fetch(`${sandbox.url}/v1/attachments`, {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': type },
        body,
      });
      expect(response.status, type).toBe(415);
      expect((await problemOf(response)).type).toBe('https://dvc-kit.dev/problems/unsupported-media-type');
    }
  });

  it('keeps only the file name, in NFC, without the path a client put in front of it', async () => {
    const response = await upload(sandbox, token, {
      fileName: 'C:\\Scans\\Giấy chứng sinh.pdf'.normalize('NFD'),
    });
    const attachment = (await response.json()) as Attachment;
    expect(attachment.fileName).toBe('Giấy chứng sinh.pdf');
  });

  it('needs a credential with the dossier:create scope', async () => {
    const anonymous = await fetch(`${sandbox.url}/v1/attachments`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
    const readOnly = await mintEmbedToken(sandbox, { scopes: ['dossier:read'] });
    const forbidden = await upload(sandbox, readOnly);
    expect(forbidden.status).toBe(403);
    const withKey = await upload(sandbox, sandbox.secretKeys.BIDV);
    expect(withKey.status).toBe(201);
  });
});
