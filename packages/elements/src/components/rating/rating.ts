import type { DossierRating, DossierRatingCreate, DossierStatusView, LocationRating } from '@dvc-kit/client';
import {
  type DossierStatus,
  isDossierStatus,
  type LocalizedText,
  type OfficialIndexKey,
  SATISFACTION_LEVELS,
} from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buttonStyles } from '../../base/button-styles.js';
import type { DvcClient } from '../../base/client-context.js';
import { apiErrorKind, errorText } from '../../base/client-error.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { LazyPart, settleLazyParts } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import { commentCharactersLeft } from './comment-length.js';
import { ratingStyles } from './rating.styles.js';
import { commentCountText, commentField, shouldAnnounceCount } from './rating-comment.js';
import { radioGroup } from './rating-controls.js';
import type * as CounterPart from './rating-counter.js';
import { isRatableStatus, isRatingKind, type RatingKind, ratingValues } from './rating-kind.js';
import {
  dossierRatingRequest,
  missingLevelMessage,
  type RatingIssue,
  type RatingSelection,
} from './rating-request.js';

/** `detail` of `dvc-rating-submitted`: the rating as the server stored it. */
export type DvcRatingSubmittedDetail = DossierRating | LocationRating;

/** What the element shows. */
type View = 'choose' | 'phone' | 'identify' | 'rate' | 'done';

/** Whether the dossier can be rated now, as far as the element knows. */
type Eligibility = 'open' | 'checking' | 'not-ready' | 'check-failed';

/** A failure to show in the alert region, worded at render time so a locale switch re-words it. */
type Problem =
  | { readonly kind: 'send-failed'; readonly error: unknown }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly message: LocalizedText };

/**
 * How long the comment's count waits after the last keystroke before it is read out: a screen reader
 * then speaks it once, in a pause, instead of interrupting every burst of typing.
 */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

// What the element moves focus to after a step the citizen took (a view's title, a field in error).
const VIEW_FOCUS = '[data-view-focus], input:not(:disabled)';

/**
 * The citizen rates the service: a dossier on the official 3-level scale (Rất hài lòng / Hài lòng /
 * Không hài lòng, with reasons when unhappy, an optional comment and, in `full` mode, the official
 * indices), or an agent point with 1–5 stars.
 *
 * A dossier can be rated once, when its result is ready or returned: give its `status`, or its
 * `dossier-code` and `owner-personal-id` and a client, and the element looks the status up. Without
 * `owner-personal-id` the citizen types their ID number first. Only the citizen rates: in `counter`
 * mode the agent either hands the device over (the citizen then types their own ID number; sent with
 * `via: 'COUNTER_HANDOVER'`) or shows a QR code of `rating-url` so the citizen rates on their own phone.
 *
 * It is also a form control (form-associated): inside a `<form>` its `name` submits the chosen level
 * (or the stars as a digit); `required`, `disabled`, a disabled `<fieldset>`, `form.reset()` and
 * validation work as with native inputs, and it fires `input` and `change` when the citizen changes
 * the choice (never for changes made by script).
 *
 * What only some pages need loads on demand, so that a citizen rating a dossier on their own device
 * downloads none of it: the counter's steps, the ID-number step, the stars, the reasons for
 * dissatisfaction (once "Không hài lòng" is chosen), the official indices and the notice of a dossier
 * that cannot be rated yet. The status line says "Đang tải…" meanwhile, and `updateComplete` resolves
 * once they are drawn.
 *
 * @summary The citizen's satisfaction rating of a dossier, or stars for an agent point.
 * @tagname dvc-rating
 *
 * @attr {boolean} disabled - Disables every control, and leaves the value out of form submission.
 *
 * @event {Event} input - The citizen changed the chosen level or stars.
 * @event {Event} change - The citizen changed the chosen level or stars.
 * @event {CustomEvent<DvcRatingSubmittedDetail>} dvc-rating-submitted - The rating was sent through the
 *   client and stored; `detail` is the stored `DossierRating` or `LocationRating`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite status line ("Sending…", "Loading…").
 * @csspart alert - The region where failures are announced.
 * @csspart levels - The group of the three satisfaction levels.
 * @csspart stars - The group of the five stars.
 * @csspart option - One level, star or answer (a label around a native radio button).
 * @csspart reasons - The group of reasons for dissatisfaction.
 * @csspart chip - One reason (a label around a native checkbox).
 * @csspart indices - The official indices (`full` mode).
 * @csspart index - One official index.
 * @csspart comment - The comment's textarea.
 * @csspart comment-count - The characters left for the comment.
 * @csspart error-message - An error shown next to its control.
 * @csspart notice - Why the rating cannot be given now.
 * @csspart submit-button - "Gửi đánh giá".
 * @csspart cancel-button - Ends a counter hand-over without rating.
 * @csspart handover-button - Counter mode: hand the device to the citizen.
 * @csspart phone-button - Counter mode: show the QR code for the citizen's own phone.
 * @csspart qr-code - The QR code of the rating page.
 * @csspart rating-link - The rating page's link under the QR code.
 * @csspart back-button - Back to the counter's choice.
 * @csspart personal-id - The owner's ID number field.
 * @csspart continue-button - Confirms the ID number.
 * @csspart retry-button - Retries a failed status check.
 * @csspart message - The closing message (thank you, or already rated).
 *
 * @cssproperty --dvc-rating-selected-color - The outline of the chosen option. Default: `--dvc-color-primary`.
 * @cssproperty --dvc-rating-star-color - The fill of chosen stars. Default: `--dvc-color-accent`.
 *
 * @example
 * <dvc-rating dossier-code="000.00.24.H26-251127-0001" counter
 *   rating-url="https://dvc.example.vn/danh-gia?code={code}"></dvc-rating>
 * <dvc-rating kind="agent-point" location-id="loc-agent-vnpost-01"></dvc-rating>
 */
