import { isFinalStatus, statusInfo } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buttonStyles } from '../../base/button-styles.js';
import { errorText } from '../../base/client-error.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { LazyPart, settleLazyParts } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import { type FetchedStatus, fetchStatus, type StatusSource } from './fetch-status.js';
import { LOOKUP_CONTROL_IDS, renderLookupForm } from './lookup-form.js';
import type { LookupProblems } from './lookup-validation.js';
import type { SupplementFileProblem, UploadedFile } from './send-supplement.js';
import { renderResultPickup, renderStatusSummary, renderTimeline } from './status-details.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import { RESULT_STATUSES } from './status-view.js';
import { renderSupplementRequest } from './supplement-request.js';
import { dateTimeText, failureText, partFailedText } from './tracker-text.js';
import type { DossierStatus, DossierStatusView, SupplementRequest } from './tracker-types.js';
import { VisiblePoller } from './visible-poller.js';

/** `detail` of `dvc-status-change`. */
export interface DvcStatusChangeDetail {
  /** The status shown before this fetch. */
  readonly previous: DossierStatus;
  /** The status now. */
  readonly current: DossierStatus;
  /** The dossier as now shown (public view, personal data masked). */
  readonly dossier: DossierStatusView;
}

/** `detail` of `dvc-status-tracker-load`. */
export interface DvcStatusTrackerLoadDetail {
  /** The dossier found (public view, personal data masked). */
  readonly dossier: DossierStatusView;
}

// The first wait between two automatic refreshes: a dossier moves a few times over days, so 30 s
// already feels live at a counter, and costs one small request.
const DEFAULT_POLL_INTERVAL_MS = 30_000;
// The longest wait, reached by doubling while nothing changes (30 s, 1, 2, 4, then 5 min): a page left
// open all day asks at most 12 times an hour, far under the public lookup's rate limit.
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

/** What started a fetch: a new dossier, the poller, the "Làm mới" button (or `refresh()`). */
type LoadTrigger = 'first' | 'poll' | 'manual';

/** The supplement form's state, replaced as a whole so that one change re-renders once. */
interface SupplementDraft {
  readonly files: ReadonlyMap<string, File>;
  readonly problems: ReadonlyMap<string, SupplementFileProblem>;
  readonly note: string;
  readonly sending: boolean;
  /** Why the last attempt failed; `undefined` when it did not. */
  readonly error: unknown;
}

const EMPTY_DRAFT: SupplementDraft = {
  files: new Map(),
  problems: new Map(),
  note: '',
  sending: false,
  error: undefined,
};

const NO_CLIENT_WARNING = '<dvc-status-tracker> has no client: set .client or wrap it in <dvc-provider>.';

/**
 * Follows a dossier ("hồ sơ"): the citizen types the dossier code and the owner's ID number (sent in
 * a POST body, never in a URL), or a partner app that already knows the dossier sets `code`. Shows the
 * procedure, the status in words (the national codes 1–10), how the dossier stands against its due
 * date (icon and text), the dates, the timeline, an open supplement request with a form to send the
 * missing documents, and where to collect a ready result. Personal data is masked on screen.
 *
 * It refreshes by itself while the page is visible — after 30 s, doubling up to 5 min while nothing
 * changes — and with its "Làm mới" button; a polite live region, present from the first render,
 * announces what was found and what changed.
 *
 * What only some pages need loads on demand: the lookup's checks when the citizen comes to the form
 * (a partner's page that sets `code` never downloads them), the form that answers a supplement request
 * when one is open (its panel says "Đang tải…" meanwhile). `updateComplete` resolves once they are
 * there.
 *
 * @summary Looks up a dossier and follows its status, timeline, supplement requests and result.
 * @tagname dvc-status-tracker
 *
 * @event {CustomEvent<DvcStatusChangeDetail>} dvc-status-change - The status changed between two
 *   fetches of the same dossier (a refresh, or the answer to the citizen's supplement). Not fired for
 *   the first load, nor when the app changes `code`.
 * @event {CustomEvent<DvcStatusTrackerLoadDetail>} dvc-status-tracker-load - A dossier was found (a
 *   lookup, or the first load for `code`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart lookup-form - The form with the dossier code and the ID number.
 * @csspart input - The text and file inputs.
 * @csspart error-message - A field's inline error.
 * @csspart lookup-button - The lookup form's submit button.
 * @csspart message - Loading and error messages.
 * @csspart result - The dossier's view.
 * @csspart dossier-code - The dossier code as issued.
 * @csspart status - The status line ("Trạng thái: Đang xử lý (mã 4)").
 * @csspart timeliness - On time / overdue / returned early, with its icon.
 * @csspart refresh-button - The "Làm mới" button.
 * @csspart supplement - The open supplement request and its form.
 * @csspart file-input - A file input of the supplement form (also `input`).
 * @csspart supplement-button - The button that sends the supplement.
 * @csspart result-pickup - Where and how to collect the result.
 * @csspart timeline - The dossier's history.
 *
 * @cssproperty --dvc-status-tracker-on-time-color - "On time", "returned early" and the result panel. Default: `#1e6b34`.
 * @cssproperty --dvc-status-tracker-overdue-color - "Overdue" and the supplement panel. Default: `--dvc-color-danger`.
 * @cssproperty --dvc-status-tracker-timeline-color - The timeline's line. Default: `--dvc-color-primary`.
 *
 * @example
 * <!-- On the status page the receipt's QR code opens (…/tra-cuu?code=…): -->
 * <dvc-status-tracker read-code-from-url></dvc-status-tracker>
 * <!-- In a partner app that knows the dossier (a client with an embed token): -->
 * <dvc-status-tracker code="000.00.24.H26-251127-0001"></dvc-status-tracker>
 */
