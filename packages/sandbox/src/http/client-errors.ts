import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { handleError } from './error-handler.js';
import { problemBody } from './problem.js';

/**
 * Answers what the router refuses before any route runs — an undecodable path (`/v1/procedures/%FF`),
 * a path parameter over the router's length limit — as problem+json. Route hooks do not run for these,
 * so the request id header is set here.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  reply.header('X-Request-Id', request.id);
  return handleError(error, request, reply);
}

/** What Node's HTTP parser reports for a request it cannot even read. */
function detailOf(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      // Node's limit on the request line and headers together (--max-http-header-size, 16 KB by default).
      return 'The URL and headers together are too large (over 16 KB); send long input in a body instead.';
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 'The request was not received in time.';
    default:
      return 'The request is not valid HTTP.';
  }
}

/**
 * Answers a request that Node's HTTP parser refused before Fastify saw it (an oversized URL, broken
 * framing) with a problem+json 400, like every other error, instead of the framework's plain JSON.
 * The connection is closed afterwards: after a parse error the stream position is unknown.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const requestId = `req_${randomUUID().replaceAll('-', '')}`;
    const body = JSON.stringify(problemBody('malformed-request', detailOf(error), { requestId }));
    socket.write(
      [
        'HTTP/1.1 400 Bad Request',
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy();
}