export class DvcRating extends DvcElement {
  /** Makes the element a form control (`ElementInternals`). */
  static readonly formAssociated = true;

  // Focusing the host (a label, the form's validation) focuses the first control inside.
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [hostStyles, buttonStyles, ratingStyles];

  /** `dossier` (default): the 3-level satisfaction scale; `agent-point`: 1–5 stars. */
  @property({ reflect: true })
  kind: RatingKind = 'dossier';

  /** The dossier to rate (dossier kind), or the dossier the agent-point visit was for. */
  @property({ attribute: 'dossier-code' })
  dossierCode: string | undefined;

  /**
   * The owner's 12-digit ID number, which proves the rater is the citizen. Without it the citizen types
   * it. Ignored in `counter` mode, where the citizen always types their own.
   */
  @property({ attribute: 'owner-personal-id' })
  ownerPersonalId: string | undefined;

  /**
   * The dossier's status, when the app knows it: the rating opens at `RESULT_READY` and `RETURNED`.
   * Without it the element looks it up (`client.dossiers.lookup`) once it knows code and ID number.
   */
  @property()
  status: DossierStatus | undefined;

  /** Full mode: also asks the official satisfaction indices. */
  @property({ type: Boolean, reflect: true })
  full = false;

  /** The agent point to rate (agent-point kind), e.g. `loc-agent-vnpost-01`. */
  @property({ attribute: 'location-id' })
  locationId: string | undefined;

  /**
   * Counter mode: the page where the citizen rates on their own phone, with `{code}` where the
   * URL-encoded dossier code goes, e.g. `https://dvc.example.vn/danh-gia?code={code}`. Only the code
   * goes in, never the ID number. Without it the counter offers the hand-over only.
   */
  @property({ attribute: 'rating-url' })
  ratingUrl: string | undefined;

  /** The name the value is submitted under in a `<form>`. */
  @property({ reflect: true })
  name: string | undefined;

  /** A form with this element cannot be submitted until a level (or stars) is chosen. */
  @property({ type: Boolean, reflect: true })
  required = false;

  /**
   * Disables every control, and leaves the value out of form submission. The attribute itself is the
   * state, as on native inputs: the browser reports it, and a disabled `<fieldset>` around the element,
   * through `formDisabledCallback`, even while a render is in progress.
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', Boolean(disabled));
  }

  private selected = '';

  /**
   * The chosen level (`VERY_SATISFIED`, `SATISFIED`, `DISSATISFIED`) or stars (`'1'`…`'5'`); `''` when
   * none. Setting it selects without firing events; a value off the scale is dropped with a warning.
   * The `value` attribute is the initial choice that `form.reset()` returns to.
   */
  @property()
  get value(): string {
    return this.selected;
  }
  set value(next: string) {
    this.selected = next == null ? '' : String(next);
    this.syncFormState();
  }

