import type { MediaType } from '../seed/seed-types.js';

/**
 * The signatures of the accepted file types. The declared content type and the file name are the
 * sender's claims; the first bytes are what a viewer will actually open, so they decide.
 */
const SIGNATURES: readonly { mediaType: MediaType; bytes: readonly number[] }[] = [
  // "%PDF-" (ISO 32000-1, 7.5.2: the header line starts every PDF file).
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // SOI marker FF D8 followed by the first segment's FF (JPEG/JFIF/Exif).
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  // The 8-byte PNG signature (RFC 2083, 3.1).
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * The media type of a file judged by its first bytes, or `undefined` when it is none of PDF, JPEG, PNG.
 *
 * @example
 * detectMediaType(Buffer.from('%PDF-1.7\n…')); // 'application/pdf'
 * detectMediaType(Buffer.from('just text')); // undefined
 */
export function detectMediaType(content: Uint8Array): MediaType | undefined {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => content[index] === byte))?.mediaType;
}

/** The file extension for a media type, for uploads that come without a usable file name. */
export function extensionOf(mediaType: MediaType): string {
  switch (mediaType) {
    case 'application/pdf':
      return 'pdf';
    case 'image/jpeg':
      return 'jpg';
    case 'image/png':
      return 'png';
  }
}
