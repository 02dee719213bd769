/**
 * Request builders for the dossier tests: valid files, a valid birth-registration dossier for the
 * seeded procedure 1.001193, and thin `fetch` wrappers. Tests change one thing at a time from these.
 */
import { randomUUID } from 'node:crypto';
import { birthRegistration as sharedBirthRegistration } from '../../../../tests/support/birth-registration.js';
import type { RunningSandbox } from '../sandbox.js';

// The procedure, the agent point and the owner the client's tests use too.
export {
  BIRTH_REGISTRATION,
  OWNER,
  VNPOST_AGENT_POINT,
} from '../../../../tests/support/birth-registration.js';

import type { Attachment, DossierCreate } from './dossier-types.js';

/** A Center location that returns results. */
export const HEAD_OFFICE = 'loc-head-office';
/** The origin the test embed tokens are bound to (allowed by the default configuration). */
export const TEST_ORIGIN = 'http://localhost:5173';

/** A file that starts like a PDF: the magic bytes are all the sandbox checks. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The 8-byte PNG signature followed by an IHDR chunk header. */
export const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** The Authorization header of a credential. */
export function bearer(credential: string): Record<string, string> {
  return { authorization: `Bearer ${credential}` };
}

/** Uploads a file as multipart/form-data. */
export async function upload(
  sandbox: RunningSandbox,
  credential: string,
  options: { content?: Uint8Array; fileName?: string; type?: string; documentCode?: string } = {},
): Promise<Response> {
  const form = new FormData();
  const content = options.content ?? PDF_BYTES;
  form.append(
    'file',
    new Blob([new Uint8Array(content)], { type: options.type ?? 'application/pdf' }),
    options.fileName ?? 'to-khai.pdf',
  );
  if (options.documentCode !== undefined) form.append('documentCode', options.documentCode);
  return fetch(`${sandbox.url}/v1/attachments`, { method: 'POST', headers: bearer(credential), body: form });
}

/** Uploads a file and returns the stored attachment (throws unless 201). */
export async function uploadOk(
  sandbox: RunningSandbox,
  credential: string,
  options: Parameters<typeof upload>[2] = {},
): Promise<Attachment> {
  const response = await upload(sandbox, credential, options);
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Attachment;
}

/**
 * A valid birth-registration dossier answering TP1 and TP2 with the given attachments — the one the
 * client's tests build (`tests/support/birth-registration.ts`), filed and returned at the head office.
 */
export function birthRegistration(
  attachments: { tp1: string; tp2: string },
  overrides: Partial<DossierCreate> = {},
): DossierCreate {
  return sharedBirthRegistration(attachments, {
    delivery: { method: 'AT_LOCATION', locationId: HEAD_OFFICE },
    receivingLocationId: HEAD_OFFICE,
    ...overrides,
  });
}

/** Uploads the two required files of a birth registration. */
export async function birthRegistrationFiles(
  sandbox: RunningSandbox,
  credential: string,
): Promise<{ tp1: string; tp2: string }> {
  const [tp1, tp2] = await Promise.all([
    uploadOk(sandbox, credential, { documentCode: 'TP1' }),
    uploadOk(sandbox, credential, { content: PNG_BYTES, fileName: 'giay-chung-sinh.png', type: 'image/png' }),
  ]);
  return { tp1: tp1.id, tp2: tp2.id };
}

/** `POST /v1/dossiers` with a JSON body (a string is sent as it is) and an Idempotency-Key. */
export function submit(
  sandbox: RunningSandbox,
  credential: string,
  body: unknown,
  key: string | null = randomUUID(),
): Promise<Response> {
  return fetch(`${sandbox.url}/v1/dossiers`, {
    method: 'POST',
    headers: {
      ...bearer(credential),
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A JSON request to the sandbox. */
export function request(
  sandbox: RunningSandbox,
  method: 'GET' | 'POST',
  path: string,
  options: { credential?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      ...(options.credential ? bearer(options.credential) : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
}