  @state() private reasons: readonly string[] = [];
  @state() private comment = '';
  @state() private indices: Partial<Record<OfficialIndexKey, string>> = {};
  @state() private counterStep: CounterPart.CounterStep = 'choose';
  @state() private typedPersonalId = '';
  @state() private confirmedPersonalId: string | undefined;
  @state() private personalIdError: string | undefined;
  @state() private outcome: 'submitted' | 'already-rated' | undefined;
  @state() private serverSaysNotReady = false;
  @state() private sending = false;
  @state() private problem: Problem | undefined;
  @state() private showErrors = false;
  // Whether the citizen tried to send: a missing choice is an error then, even when not `required`.
  @state() private attempted = false;
  @state() private formDisabled = false;
  @state() private countAnnouncement = '';

  // Parts loaded on demand (each module's header says when): a page that never shows one never
  // downloads it. The QR encoder loads once a counter can offer the citizen's own phone.
  private readonly counterPart = new LazyPart(this, () => import('./rating-counter.js'));
  private readonly starsPart = new LazyPart(this, () => import('./rating-stars.js'));
  private readonly indicesPart = new LazyPart(this, () => import('./rating-indices.js'));
  private readonly reasonsPart = new LazyPart(this, () => import('./rating-reasons.js'));
  private readonly identifyPart = new LazyPart(this, () => import('./rating-identify.js'));
  private readonly noticePart = new LazyPart(this, () => import('./rating-notice.js'));
  private readonly qrCodePart = new LazyPart(this, () => import('../receipt/qr-code.js'));

  private readonly internals = this.attachInternals();
  private readonly warnings = new Set<string>();
  private inFlight: Promise<DvcRatingSubmittedDetail | undefined> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingFocus: string | undefined;
  private ratingPageUrl: string | undefined;

  private readonly lookup = new Task(this, {
    args: () => [this.lookupCode, this.lookupPersonalId, this.activeClient] as const,
    task: async ([code, ownerPersonalId, client], { signal }) => {
      if (code === undefined || ownerPersonalId === undefined || client === undefined) return initialState;
      return client.dossiers.lookup({ code, ownerPersonalId }, { signal });
    },
    onComplete: (view: DossierStatusView) => {
      if (view.rated) this.finish('already-rated', { focus: false });
    },
    onError: (error) => {
      // A typed ID number that does not match: let the citizen type it again.
      if (apiErrorKind(error) === 'not-found' && this.confirmedPersonalId !== undefined) {
        this.confirmedPersonalId = undefined;
        this.personalIdError = this.notFoundText();
      }
    },
  });

