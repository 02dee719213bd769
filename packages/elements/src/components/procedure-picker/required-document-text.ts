import { msg, str } from '@lit/localize';
import type { RequiredDocument } from './procedure-types.js';

// The words of one document of a procedure's checklist, in the current locale. Apart from
// `procedure-text.ts` because only the detail view (loaded on demand) says them: the list's first
// download leaves them out.

/** How many originals and copies to bring: "1 bản chính, 2 bản sao"; empty when neither. */
export function documentCountText(document: RequiredDocument): string {
  const parts: string[] = [];
  const originals = String(document.originals);
  const copies = String(document.copies);
  if (document.originals > 0) {
    parts.push(
      document.originals === 1
        ? msg(str`${originals} bản chính`, { id: 'picker.originals.one' })
        : msg(str`${originals} bản chính`, { id: 'picker.originals.other' }),
    );
  }
  if (document.copies > 0) {
    parts.push(
      document.copies === 1
        ? msg(str`${copies} bản sao`, { id: 'picker.copies.one' })
        : msg(str`${copies} bản sao`, { id: 'picker.copies.other' }),
    );
  }
  return parts.join(', ');
}

/** "Nộp bản điện tử" (uploaded with the dossier) or "Xuất trình bản chính" (shown at the counter). */
export function submissionText(document: RequiredDocument): string {
  return document.submission === 'UPLOAD'
    ? msg('Nộp bản điện tử', { id: 'picker.submission.upload' })
    : msg('Xuất trình bản chính', { id: 'picker.submission.show-only' });
}