export class DvcStatusTracker extends DvcElement {
  static override styles = [hostStyles, buttonStyles, statusTrackerStyles];

  /**
   * A dossier to follow without the lookup form, for partner apps that already know it: read with
   * `client.dossiers.get(code)` (an embed token with `dossier:read`), masked on screen like a lookup.
   */
  @property()
  code: string | undefined;

  /**
   * Fills the lookup form's code from the page's `?code=` query parameter (the URL the receipt's QR
   * code opens) and puts the focus in the ID-number field.
   */
  @property({ type: Boolean, attribute: 'read-code-from-url' })
  readCodeFromUrl = false;

  /** Milliseconds before the first automatic refresh; 0 turns automatic refresh off. */
  @property({ type: Number, attribute: 'poll-interval' })
  pollInterval = DEFAULT_POLL_INTERVAL_MS;

  /** Milliseconds: the longest wait between automatic refreshes, reached while nothing changes. */
  @property({ type: Number, attribute: 'max-poll-interval' })
  maxPollInterval = DEFAULT_MAX_POLL_INTERVAL_MS;

  @state() private codeText = '';
  @state() private personalIdText = '';
  @state() private lookupProblems: LookupProblems = {};
  @state() private fetched: FetchedStatus | undefined;
  @state() private loading = false;
  /** Why the last fetch failed: instead of a dossier after a first load, under it after a refresh. */
  @state() private error: unknown;
  @state() private checkedAt = 0;
  @state() private announcement = '';
  @state() private draft = EMPTY_DRAFT;

  private source: StatusSource | undefined;
  private request: AbortController | undefined;
  private uploaded = new Map<string, UploadedFile>();
  private needsFirstLoad = false;
  private focusAfterRender: string | undefined;
  private warned = false;
  private readonly poller = new VisiblePoller(
    this,
    () => ({ interval: this.pollInterval, maxInterval: this.maxPollInterval }),
    () => void this.load('poll'),
  );
  // The form that answers a supplement request, and the code that sends it: loaded when a dossier with
  // an open request shows, so that following a dossier costs none of it.
  private readonly supplementPart = new LazyPart(this, () => import('./supplement-part.js'));
  // The lookup's checks — the domain's dossier-code and personal-ID rules, with their messages in two
  // languages: loaded when the citizen comes to the lookup form (focus), so that a partner's page that
  // sets `code` never downloads them.
  private readonly lookupChecks = new LazyPart(this, () => import('./lookup-validation.js'));

  /**
   * Fetches the dossier on show again now (what the "Làm mới" button does), firing
   * `dvc-status-change` if its status moved. Does nothing before a dossier is shown.
   */
  async refresh(): Promise<void> {
    if (this.fetched !== undefined) await this.load('manual');
  }

