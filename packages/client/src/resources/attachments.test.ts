import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { DEFAULT_TIMEOUTS } from '../http/timeouts.js';
import { createStubServer, json, problem } from '../testing/stub-server.js';
import type { UploadProgress } from './attachments.js';

const baseUrl = 'http://dvc.test';
const attachment = {
  id: 'att_Xy12',
  fileName: 'Giấy chứng sinh.pdf',
  mediaType: 'application/pdf',
  size: 200_000,
  sha256: 'b'.repeat(64),
  createdAt: '2025-11-27T09:00:00+07:00',
};
// A PDF's magic bytes, then filler: 200 KB, so the body streams in several chunks.
const pdf = new Blob([new TextEncoder().encode('%PDF-1.7\n'), new Uint8Array(200_000 - 9)], {
  type: 'application/pdf',
});

describe('attachments.upload', () => {
  it('sends the file as multipart with its NFC name and document code, with the token', async () => {
    const server = createStubServer(() => json(attachment, 201));
    const client = createClient({ baseUrl, getToken: () => 'embed-token', fetch: server.fetch });
    await expect(
      client.attachments.upload(pdf, {
        fileName: 'Giấy chứng sinh.pdf'.normalize('NFD'),
        documentCode: 'TP1',
      }),
    ).resolves.toEqual(attachment);
    const [request] = server.requests;
    expect(request?.url.pathname).toBe('/v1/attachments');
    expect(request?.headers.get('authorization')).toBe('Bearer embed-token');
    const form = request?.body as FormData;
    const file = form.get('file') as File;
    expect(file.name).toBe('Giấy chứng sinh.pdf');
    expect(file.size).toBe(pdf.size);
    expect(new TextDecoder().decode(await file.slice(0, 5).arrayBuffer())).toBe('%PDF-');
    expect(form.get('documentCode')).toBe('TP1');
  });

  it('reports progress up to 100 % (streamed in Node)', async () => {
    const server = createStubServer(() => json(attachment, 201));
    const client = createClient({ baseUrl, getToken: () => 't', fetch: server.fetch });
    const progress: UploadProgress[] = [];
    await client.attachments.upload(pdf, {
      fileName: 'giay-chung-sinh.pdf',
      documentCode: 'TP1',
      onProgress: (update) => progress.push(update),
    });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)?.percent).toBe(1);
    expect(progress.at(-1)?.transferredBytes).toBeGreaterThanOrEqual(pdf.size);
    const percents = progress.map((update) => update.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  it('is not retried on its own (a repeat would store a second copy)', async () => {
    const server = createStubServer(() => problem('service-unavailable', 503));
    const client = createClient({ baseUrl, getToken: () => 't', fetch: server.fetch });
    await expect(
      client.attachments.upload(pdf, { fileName: 'a.pdf', documentCode: 'TP1' }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('gives uploads a timeout sized to the file: 30 s + 1 s per 100 KB', () => {
    expect(DEFAULT_TIMEOUTS.upload(0)).toBe(30_000);
    expect(DEFAULT_TIMEOUTS.upload(100_000)).toBe(31_000);
    expect(DEFAULT_TIMEOUTS.upload(10 * 1024 * 1024)).toBe(30_000 + 105_000);
  });

  it('applies a custom upload timeout to the file’s size', async () => {
    const sizes: number[] = [];
    const server = createStubServer(
      (request) =>
        new Promise((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        ),
    );
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      timeout: {
        upload: (bytes) => {
          sizes.push(bytes);
          return 20;
        },
      },
    });
    await expect(
      client.attachments.upload(pdf, { fileName: 'a.pdf', documentCode: 'TP1' }),
    ).rejects.toMatchObject({
      name: 'DvcTimeoutError',
      timeoutMs: 20,
    });
    expect(sizes).toEqual([pdf.size]);
  });
});
