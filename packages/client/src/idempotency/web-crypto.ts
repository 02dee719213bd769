// Web Crypto exists only in secure contexts (HTTPS, localhost): say so instead of a bare TypeError.
function webCrypto(): Crypto {
  const crypto = globalThis.crypto;
  if (!crypto?.subtle) {
    throw new Error('dvc-kit needs Web Crypto (crypto.subtle): serve the page over HTTPS or from localhost.');
  }
  return crypto;
}

/** A random UUID v4, for idempotency keys and outbox ids. */
export const randomId = (): string => webCrypto().randomUUID();

/** The SHA-256 of `text` (UTF-8) as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await webCrypto().subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