  /**
   * Resolves when the element has rendered, the supplement form included when it is loading on demand
   * (`await element.updateComplete` then sees it).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLazyParts([this.supplementPart, this.lookupChecks], () => super.getUpdateComplete());
  }

  private get partnerMode(): boolean {
    return this.source?.kind === 'code';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.followCode();
    if (changed.has('readCodeFromUrl') && this.readCodeFromUrl && !this.partnerMode) {
      const code = new URLSearchParams(location.search).get('code')?.normalize('NFC').trim();
      if (code) {
        this.codeText = code;
        this.focusAfterRender = LOOKUP_CONTROL_IDS.ownerPersonalId;
      }
    }
    if (this.needsFirstLoad && this.activeClient !== undefined) {
      this.needsFirstLoad = false;
      void this.load('first');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusAfterRender}`)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    return html`<div part="base" class="base" lang=${locale}><div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>${
      this.partnerMode
        ? nothing
        : renderLookupForm(
            {
              codeText: this.codeText,
              personalIdText: this.personalIdText,
              problems: this.lookupProblems,
              locale,
            },
            {
              onCodeInput: this.onCodeInput,
              onPersonalIdInput: this.onPersonalIdInput,
              onSubmit: this.onLookupSubmit,
              onFocusIn: this.onLookupFocus,
            },
          )
    }${this.renderOutcome()}</div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const { locale, fetched } = this;
    let failure = this.error === undefined ? undefined : (errorText(this.error, locale) ?? failureText());
    // Without its checks the lookup form cannot be sent: say so instead of leaving it dead.
    if (!this.partnerMode && this.lookupChecks.status === 'failed') failure = partFailedText();
    if (fetched === undefined) {
      if (this.loading) {
        return html`<p part="message" class="message">${msg('Đang tra cứu hồ sơ…', { id: 'tracker.loading' })}</p>`;
      }
      return failure === undefined
        ? nothing
        : html`<p part="message" class="message error" role="alert">${failure}</p>`;
    }
    const { view } = fetched;
    const openRequest = view.status === 'SUPPLEMENT_REQUESTED' ? view.supplementRequest : null;
    const pickup = RESULT_STATUSES.includes(view.status) ? view.resultPickup : null;
    return html`<section part="result" class="result" aria-labelledby="dossier-title">${renderStatusSummary(view, locale)}<div class="refresh"><button part="refresh-button" class="button secondary" type="button" aria-disabled=${this.loading} @click=${this.onRefreshClick}>${msg('Làm mới', { id: 'tracker.refresh' })}</button> ${this.checkedText()}${
      failure === undefined ? nothing : html` <span part="message">${failure}</span>`
    }</div>${
      openRequest === null || openRequest.fulfilledAt !== null
        ? nothing
        : renderSupplementRequest(openRequest, locale, this.renderSupplementAnswer(openRequest))
    }${pickup === null ? nothing : renderResultPickup(pickup, locale)}${renderTimeline(view.timeline, locale)}</section>`;
  }

  /** The form that answers an open request, once loaded; its loading state until then. */
  private renderSupplementAnswer(request: SupplementRequest): TemplateResult | typeof nothing {
    if (request.missingDocuments.length === 0) return nothing;
    const { locale, draft } = this;
    const part = this.supplementPart.load();
    if (part !== undefined) {
      return part.renderSupplementForm(
        {
          request,
          locale,
          problems: draft.problems,
          note: draft.note,
          sending: draft.sending,
          failure: draft.error === undefined ? undefined : (errorText(draft.error, locale) ?? failureText()),
        },
        { onFileChange: this.onFileChange, onNoteInput: this.onNoteInput, onSubmit: this.onSupplementSubmit },
      );
    }
    return this.supplementPart.status === 'failed'
      ? html`<p part="message" class="message error" role="alert">${partFailedText()}</p>`
      : html`<p part="message" class="message">${msg('Đang tải biểu mẫu gửi bổ sung…', { id: 'tracker.supplement-loading' })}</p>`;
  }

  private checkedText(): string {
    const time = dateTimeText(this.checkedAt);
    return msg(str`Đã cập nhật lúc ${time}.`, { id: 'tracker.checked-at' });
  }

