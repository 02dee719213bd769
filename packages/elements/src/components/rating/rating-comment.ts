import { type Locale, RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commentCharactersLeft } from './comment-length.js';
import { errorMessage } from './rating-controls.js';
import { commentTooLongMessage } from './rating-request.js';

/**
 * From how many characters left the count is also read out (politely, after a pause in typing): the
 * last tenth of the limit, about a sentence. Earlier, an announcement at every pause would only be
 * noise; the visible count (also the field's description) is there for whoever looks for it.
 */
export const COMMENT_ANNOUNCE_THRESHOLD = RATING_COMMENT_MAX_LENGTH / 10;

/** "Còn 12 ký tự" / "Vượt quá 3 ký tự": the comment's count, as shown under the field and read out. */
export function commentCountText(comment: string): string {
  const left = commentCharactersLeft(comment);
  if (left >= 0) {
    return left === 1
      ? msg(str`Còn ${left} ký tự`, { id: 'rating.comment-left.one' })
      : msg(str`Còn ${left} ký tự`, { id: 'rating.comment-left.other' });
  }
  const over = -left;
  return over === 1
    ? msg(str`Vượt quá ${over} ký tự`, { id: 'rating.comment-over.one' })
    : msg(str`Vượt quá ${over} ký tự`, { id: 'rating.comment-over.other' });
}

/** Whether the count of `comment` is worth reading out (see {@link COMMENT_ANNOUNCE_THRESHOLD}). */
export function shouldAnnounceCount(comment: string): boolean {
  return commentCharactersLeft(comment) <= COMMENT_ANNOUNCE_THRESHOLD;
}

/** What {@link commentField} renders. */
export interface CommentFieldOptions {
  readonly comment: string;
  /** The language of the domain's error message. */
  readonly locale: Locale;
  readonly disabled: boolean;
  /** Whether to show the too-long error (after an attempt to send or a form validation). */
  readonly showError: boolean;
  /** The polite announcement of the count; the live region is always rendered, empty by default. */
  readonly announcement: string;
  readonly onInput: (comment: string) => void;
}

/**
 * The optional comment: a label, a textarea and its count. The count never blocks typing or pasting
 * (GOV.UK's character count: cutting text off silently loses what the citizen wrote); a comment over
 * the limit is an error that keeps the rating from being sent.
 */
export function commentField(options: CommentFieldOptions): TemplateResult {
  const tooLong = commentCharactersLeft(options.comment) < 0;
  const showError = tooLong && options.showError;
  return html`<div class="field comment-field">
    <label class="legend" for="comment">
      ${msg('Ý kiến góp ý (không bắt buộc)', { id: 'rating.comment-label' })}
    </label>
    ${showError ? errorMessage('comment-error', commentTooLongMessage()?.[options.locale] ?? '') : nothing}
    <textarea
      id="comment"
      part="comment"
      rows="4"
      .value=${live(options.comment)}
      ?disabled=${options.disabled}
      aria-invalid=${showError ? 'true' : 'false'}
      aria-describedby=${showError ? 'comment-error comment-count' : 'comment-count'}
      @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p id="comment-count" part="comment-count" class="count ${tooLong ? 'over' : ''}">
      ${commentCountText(options.comment)}
    </p>
    <p class="visually-hidden" aria-live="polite">${options.announcement}</p>
  </div>`;
}
