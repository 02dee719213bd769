import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong entity tag of a serialised body: the same bytes, the same tag, on any server. */
export function strongEtagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether `If-None-Match` names the current representation. RFC 9110 §13.1.2 compares weakly here,
 * so `W/"x"` matches `"x"`; `*` matches any representation.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends `body` as JSON with a strong `ETag`, or `304 Not Modified` with no body when the request's
 * `If-None-Match` already names it. The body is serialised here (not by Fastify) so the tag is the
 * hash of exactly the bytes sent.
 *
 * @example
 * return sendWithEtag(request, reply, procedure);
 */
export function sendWithEtag(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const json = JSON.stringify(body);
  const etag = strongEtagOf(json);
  reply.header('ETag', etag);
  if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}
