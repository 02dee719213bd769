import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The content types of what the examples serve. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file under `root` that a URL path below a mount point names (`''` or a path ending in `/` is the
 * folder's `index.html`), or `undefined` when the path leaves the folder, names a hidden file or has
 * an extension this server does not serve.
 */
export function resolveStaticPath(root: string, relativeUrlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativeUrlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const withIndex = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = withIndex.split('/');
  // No `..` and no dotfiles: the folders hold source next to what they serve.
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const file = normalize(join(root, ...segments));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!(extname(file) in CONTENT_TYPES)) return undefined;
  return file;
}

/**
 * Sends a file with its content type; `false` when there is no such file (the caller answers 404).
 * `no-cache`: a developer who rebuilds sees the new bundle at the next reload.
 */
export async function sendFile(
  response: ServerResponse,
  file: string,
  headers: Readonly<Record<string, string>>,
  method: string,
): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
  } catch {
    return false;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    ...headers,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(body.length),
    'cache-control': 'no-cache',
  });
  response.end(method === 'HEAD' ? undefined : body);
  return true;
}