  constructor() {
    super();
    // A form's validation (submit, checkValidity, reportValidity) shows the inline errors too.
    this.addEventListener('invalid', () => {
      this.showErrors = true;
    });
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state, as on native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The localised message of the current validation error, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in form validation (not when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Checks validity; fires `invalid` and returns `false` when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity and, when invalid, shows the problem to the citizen. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Sends the rating through the client, like the "Gửi đánh giá" button: resolves with the stored
   * rating (and fires `dvc-rating-submitted`), or `undefined` when it was not sent — nothing chosen,
   * a field in error (shown), the dossier not ready or already rated, or the server refused (shown).
   * A second call while sending shares the first one's answer.
   */
  submit(): Promise<DvcRatingSubmittedDetail | undefined> {
    this.inFlight ??= this.send().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** @internal Form-associated callback: a `<form>` was reset. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.reasons = [];
    this.comment = '';
    this.indices = {};
    this.showErrors = false;
    this.attempted = false;
    this.countAnnouncement = '';
    this.syncFormState();
  }

  /** @internal Form-associated callback: `disabled` or an ancestor `<fieldset disabled>` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Form-associated callback: the browser restores the value (back navigation, autofill). */
  formStateRestoreCallback(restored: unknown): void {
    if (typeof restored === 'string') this.value = restored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /**
   * Resolves when the element has rendered, with the parts it loads on demand (`await
   * element.updateComplete` then sees the counter's steps, the stars, the reasons, the indices…).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    const parts = [
      this.counterPart,
      this.identifyPart,
      this.starsPart,
      this.indicesPart,
      this.reasonsPart,
      this.noticePart,
      this.qrCodePart,
    ];
    return settleLazyParts(parts, () => super.getUpdateComplete());
  }

  private get effectiveKind(): RatingKind {
    return isRatingKind(this.kind) ? this.kind : 'dossier';
  }

  /** The value if it is on the current scale, else `''`. */
  private get effectiveValue(): string {
    return ratingValues(this.effectiveKind).includes(this.selected) ? this.selected : '';
  }

  private get code(): string | undefined {
    return this.dossierCode?.normalize('NFC').trim() || undefined;
  }

  private get givenStatus(): DossierStatus | undefined {
    return isDossierStatus(this.status) ? this.status : undefined;
  }

  private get counterFlow(): boolean {
    return this.counter && this.effectiveKind === 'dossier' && this.code !== undefined;
  }

  /** The ID number that goes with the rating: typed at the counter, else the app's, else typed. */
  private get personalId(): string | undefined {
    if (this.counterFlow) return this.confirmedPersonalId;
    return this.ownerPersonalId?.normalize('NFC').trim() || this.confirmedPersonalId;
  }

  private get lookupCode(): string | undefined {
    if (this.effectiveKind !== 'dossier' || this.givenStatus !== undefined) return undefined;
    return this.outcome === undefined ? this.code : undefined;
  }

  private get lookupPersonalId(): string | undefined {
    return this.lookupCode === undefined ? undefined : this.personalId;
  }

  private get eligibility(): Eligibility {
    if (this.effectiveKind !== 'dossier') return 'open';
    if (this.serverSaysNotReady) return 'not-ready';
    const status = this.knownStatus;
    if (status !== undefined) return isRatableStatus(status) ? 'open' : 'not-ready';
    if (this.lookupCode === undefined || this.lookupPersonalId === undefined || !this.activeClient)
      return 'open';
    return this.lookup.status === TaskStatus.ERROR ? 'check-failed' : 'checking';
  }

  private get knownStatus(): DossierStatus | undefined {
    if (this.givenStatus !== undefined) return this.givenStatus;
    return this.lookup.status === TaskStatus.COMPLETE ? this.lookup.value?.status : undefined;
  }

  private get view(): View {
    if (this.outcome !== undefined) return 'done';
    if (this.effectiveKind !== 'dossier' || this.code === undefined) return 'rate';
    if (this.givenStatus !== undefined && !isRatableStatus(this.givenStatus)) return 'rate';
    if (this.counterFlow && this.counterStep !== 'handover') return this.counterStep;
    return this.personalId === undefined ? 'identify' : 'rate';
  }

  /** Controls are disabled: the dossier cannot be rated now, or the form disables the element. */
  private get locked(): boolean {
    return this.formDisabled || this.eligibility !== 'open';
  }

  /** The parts loaded on demand that the current view draws. */
  private get viewParts(): readonly LazyPart<unknown>[] {
    const view = this.view;
    const parts: LazyPart<unknown>[] = [];
    if (view === 'done') return parts;
    if (this.counterFlow) parts.push(this.counterPart);
    if (view === 'identify') parts.push(this.identifyPart);
    if (view !== 'rate') return parts;
    const eligibility = this.eligibility;
    if (eligibility === 'not-ready' || eligibility === 'check-failed') parts.push(this.noticePart);
    if (this.effectiveKind === 'agent-point') {
      parts.push(this.starsPart);
    } else {
      if (this.full) parts.push(this.indicesPart);
      if (this.effectiveValue === 'DISSATISFIED') parts.push(this.reasonsPart);
    }
    return parts;
  }

  private get selection(): RatingSelection {
    return {
      value: this.effectiveValue,
      reasons: this.reasons,
      comment: this.comment,
      indices: this.indices,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') && !isRatingKind(this.kind)) {
      this.warnOnce(
        `kind:${this.kind}`,
        `<dvc-rating> has an unknown kind ${JSON.stringify(this.kind)}; using dossier.`,
      );
    }
    if (changed.has('status') && this.status != null && this.givenStatus === undefined) {
      this.warnOnce(
        `status:${this.status}`,
        `<dvc-rating> ignores the unknown status ${JSON.stringify(this.status)}.`,
      );
    }
    if ((changed.has('value') || changed.has('kind')) && this.selected !== '' && this.effectiveValue === '') {
      this.warnOnce(
        `value:${this.selected}`,
        `<dvc-rating> ignores the value ${JSON.stringify(this.selected)}: it is not on the ${this.effectiveKind} scale.`,
      );
      this.selected = '';
    }
    // Another dossier, kind or mode is a new rating: start its flow afresh (the choice is kept, as an
    // app may set it together with the code).
    if (this.hasUpdated && (changed.has('dossierCode') || changed.has('kind') || changed.has('counter'))) {
      this.restartFlow();
    }
    // Start loading the parts the current view draws (each once; the element re-renders when one
    // lands), and at a counter the ID-number step that the hand-over opens next.
    for (const part of this.viewParts) part.load();
    if (this.counterFlow) this.identifyPart.load();
    const counter = this.counterFlow ? this.counterPart.load() : undefined;
    if (counter !== undefined && this.ownerPersonalId) {
      this.warnOnce('counter-personal-id', counter.IGNORED_PERSONAL_ID_WARNING);
    }
    this.ratingPageUrl = counter?.ratingPageUrl(
      this.ratingUrl,
      this.code,
      this.ownerDocument.baseURI,
      (message) => this.warnOnce(message, message),
    );
    if (this.ratingPageUrl !== undefined) this.qrCodePart.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Validity messages are localised and anchored to rendered controls: refresh them after each render.
    this.syncFormState();
    if (this.pendingFocus !== undefined && !(this.view === 'rate' && this.eligibility === 'checking')) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      // A view whose part is still loading is not drawn yet: keep the focus for when it is.
      if (target !== null || !this.viewParts.some((part) => part.status === 'loading')) {
        this.pendingFocus = undefined;
        target?.focus();
      }
    }
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} @input=${this.stopInnerInput}>
      <p part="status" class="status" role="status">${this.statusText()}</p>
      ${this.renderView()}
      <div part="alert" class="alert" role="alert">${this.renderProblem()}</div>
    </div>`;
  }

  /** What the polite status line says: sending, or a part of the view on its way. */
  private statusText(): string | typeof nothing {
    if (this.sending) return msg('Đang gửi đánh giá…', { id: 'rating.sending' });
    return this.viewParts.some((part) => part.status === 'loading')
      ? msg('Đang tải…', { id: 'rating.loading' })
      : nothing;
  }

  private renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view === 'done') return this.renderDone();
    // At a counter every step has the counter's parts: wait for them (the status line says so).
    const counter = this.counterFlow ? this.counterPart.load() : undefined;
    if (this.counterFlow && counter === undefined) return nothing;
    if (view === 'identify') return this.renderIdentify(counter);
    if (view === 'rate') return this.renderRate(counter);
    return (
      counter?.renderCounterStep({
        step: view,
        url: this.ratingPageUrl,
        renderQrCode: this.qrCodePart.load()?.renderQrCode,
        disabled: this.formDisabled,
        onStep: (step) => this.onCounterStep(step),
      }) ?? nothing
    );
  }

  private renderIdentify(counter: typeof CounterPart | undefined): TemplateResult | typeof nothing {
    return (
      this.identifyPart.load()?.renderIdentify({
        code: this.code ?? '',
        handover: counter !== undefined,
        typed: this.typedPersonalId,
        error: this.personalIdError,
        disabled: this.formDisabled,
        cancelButton: counter?.renderCancelButton(() => this.onCounterStep('choose')) ?? nothing,
        onInput: (typed) => {
          this.typedPersonalId = typed;
        },
        onSubmit: (event) => this.onConfirmPersonalId(event),
      }) ?? nothing
    );
  }

  private renderRate(counter: typeof CounterPart | undefined): TemplateResult | typeof nothing {
    const stars = this.effectiveKind === 'agent-point' ? this.starsPart.load() : undefined;
    // The stars are the whole question: wait for them (the status line says so).
    if (this.effectiveKind === 'agent-point' && stars === undefined) return nothing;
    const locked = this.locked;
    const notice = this.renderNotice();
    const describedBy = notice === nothing ? undefined : 'notice';
    const canSend =
      this.effectiveKind === 'dossier' ? this.code !== undefined : Boolean(this.locationId?.trim());
    return html`<div class="view" @focusin=${this.onRateFocus}>
      ${notice}
      ${
        stars === undefined
          ? this.renderLevels(locked, describedBy)
          : stars.renderStars({
              selected: this.effectiveValue,
              disabled: locked,
              describedBy,
              error: this.valueMissing ? this.missingStarsText() : undefined,
              onSelect: (value) => this.onValueSelect(value),
            })
      }
      ${this.effectiveKind === 'dossier' && this.effectiveValue === 'DISSATISFIED' ? this.renderReasons(locked) : nothing}
      ${this.effectiveKind === 'dossier' && this.full ? this.renderIndices(locked) : nothing}
      ${commentField({
        comment: this.comment,
        locale: this.locale,
        disabled: locked,
        showError: this.showErrors,
        announcement: this.countAnnouncement,
        onInput: (comment) => this.onCommentInput(comment),
      })}
      ${
        canSend
          ? html`<div class="actions">
              <button part="submit-button" class="button" type="button" ?disabled=${locked} aria-describedby=${describedBy ?? nothing} @click=${this.onSendClick}>
                ${msg('Gửi đánh giá', { id: 'rating.send' })}
              </button>
              ${this.counterStep === 'handover' ? (counter?.renderCancelButton(() => this.onCounterStep('choose')) ?? nothing) : nothing}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const eligibility = this.eligibility;
    if (eligibility === 'open') return nothing;
    if (eligibility === 'checking') {
      return html`<div part="notice" class="notice">
        <p id="notice" tabindex="-1" data-view-focus>${msg('Đang kiểm tra hồ sơ…', { id: 'rating.checking' })}</p>
      </div>`;
    }
    // The controls stay disabled while the notice loads (the status line says so).
    return (
      this.noticePart.load()?.renderNotice({
        reason: eligibility,
        status: this.knownStatus,
        error: this.lookup.error,
        locale: this.locale,
        notFoundText: this.notFoundText(),
        onRetry: () => this.onRetryLookup(),
      }) ?? nothing
    );
  }

  /** Whether to show that no level (or no star) is chosen: after a try to send, or a form's validation. */
  private get valueMissing(): boolean {
    return this.showErrors && this.effectiveValue === '' && (this.required || this.attempted);
  }

  private renderLevels(locked: boolean, describedBy: string | undefined): TemplateResult {
    return radioGroup({
      name: 'level',
      part: 'levels',
      legend: msg('Ông/Bà có hài lòng với việc giải quyết hồ sơ không?', { id: 'rating.levels-legend' }),
      choices: SATISFACTION_LEVELS.map((level) => ({ value: level.key, label: level.label[this.locale] })),
      selected: this.effectiveValue,
      disabled: locked,
      describedBy,
      error: this.valueMissing ? missingLevelMessage()?.[this.locale] : undefined,
      onSelect: (value) => this.onValueSelect(value),
    });
  }

  private renderReasons(locked: boolean): TemplateResult | typeof nothing {
    return (
      this.reasonsPart.load()?.renderReasons({
        locale: this.locale,
        checked: this.reasons,
        disabled: locked,
        onToggle: (reason, checked) => {
          this.reasons = checked
            ? [...this.reasons, reason]
            : this.reasons.filter((candidate) => candidate !== reason);
        },
      }) ?? nothing
    );
  }

  private renderIndices(locked: boolean): TemplateResult | typeof nothing {
    return (
      this.indicesPart.load()?.renderIndices({
        locale: this.locale,
        answers: this.indices,
        disabled: locked,
        onAnswer: (index, answer) => {
          this.indices = { ...this.indices, [index]: answer };
        },
      }) ?? nothing
    );
  }

  private renderDone(): TemplateResult {
    const dossier = this.effectiveKind === 'dossier';
    return html`<div part="message" class="view done">
      <p class="title" tabindex="-1" data-view-focus>
        ${
          this.outcome === 'already-rated'
            ? msg('Hồ sơ này đã được đánh giá.', { id: 'rating.already-rated' })
            : msg('Cảm ơn Ông/Bà đã đánh giá.', { id: 'rating.thanks' })
        }
      </p>
      ${dossier ? html`<p>${msg('Mỗi hồ sơ chỉ được đánh giá một lần.', { id: 'rating.once' })}</p>` : nothing}
    </div>`;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (problem === undefined) {
      // A part of the view could not be loaded: the view cannot work without it.
      return this.viewParts.some((part) => part.status === 'failed')
        ? html`<p>${msg('Không tải được một phần của biểu mẫu đánh giá. Vui lòng tải lại trang.', { id: 'rating.part-failed' })}</p>`
        : nothing;
    }
    if (problem.kind === 'not-found') return html`<p>${this.notFoundText()}</p>`;
    if (problem.kind === 'invalid') return html`<p>${problem.message[this.locale]}</p>`;
    const detail = errorText(problem.error, this.locale);
    return html`<p>
      ${msg('Chưa gửi được đánh giá.', { id: 'rating.send-failed' })}
      ${detail === undefined ? nothing : html`<span class="detail">${detail}</span>`}
    </p>`;
  }

  private notFoundText(): string {
    return msg('Không tìm thấy hồ sơ có mã và số định danh cá nhân này.', { id: 'rating.not-found' });
  }

  private missingStarsText(): string {
    return msg('Vui lòng chọn số sao.', { id: 'rating.stars-required' });
  }

  /** Keeps the element's form value and validity in step with the choice and the comment. */
  private syncFormState(): void {
    const value = this.effectiveValue;
    this.internals.setFormValue(value === '' ? null : value);
    const root = this.shadowRoot;
    if (this.required && value === '') {
      const message =
        this.effectiveKind === 'dossier'
          ? (missingLevelMessage()?.[this.locale] ?? '')
          : this.missingStarsText();
      const anchor = root?.querySelector<HTMLElement>('input[type="radio"]') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, message, anchor);
    } else if (commentCharactersLeft(this.comment) < 0) {
      const anchor = root?.querySelector<HTMLElement>('#comment') ?? undefined;
      this.internals.setValidity({ tooLong: true }, commentCountText(this.comment), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  private async send(): Promise<DvcRatingSubmittedDetail | undefined> {
    if (this.view !== 'rate' || this.locked) {
      warn('<dvc-rating>.submit() was called while the rating cannot be sent; nothing was sent.');
      return undefined;
    }
    const client = this.activeClient;
    if (client === undefined) {
      this.warnOnce('missing-client', '<dvc-rating> cannot send: set .client or wrap it in <dvc-provider>.');
      return undefined;
    }
    this.attempted = true;
    this.problem = undefined;
    return this.effectiveKind === 'dossier'
      ? this.sendDossierRating(client)
      : this.sendLocationRating(client);
  }

  private async sendDossierRating(client: DvcClient): Promise<DossierRating | undefined> {
    const code = this.code;
    const personalId = this.personalId;
    if (code === undefined || personalId === undefined) {
      warn('<dvc-rating>.submit() needs a dossier-code and the owner’s ID number; nothing was sent.');
      return undefined;
    }
    const via: DossierRatingCreate['via'] = this.counterFlow ? 'COUNTER_HANDOVER' : 'CITIZEN_DEVICE';
    const request = dossierRatingRequest(this.selection, personalId, via);
    if (!request.ok) return this.rejectSelection(request.issues);
    return this.sendThrough(() => client.ratings.rateDossier(code, request.body));
  }

  private async sendLocationRating(client: DvcClient): Promise<LocationRating | undefined> {
    const locationId = this.locationId?.trim();
    if (!locationId) {
      warn('<dvc-rating kind="agent-point">.submit() needs a location-id; nothing was sent.');
      return undefined;
    }
    // The stars are drawn from their part; a script may send before it landed: wait for it.
    if (this.starsPart.load() === undefined) await this.starsPart.loading;
    const stars = this.starsPart.load();
    // It could not be loaded: the alert says so.
    if (stars === undefined) return undefined;
    const request = stars.locationRatingRequest(this.selection, this.code);
    if (!request.ok) return this.rejectSelection(request.issues);
    return this.sendThrough(() => client.ratings.rateLocation(locationId, request.body));
  }

  private async sendThrough<Rating extends DvcRatingSubmittedDetail>(
    call: () => Promise<Rating>,
  ): Promise<Rating | undefined> {
    this.sending = true;
    try {
      const rating = await call();
      this.finish('submitted');
      emit<DvcRatingEventMap, 'dvc-rating-submitted'>(this, 'dvc-rating-submitted', rating);
      return rating;
    } catch (error) {
      this.onSendFailed(error);
      return undefined;
    } finally {
      this.sending = false;
    }
  }

  private rejectSelection(issues: readonly RatingIssue[]): undefined {
    this.showErrors = true;
    const first = issues[0];
    if (first?.target === 'value') this.pendingFocus = 'input[type="radio"]';
    else if (first?.target === 'comment') this.pendingFocus = '#comment';
    else if (first?.message !== undefined) this.problem = { kind: 'invalid', message: first.message };
    // The errors may already be on show: render anyway, so that focus moves to the first one.
    this.requestUpdate();
    return undefined;
  }

  private onSendFailed(error: unknown): void {
    switch (apiErrorKind(error)) {
      case 'already-rated':
        this.finish('already-rated');
        return;
      case 'invalid-state':
        this.serverSaysNotReady = true;
        this.pendingFocus = VIEW_FOCUS;
        return;
      case 'not-found':
        if (this.confirmedPersonalId !== undefined && this.personalId === this.confirmedPersonalId) {
          this.confirmedPersonalId = undefined;
          this.personalIdError = this.notFoundText();
          this.pendingFocus = '#personal-id';
        } else {
          this.problem = { kind: 'not-found' };
        }
        return;
      default:
        this.problem = { kind: 'send-failed', error };
    }
  }

  /**
   * The rating is over (sent, or found already given). At a counter nothing personal stays behind.
   * Focus moves to the closing message after the citizen's own action, never on a background check.
   */
  private finish(outcome: 'submitted' | 'already-rated', { focus = true } = {}): void {
    this.outcome = outcome;
    this.problem = undefined;
    if (focus) this.pendingFocus = VIEW_FOCUS;
    if (this.counterFlow) this.forgetCitizen();
  }

  /** Clears what the citizen typed or chose at a shared counter device. */
  private forgetCitizen(): void {
    this.typedPersonalId = '';
    this.confirmedPersonalId = undefined;
    this.personalIdError = undefined;
    this.value = '';
    this.reasons = [];
    this.comment = '';
    this.indices = {};
    this.showErrors = false;
    this.attempted = false;
    this.countAnnouncement = '';
  }

  private restartFlow(): void {
    this.outcome = undefined;
    this.serverSaysNotReady = false;
    this.problem = undefined;
    this.counterStep = 'choose';
    this.typedPersonalId = '';
    this.confirmedPersonalId = undefined;
    this.personalIdError = undefined;
  }

  // The inner controls' own `input` events are composed and would reach the page as if they were the
  // element's: stop them at the shadow root; the element fires its own for value changes only.
  private stopInnerInput(event: Event): void {
    event.stopPropagation();
  }

  private onValueSelect(value: string): void {
    this.value = value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private onCommentInput(comment: string): void {
    this.comment = comment;
    this.syncFormState();
    clearTimeout(this.announceTimer);
    this.countAnnouncement = '';
    if (shouldAnnounceCount(comment)) {
      this.announceTimer = setTimeout(() => {
        this.countAnnouncement = commentCountText(this.comment);
      }, COUNT_ANNOUNCE_DELAY_MS);
    }
  }

  // The citizen comes to the form: fetch the reasons now, so that they show at once with "Không hài lòng".
  private onRateFocus(): void {
    if (this.effectiveKind === 'dossier') this.reasonsPart.load();
  }

  private onSendClick(): void {
    void this.submit();
  }

  /** The agent hands the device over or shows the QR code; back to the choice, nothing personal stays. */
  private onCounterStep(step: CounterPart.CounterStep): void {
    if (step === 'choose') {
      this.forgetCitizen();
      this.problem = undefined;
      this.serverSaysNotReady = false;
    }
    this.counterStep = step;
    this.pendingFocus = VIEW_FOCUS;
  }

  private onConfirmPersonalId(event: Event): void {
    event.preventDefault();
    // The form is on screen, so its part is loaded.
    const result = this.identifyPart.load()?.checkPersonalId(this.typedPersonalId);
    if (result === undefined) return;
    if (!result.ok) {
      this.personalIdError = result.message?.[this.locale];
      this.pendingFocus = '#personal-id';
      return;
    }
    this.personalIdError = undefined;
    this.confirmedPersonalId = result.personalId;
    this.typedPersonalId = '';
    this.pendingFocus = VIEW_FOCUS;
  }

  private onRetryLookup(): void {
    void this.lookup.run();
  }

  private warnOnce(key: string, message: string): void {
    if (this.warnings.has(key)) return;
    this.warnings.add(key);
    warn(message);
  }
}

/** The events of `<dvc-rating>`, by type. */
export interface DvcRatingEventMap {
  'dvc-rating-submitted': CustomEvent<DvcRatingSubmittedDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-rating': DvcRating;
  }
  interface HTMLElementEventMap {
    'dvc-rating-submitted': CustomEvent<DvcRatingSubmittedDetail>;
  }
}
