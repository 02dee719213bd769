// The owner's ID-number step of <dvc-rating>, which the element loads on demand
// (`import('./rating-identify.js')`) when the app has not given the number: the citizen's own-device
// page opened from a QR code, and the counter's hand-over. With `owner-personal-id` the element never
// downloads the step, nor `validatePersonalId` and its messages in two languages.
import { type LocalizedText, validatePersonalId } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorMessage } from './rating-controls.js';

/** The typed number normalised, or the message of what is wrong with it. */
export type PersonalIdCheck =
  | { readonly ok: true; readonly personalId: string }
  | { readonly ok: false; readonly message: LocalizedText | undefined };

/**
 * Checks the whole ID number the citizen typed, as everywhere else (the last digits would prove
 * nothing): `validatePersonalId`, its first error (or first issue) when it fails.
 *
 * @example
 * checkPersonalId('001 190 024 817'); // { ok: true, personalId: '001190024817' }
 */
export function checkPersonalId(typed: string): PersonalIdCheck {
  const result = validatePersonalId(typed);
  if (result.ok) return { ok: true, personalId: result.value };
  const issue = result.issues.find((candidate) => candidate.severity === 'error') ?? result.issues[0];
  return { ok: false, message: issue?.message };
}

/** What {@link renderIdentify} renders. */
export interface IdentifyOptions {
  /** The dossier being rated, shown so that the citizen knows which one. */
  readonly code: string;
  /** At a counter, after the agent handed the device over: the step says so. */
  readonly handover: boolean;
  /** What the citizen has typed. */
  readonly typed: string;
  /** Why the last number was refused, if it was. */
  readonly error: string | undefined;
  readonly disabled: boolean;
  /** Ends a counter's hand-over (`rating-counter.ts`); `nothing` elsewhere. */
  readonly cancelButton: TemplateResult | typeof nothing;
  readonly onInput: (typed: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The step that asks the dossier owner's 12-digit ID number, which proves that the rater is the
 * citizen: a title (focused when the step opens), the dossier's code, the field with its hint and
 * error, and "Tiếp tục". `novalidate`: the element checks with {@link checkPersonalId}.
 */
export function renderIdentify(options: IdentifyOptions): TemplateResult {
  const { error } = options;
  const describedBy = error === undefined ? 'personal-id-hint' : 'personal-id-error personal-id-hint';
  return html`<form class="view" novalidate @submit=${options.onSubmit}>
    <p class="title" tabindex="-1" data-view-focus>
      ${
        options.handover
          ? msg('Mời Ông/Bà tự đánh giá', { id: 'rating.handover-title' })
          : msg('Xác nhận chủ hồ sơ', { id: 'rating.identify-title' })
      }
    </p>
    ${
      options.handover
        ? html`<p>${msg('Cán bộ đã đưa thiết bị cho Ông/Bà. Chỉ chủ hồ sơ tự đánh giá.', { id: 'rating.handover-intro' })}</p>`
        : nothing
    }
    <p>${msg(str`Mã hồ sơ: ${options.code}`, { id: 'rating.dossier-code' })}</p>
    <div class="field">
      <label class="legend" for="personal-id">${msg('Số định danh cá nhân', { id: 'rating.personal-id-label' })}</label>
      <p id="personal-id-hint" class="hint">
        ${msg('Nhập đủ 12 số trên thẻ căn cước của chủ hồ sơ.', { id: 'rating.personal-id-hint' })}
      </p>
      ${error === undefined ? nothing : errorMessage('personal-id-error', error)}
      <input
        id="personal-id"
        part="personal-id"
        class="text-input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${describedBy}
        ?disabled=${options.disabled}
        .value=${live(options.typed)}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />
    </div>
    <div class="actions">
      <button part="continue-button" class="button" type="submit" ?disabled=${options.disabled}>
        ${msg('Tiếp tục', { id: 'rating.continue' })}
      </button>
      ${options.cancelButton}
    </div>
  </form>`;
}
