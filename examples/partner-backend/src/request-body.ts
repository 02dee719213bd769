import type { IncomingMessage } from 'node:http';
import { PartnerProblem } from './problem.js';

/**
 * The largest JSON body this backend reads. The biggest it expects is the sign-in form (a staff id, a
 * name of at most 100 characters, an agent point id): a few hundred bytes. 8 KB is ample.
 */
const JSON_BODY_LIMIT_BYTES = 8 * 1024;

/** Reads the raw body, refusing more than `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    throw new PartnerProblem('payload-too-large', `The body is over ${limit} bytes.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PartnerProblem('payload-too-large', `The body is over ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON object body (`application/json`), NFC-normalising every string in it. */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    request.resume();
    throw new PartnerProblem('unsupported-media-type', `Send application/json, not "${type}".`);
  }
  const text = (await readBody(request, JSON_BODY_LIMIT_BYTES)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, item: unknown) =>
      typeof item === 'string' ? item.normalize('NFC') : item,
    );
  } catch {
    throw new PartnerProblem('malformed-request', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PartnerProblem('malformed-request', 'The body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
