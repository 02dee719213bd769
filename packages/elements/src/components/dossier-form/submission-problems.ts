// What the form shows when a submission did not go through: loaded with the submission (see
// `submission-part.ts`).
import { isDvcApiError } from '@dvc-kit/client';
import type { Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { errorText } from '../../base/client-error.js';
import type { FormMessage } from './form-message.js';
import type { DossierCreate, RequiredDocument } from './form-types.js';
import { type MappedServerErrors, mapServerErrors } from './server-errors.js';
import type { SubmissionResult } from './submission.js';

/**
 * A 422's field errors sorted into the form's fields and the rest (see {@link mapServerErrors}), or
 * `undefined` when `error` carries none: the form then shows {@link submitProblem}.
 */
export function serverFieldErrors(
  error: unknown,
  body: DossierCreate,
  documents: readonly RequiredDocument[],
  isField: (pointer: string) => boolean,
): MappedServerErrors | undefined {
  if (!isDvcApiError(error) || error.errors.length === 0) return undefined;
  return mapServerErrors(error.errors, body, documents, isField);
}

/**
 * Why a submission did not go through, above the submit button: refused (nothing was created; the
 * corrected dossier goes with a new key), or no definite answer (pressing again sends the same dossier
 * with the same key, so it is not filed twice). Re-worded at each render: the server's message comes in
 * both languages.
 *
 * @param locale The form's locale when the message is shown.
 */
export function submitProblem(
  result: Extract<SubmissionResult, { kind: 'rejected' | 'failed' }>,
  locale: () => Locale,
): FormMessage {
  const detail = () => errorText(result.error, locale()) ?? '';
  if (result.kind === 'rejected') {
    return () => {
      const reason = detail();
      return msg(str`Chưa nộp được hồ sơ. ${reason}`, { id: 'form.submit-rejected' });
    };
  }
  return () => {
    const reason = detail();
    return msg(
      str`Chưa rõ hồ sơ đã được gửi chưa. ${reason} Bấm “Nộp hồ sơ” để thử lại: hồ sơ sẽ không bị nộp trùng.`,
      { id: 'form.submit-failed' },
    );
  };
}