  // --- Loading ---------------------------------------------------------------------------------

  private followCode(): void {
    const code = this.code?.trim();
    if (code) {
      this.source = { kind: 'code', code };
      this.needsFirstLoad = true;
      // A provider defined later in the same page load still reaches the element: only warn if, one
      // task later, there is still no client.
      setTimeout(() => {
        if (this.isConnected && this.partnerMode && this.activeClient === undefined) this.warnOnce();
      });
    } else if (this.partnerMode) {
      // Back to the lookup form: forget the partner's dossier.
      this.source = undefined;
      this.request?.abort();
      this.poller.stop();
      this.fetched = undefined;
      this.loading = false;
      this.error = undefined;
    }
  }

  private async load(trigger: LoadTrigger): Promise<void> {
    const { source, activeClient: client } = this;
    if (source === undefined) return;
    this.request?.abort();
    this.poller.pause();
    if (trigger === 'first') {
      this.fetched = undefined;
      this.error = undefined;
      this.resetDraft();
    }
    if (client === undefined) {
      this.warnOnce();
      this.error = new Error('No client');
      return;
    }
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    if (trigger === 'first') this.announcement = msg('Đang tra cứu hồ sơ…', { id: 'tracker.loading' });
    let fetched: FetchedStatus | undefined;
    try {
      fetched = await fetchStatus(client, source, request.signal);
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = error;
      // A failed first load has nothing to refresh; a failed refresh tries again, more slowly.
      if (trigger !== 'first') this.poller.backOff();
      // A failed first load shows in an alert, which speaks for itself; a failed press of "Làm mới"
      // is said here; a failed background poll only shows under the dossier.
      if (trigger === 'first') this.announcement = '';
      if (trigger === 'manual') this.announcement = errorText(error, this.locale) ?? failureText();
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.loading = false;
      }
    }
    if (fetched !== undefined && !request.signal.aborted) await this.show(fetched, trigger);
  }

  /**
   * Puts a freshly fetched dossier on screen, announces what was found or what changed, schedules the
   * next refresh and, once rendered, fires the events.
   */
  private async show(fetched: FetchedStatus, trigger: LoadTrigger | 'supplement'): Promise<void> {
    const previous = trigger === 'first' ? undefined : this.fetched?.view.status;
    const { view } = fetched;
    const { code } = view;
    const label = statusInfo(view.status).label[this.locale];
    const changed = previous !== undefined && previous !== view.status;
    this.fetched = fetched;
    this.error = undefined;
    this.checkedAt = Date.now();
    if (changed) this.resetDraft();

    const sent =
      trigger === 'supplement' ? msg('Đã gửi giấy tờ bổ sung.', { id: 'tracker.announce-supplement' }) : '';
    if (trigger === 'first') {
      this.announcement = msg(str`Đã tìm thấy hồ sơ ${code}. Trạng thái: ${label}.`, {
        id: 'tracker.announce-found',
      });
    } else if (changed) {
      this.announcement =
        `${sent} ${msg(str`Hồ sơ ${code} đã chuyển sang trạng thái: ${label}.`, { id: 'tracker.announce-change' })}`.trim();
    } else if (trigger !== 'poll') {
      this.announcement = sent || this.checkedText();
    }

    if (isFinalStatus(view.status)) this.poller.stop();
    else if (trigger === 'first' || changed) this.poller.restart();
    else this.poller.backOff();

    await this.updateComplete;
    if (trigger === 'first') {
      emit<DvcStatusTrackerEventMap, 'dvc-status-tracker-load'>(this, 'dvc-status-tracker-load', {
        dossier: view,
      });
    }
    if (changed) {
      emit<DvcStatusTrackerEventMap, 'dvc-status-change'>(this, 'dvc-status-change', {
        previous,
        current: view.status,
        dossier: view,
      });
    }
  }

  // --- Lookup form ------------------------------------------------------------------------------

  private readonly onCodeInput = (event: Event): void => {
    this.codeText = (event.target as HTMLInputElement).value;
  };

  private readonly onPersonalIdInput = (event: Event): void => {
    this.personalIdText = (event.target as HTMLInputElement).value;
  };

  private readonly onLookupFocus = (): void => {
    this.lookupChecks.load();
  };

  private readonly onLookupSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submitLookup(this.codeText, this.personalIdText);
  };

  private async submitLookup(codeText: string, personalIdText: string): Promise<void> {
    // Sent before the checks arrived (they load when the form takes focus): wait for them.
    if (this.lookupChecks.load() === undefined) await this.lookupChecks.loading;
    const checks = this.lookupChecks.load();
    // Not loaded (the form then says so, see renderOutcome), or the app set `code` meanwhile.
    if (checks === undefined || this.partnerMode) return;
    const check = checks.checkLookup(codeText, personalIdText);
    if (check.ok) {
      this.lookupProblems = {};
      this.source = { kind: 'lookup', ...check.query };
      void this.load('first');
    } else {
      this.lookupProblems = check.problems;
      this.focusAfterRender =
        check.problems.code === undefined ? LOOKUP_CONTROL_IDS.ownerPersonalId : LOOKUP_CONTROL_IDS.code;
    }
  }

  private readonly onRefreshClick = (): void => {
    if (!this.loading && !this.draft.sending) void this.load('manual');
  };

  // --- Supplement -------------------------------------------------------------------------------

  private resetDraft(): void {
    this.draft = EMPTY_DRAFT;
    this.uploaded = new Map();
  }

  private readonly onFileChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = new Map(this.draft.files);
    const file = input.files?.[0];
    if (file === undefined) files.delete(input.dataset.code ?? '');
    else files.set(input.dataset.code ?? '', file);
    this.draft = { ...this.draft, files };
  };

  private readonly onNoteInput = (event: Event): void => {
    this.draft = { ...this.draft, note: (event.target as HTMLTextAreaElement).value };
  };

  private readonly onSupplementSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { fetched, draft, source, activeClient: client } = this;
    const request = fetched?.view.supplementRequest;
    // The form is on screen, so its part is loaded.
    const part = this.supplementPart.load();
    if (fetched === undefined || request == null || draft.sending || part === undefined) return;
    const { checkSupplementFile, fileInputId, sendSupplement } = part;

    const problems = new Map<string, SupplementFileProblem>();
    const files = new Map<string, File>();
    for (const { code } of request.missingDocuments) {
      const file = draft.files.get(code);
      const problem = checkSupplementFile(file);
      if (problem !== undefined) problems.set(code, problem);
      else if (file !== undefined) files.set(code, file);
    }
    const firstProblem = [...problems.keys()][0];
    if (firstProblem !== undefined || client === undefined) {
      if (client === undefined) this.warnOnce();
      this.draft = { ...draft, problems, error: client === undefined ? new Error('No client') : undefined };
      if (firstProblem !== undefined) this.focusAfterRender = fileInputId(firstProblem);
      return;
    }

    // A refresh landing after the supplement's answer would put the old status back on screen.
    this.request?.abort();
    this.loading = false;
    this.poller.pause();
    this.draft = { ...draft, problems, sending: true, error: undefined };
    try {
      const view = await sendSupplement(client, {
        code: fetched.view.code,
        ownerPersonalId: fetched.ownerPersonalId,
        files,
        note: draft.note,
        uploaded: this.uploaded,
      });
      // The citizen looked up another dossier meanwhile: this answer is no longer the one on screen.
      if (this.source !== source) return;
      this.resetDraft();
      await this.show({ view, ownerPersonalId: fetched.ownerPersonalId }, 'supplement');
    } catch (error) {
      if (this.source === source) {
        this.draft = { ...this.draft, sending: false, error };
        this.poller.backOff();
      }
    }
  };

  private warnOnce(): void {
    if (!this.warned) warn(NO_CLIENT_WARNING);
    this.warned = true;
  }
}

/** The events of `<dvc-status-tracker>`, by type. */
export interface DvcStatusTrackerEventMap {
  'dvc-status-change': CustomEvent<DvcStatusChangeDetail>;
  'dvc-status-tracker-load': CustomEvent<DvcStatusTrackerLoadDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-status-tracker': DvcStatusTracker;
  }
  interface HTMLElementEventMap {
    'dvc-status-change': CustomEvent<DvcStatusChangeDetail>;
    'dvc-status-tracker-load': CustomEvent<DvcStatusTrackerLoadDetail>;
  }
}
