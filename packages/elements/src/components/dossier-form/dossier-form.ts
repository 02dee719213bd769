import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buttonStyles } from '../../base/button-styles.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { type LazyPart, settleLazyParts } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import { CONSENT, CONSENT_ACCEPTED_AT } from './consent.js';
import { dossierFormStyles } from './dossier-form.styles.js';
import { DraftAutosave } from './draft-autosave.js';
import { renderDraftNotice } from './draft-notice.js';
import { createIndexedDbDraftStore, draftId, type PendingSubmission } from './draft-store.js';
import { renderEditStep } from './edit-step.js';
import type { SummaryEntry } from './error-summary.js';
import type { FieldFindings } from './field-validation.js';
import {
  type FieldContext,
  type FieldDef,
  type FieldValue,
  type FieldValues,
  renderField,
} from './form-field.js';
import { FormFiles } from './form-files.js';
import { FormLoads } from './form-loads.js';
import { type FormMessage, messageText } from './form-message.js';
import {
  type DossierFormPartModules,
  type DossierFormPartName,
  DossierFormParts,
  importFormPart,
  whenLoaded,
  withPart,
} from './form-parts.js';
import { type FormSections, fieldOrderOf, formSections } from './form-sections.js';
import type {
  Channel,
  DossierCreate,
  DossierCreated,
  Outbox,
  OutboxItem,
  ProcedureDetail,
  Staff,
} from './form-types.js';
import { renderLoadMessage } from './load-message.js';
import { OutboxWatch } from './outbox-watch.js';
import { renderPartLoading } from './part-loading.js';
import { attachmentPointer, fieldId } from './pointers.js';
import { uploadedDocuments } from './sections/attachments-section.js';
import { DELIVERY_WARD_FILTER, prefillPostalAddress } from './sections/delivery-section.js';
import { renderFeeSummary } from './sections/fee-summary.js';
import { FILER_ROLE } from './sections/representative-section.js';
import { type FormStep, renderStepIndicator } from './step-indicator.js';
import type { SubmissionResult } from './submission.js';
import type * as SubmissionPart from './submission-part.js';
import type * as ValidationPart from './validation-part.js';

/** `detail` of `dvc-dossier-submit`. */
export interface DvcDossierSubmitDetail {
  /** The request body about to be sent (or queued). */
  readonly body: DossierCreate;
}

/** `detail` of `dvc-dossier-submitted`: the created dossier and its receipt. */
export type DvcDossierSubmittedDetail = DossierCreated;

/** `detail` of `dvc-error`. */
export interface DvcErrorDetail {
  /** What the client threw (a `DvcError` of `@dvc-kit/client`, with a `userMessage`). */
  readonly error: unknown;
}

/** The contract's channels: what `channel` may be. */
const CHANNELS = ['IN_PERSON', 'ONLINE', 'POSTAL'] as const satisfies readonly Channel[];

/** The drafts of every form on the page (one IndexedDB database, writes in order). */
const drafts = createIndexedDbDraftStore();

/**
 * The dossier form: fills and submits a dossier ("hồ sơ") of one procedure — the owner, who files
 * for them, the procedure's e-form, the documents, where the result goes, the fee, consent — then
 * checks the answers and submits exactly once, and shows the receipt.
 *
 * Built for a counter on a flaky line as much as for a phone: every check runs as the user leaves a
 * field and again on submit, with a GOV.UK error summary; a server 422 lands in the same places; the
 * draft is saved as the user types (IndexedDB, per procedure and `draft-key`) and restored after a
 * reload; the submission's idempotency key is saved with the draft before the first attempt; with the
 * line down, the dossier goes to the page's `outbox`.
 *
 * What a citizen needs only once they fill in loads on demand, so that a page that only shows the form
 * downloads its fill-in step alone: the checks, the uploads, the review step and the submission with
 * the panels after it. All four are fetched as soon as the citizen starts — focus enters the form, a
 * first input, a file picked or dragged over — the checks first, so that a line that drops while they
 * fill in still leaves the form able to review the dossier and queue it in the outbox. An action
 * taken before its part has arrived waits for it; `await form.updateComplete` resolves with the parts
 * on show.
 *
 * @summary Fill and submit a dossier, exactly once, with an error summary, a saved draft and the receipt.
 * @tagname dvc-dossier-form
 *
 * @event {CustomEvent<DvcDossierSubmitDetail>} dvc-dossier-submit - The user submits; fired before sending.
 *   Cancelable: `preventDefault()` stops the submission (the form stays as it is).
 * @event {CustomEvent<DvcDossierSubmittedDetail>} dvc-dossier-submitted - The dossier was created
 *   (also when an outbox sends a dossier queued by this form while it still shows it).
 * @event {CustomEvent<DvcErrorDetail>} dvc-error - A call of the client failed (loading, uploading,
 *   submitting); the form shows it too.
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The step indicator.
 * @csspart notice - The "draft restored" notice.
 * @csspart message - Loading and load errors (the form's data, or a part of the form itself).
 * @csspart step-heading - The heading of the review step and of the outcome (it takes focus).
 * @csspart submit-error - Why the submission did not go through (above the submit button).
 * @csspart error-summary - The summary of errors at the top.
 * @csspart section - A section of the form (owner, e-form sections, documents, delivery…).
 * @csspart field - A field: label, hint, error and input.
 * @csspart input - A text input, text area or select.
 * @csspart error-message - An inline error.
 * @csspart warning-message - An inline warning that does not block (an ID number of an unknown province).
 * @csspart document - A document's file field.
 * @csspart file-input - A file input.
 * @csspart upload - A file in a document's list.
 * @csspart show-only - The documents to bring as originals.
 * @csspart fee-summary - Fee and processing time for the form's channel.
 * @csspart review-section - A section of the review step.
 * @csspart actions - The row of buttons under a step.
 * @csspart submit-button - The button that sends the dossier.
 * @csspart outcome - The panel after sending: the receipt, or the queued notice.
 *
 * @cssproperty --dvc-dossier-form-max-width - The width of the form's column. Default: `44rem`.
 * @cssproperty --dvc-dossier-form-error-color - Errors. Default: `--dvc-color-danger`.
 *
 * @example
 * <dvc-dossier-form procedure-code="1.001193" channel="ONLINE" draft-key="quay-3"
 *   receiving-location-id="loc-agent-vnpost-01" counter></dvc-dossier-form>
 */
export class DvcDossierForm extends DvcElement {
  static override styles = [hostStyles, buttonStyles, dossierFormStyles];

  /** The national code of the procedure to file (e.g. `1.001193`); loaded with the client. */
  @property({ attribute: 'procedure-code' })
  procedureCode: string | undefined;

  /** The procedure itself (e.g. `dvc-procedure-select`'s detail from the picker); wins over `procedure-code`. */
  @property({ attribute: false })
  procedure: ProcedureDetail | undefined;

  /** How the dossier is filed: `ONLINE` (default; agent points file online for the citizen) or `IN_PERSON`. */
  @property()
  channel: Channel = 'ONLINE';

  /** Where the dossier is received; without it the server takes the counter session's agent point. */
  @property({ attribute: 'receiving-location-id' })
  receivingLocationId: string | undefined;

  /** Separates drafts of the same procedure: a counter's or a tab's own key. */
  @property({ attribute: 'draft-key' })
  draftKey = '';

  /** The partner's own reference of the dossier, sent as `clientReference`. */
  @property({ attribute: 'client-reference' })
  clientReference: string | undefined;

  /** The status page for the receipt's QR code, with `{code}` (see `<dvc-receipt status-url>`). */
  @property({ attribute: 'status-url' })
  statusUrl: string | undefined;

  /**
   * The staff member of the counter session: pre-filled as the representative (`AGENT_STAFF`), and
   * the sign of a shared counter PC (no browser autofill).
   */
  @property({ attribute: false })
  staff: Staff | undefined;

  /**
   * The page's outbox (`createOutbox` of `@dvc-kit/client`): dossiers submitted with the line down
   * wait there. Without one, an offline submission shows the error and keeps the draft.
   */
  @property({ attribute: false })
  outbox: Outbox | undefined;

  @state() private values: Record<string, FieldValue> = {};
  @state() private errors: ReadonlyMap<string, FormMessage> = new Map();
  /** Findings that do not block (an ID number of an unknown province), shown where no error is. */
  @state() private fieldWarnings: ReadonlyMap<string, FormMessage> = new Map();
  @state() private unplacedErrors: readonly FormMessage[] = [];
  @state() private showSummary = false;
  @state() private step: FormStep = 'edit';
  @state() private submitting = false;
  @state() private problem: FormMessage | undefined;
  @state() private created: DossierCreated | undefined;
  @state() private queued: OutboxItem | undefined;
  @state() private restoredAt: string | undefined;

  /** What loads on demand (see the class comment). */
  private readonly parts = new DossierFormParts(this, (name) => this.importPart(name));

  private readonly files = new FormFiles(
    {
      requestUpdate: () => this.requestUpdate(),
      client: () => this.activeClient,
      procedure: () => this.activeProcedure,
      changed: () => this.drafts.changed(),
      failed: (error) => this.reportError(error),
      checked: (pointer, error) => {
        const errors = new Map(this.errors);
        if (error) errors.set(pointer, error);
        else errors.delete(pointer);
        this.errors = errors;
      },
    },
    this.parts.upload,
  );

  private readonly outboxWatch = new OutboxWatch((item) => {
    if (item.id !== this.queued?.id) return;
    this.queued = item;
    if (item.state === 'sent' && item.dossier && item.receipt && this.step === 'queued') {
      void this.finish({ dossier: item.dossier, receipt: item.receipt });
    }
  });

  private readonly drafts = new DraftAutosave(drafts, {
    content: () => ({ values: this.values, attachments: this.files.finished, pending: this.pending }),
    clear: () => this.clearState(),
    restore: (draft) => {
      this.values = { ...draft.values, ...this.values };
      this.files.restore(draft.attachments);
      this.pending = draft.pending;
      this.restoredAt = draft.savedAt;
    },
    connected: () => this.isConnected,
    failed: (error) =>
      this.warnOnce(
        'drafts',
        '<dvc-dossier-form> cannot save drafts here; a reload will lose the form.',
        error,
      ),
  });

  private pending: PendingSubmission | undefined;
  /** Bumped by every reset, so an answer to a submission made before it is dropped. */
  private generation = 0;
  private fieldDefs = new Map<string, FieldDef>();
  private fieldOrder: string[] = [];
  private readonly warned = new Set<string>();
  private readonly camera = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;

  private readonly loads = new FormLoads(this, {
    procedureCode: () => (this.procedure ? undefined : this.procedureCode),
    client: () => this.activeClient,
    delivery: () => ({
      method: this.formValues['/delivery/method'],
      wardCode: this.formValues[DELIVERY_WARD_FILTER],
    }),
    failed: (error) => this.reportError(error),
    // A provider defined later in the same page load still reaches the element: warn only if, one
    // task later, there is still no client.
    missingClient: () =>
      setTimeout(() => {
        if (this.isConnected && !this.activeClient) {
          this.warnOnce(
            'client',
            '<dvc-dossier-form> has no client: set .client or wrap it in <dvc-provider>.',
          );
        }
      }),
  });

  /** The procedure on show: `procedure`, else the one loaded for `procedure-code`. */
  private get activeProcedure(): ProcedureDetail | undefined {
    return this.procedure ?? this.loads.procedure;
  }

  private get currentDraftId(): string | undefined {
    const code = this.procedure?.code ?? this.procedureCode;
    return code ? draftId(code, this.draftKey) : undefined;
  }

  /** The values typed, over the defaults a counter session and the procedure give. */
  private get formValues(): FieldValues {
    return {
      [FILER_ROLE]: this.staff ? 'AGENT_STAFF' : 'OWNER',
      '/representative/fullName': this.staff?.fullName ?? '',
      '/delivery/method': 'AT_LOCATION',
      '/caseCode': this.activeProcedure?.cases[0]?.code ?? '',
      [DELIVERY_WARD_FILTER]: this.values['/owner/address/wardCode'] ?? '',
      ...this.values,
    };
  }

  /**
   * Empties the form — values, errors, uploaded-file references, the pending submission key — and
   * deletes its draft, for the next citizen at a shared counter. Fires no event.
   */
  async reset(): Promise<void> {
    const id = this.currentDraftId;
    this.clearState();
    if (id) await this.drafts.delete(id);
  }

  /**
   * @internal Imports a part loaded on demand (a dynamic import). Tests override it to hold a part
   * back until they release it, or to make it fail, whatever the page has fetched before.
   */
  protected importPart<Name extends DossierFormPartName>(name: Name): Promise<DossierFormPartModules[Name]> {
    return importFormPart(name);
  }

  /**
   * Resolves when the element has rendered, with the parts it is loading on demand on show (or the
   * notice that one could not be loaded).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLazyParts(this.parts.all, () => super.getUpdateComplete());
  }

  /**
   * Resolves when the element has rendered its own state, without waiting for the parts on their way:
   * what the form's own focus moves wait for. Once the citizen has started, every part is fetched, and
   * on a slow line `updateComplete` would hold focus on a button already gone (or move it seconds later,
   * while the citizen types) until the last of them lands. Where a part renders the target (the consent
   * box, the outcome's heading), that part is there by then; a target of a part still on its way would
   * wait for that part alone first ({@link whenLoaded}), never for all of them.
   */
  private rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.outboxWatch.watch(this.queued ? this.outboxWatch.outbox : undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page (or the element being replaced) must not lose the last half-second of typing.
    this.drafts.flush();
    this.outboxWatch.pause();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('channel') && !(CHANNELS as readonly string[]).includes(this.channel)) {
      this.warnOnce(
        `channel:${this.channel}`,
        `<dvc-dossier-form> has an unknown channel ${JSON.stringify(this.channel)}.`,
      );
    }
    this.drafts.follow(this.currentDraftId);
  }

  private clearState(): void {
    this.generation += 1;
    this.forgetEntries();
    this.errors = new Map();
    this.fieldWarnings = new Map();
    this.unplacedErrors = [];
    this.showSummary = false;
    this.step = 'edit';
    this.submitting = false;
    this.problem = undefined;
    this.created = undefined;
    this.queued = undefined;
    this.restoredAt = undefined;
    this.outboxWatch.watch(undefined);
  }

  /** Drops the citizen's data from memory (values, files, the submission key), unsaved. */
  private forgetEntries(): void {
    this.files.clear();
    this.drafts.discardChanges();
    this.values = {};
    this.pending = undefined;
  }

  private onChange = (pointer: string, value: FieldValue): void => {
    this.parts.prefetch();
    const values = { ...this.values, [pointer]: value };
    if (pointer === CONSENT) values[CONSENT_ACCEPTED_AT] = value ? new Date().toISOString() : '';
    if (pointer === DELIVERY_WARD_FILTER) values['/delivery/locationId'] = '';
    if (pointer === '/delivery/method' && value === 'POSTAL') prefillPostalAddress(values);
    this.values = values;
    this.drafts.changed();
    // Choices have no "leaving the field" worth waiting for: re-check a wrong one at once. Typed text
    // is checked when the user leaves the field (the checks are on their way since the first input).
    const control = this.fieldDefs.get(pointer)?.control;
    if (control === 'select' || control === 'radio' || control === 'checkbox') this.recheck(pointer);
  };

  private onBlur = (pointer: string): void => {
    this.parts.prefetch();
    this.recheck(pointer);
  };

  /**
   * Checks a field the user has left (and the fields that read it). A field left before the checks
   * have arrived is checked when they do.
   */
  private recheck(pointer: string): void {
    withPart(this.parts.validation, (validation) => {
      const findings = validation.recheckField(pointer, this.fieldDefs, this.formValues, {
        errors: this.errors,
        warnings: this.fieldWarnings,
      });
      this.errors = findings.errors;
      this.fieldWarnings = findings.warnings;
    });
  }

  /** Focus entered the form: the citizen has started, every part is fetched (the checks first). */
  private onFormFocus = (): void => {
    this.parts.prefetch();
  };

  /** Focus or a dragged file reached the documents: the upload code is fetched before a file is picked. */
  private onDocumentsReached = (): void => {
    this.parts.upload.load();
    this.parts.prefetch();
  };

  /** Files picked or dropped: the upload code at once, the other parts as the citizen has started. */
  private onFiles = (documentCode: string, files: readonly File[]): void => {
    this.files.pick(documentCode, files);
    this.parts.prefetch();
  };

  private sectionsOf(procedure: ProcedureDetail): FormSections {
    const { wards, locations } = this.loads;
    return formSections({ procedure, values: this.formValues, wards, locations, locale: this.locale });
  }

  /** Every check of the fill-in step (and the consent, on submit), in the form's order. */
  private checkAll(
    validation: typeof ValidationPart,
    procedure: ProcedureDetail,
    withConsent: boolean,
  ): FieldFindings {
    const values = this.formValues;
    const order = withConsent ? [...this.fieldOrder, CONSENT] : this.fieldOrder;
    const fields = order.flatMap((pointer) => this.fieldDefs.get(pointer) ?? []);
    const { errors, warnings } = validation.checkFields(fields, values);
    const documents = validation.attachmentErrors(
      procedure.requiredDocuments,
      this.files.items,
      values,
      () => this.locale,
    );
    return { errors: new Map([...errors, ...documents]), warnings };
  }

  private async showErrors(errors: ReadonlyMap<string, FormMessage>, unplaced: readonly FormMessage[]) {
    this.errors = errors;
    this.unplacedErrors = unplaced;
    this.showSummary = errors.size + unplaced.length > 0;
    if (!this.showSummary) return;
    // Errors to fix in the form take the user back to it; consent (or nothing placed) stays on review.
    if ([...errors.keys()].some((pointer) => pointer !== CONSENT)) this.step = 'edit';
    // The summary renders with the checks, which found these errors (or ran before the server's).
    await this.rendered();
    this.partOf('error-summary')?.focus();
  }

  private onContinue = async (event: Event): Promise<void> => {
    event.preventDefault();
    // Fetched while the answers are checked, so that the review usually shows at once (and the other
    // parts with it, should this be the first the form hears of the citizen).
    this.parts.review.load();
    this.parts.prefetch();
    const generation = this.generation;
    const validation = this.parts.validation.load() ?? (await whenLoaded(this.parts.validation));
    // A reset (or another procedure or draft) meanwhile has emptied the form: nothing is left to check,
    // and the next citizen must not find an error summary waiting for them.
    if (generation !== this.generation) return;
    const procedure = this.activeProcedure;
    if (!validation || !procedure) return;
    this.problem = undefined;
    const { errors, warnings } = this.checkAll(validation, procedure, false);
    this.fieldWarnings = warnings;
    await this.showErrors(errors, []);
    if (errors.size > 0) return;
    this.step = 'review';
    // The heading is the form's own: it shows (and takes focus) while the review part is still loading.
    await this.rendered();
    this.partOf('step-heading')?.focus();
  };

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.activeClient;
    // One submission at a time: a double click or a repeated Enter lands here while it is in flight,
    // or while the code that checks and sends it is on its way.
    if (this.submitting || !this.activeProcedure) return;
    if (!client) {
      this.warnOnce('client', '<dvc-dossier-form> has no client: set .client or wrap it in <dvc-provider>.');
      return;
    }
    let validation = this.parts.validation.load();
    let submission = this.parts.submission.load();
    if (!validation || !submission) {
      // The button says "Đang nộp…" meanwhile, and takes no second press.
      this.submitting = true;
      const generation = this.generation;
      [validation, submission] = await Promise.all([
        whenLoaded(this.parts.validation),
        whenLoaded(this.parts.submission),
      ]);
      // A reset meanwhile has emptied the form: nothing is left to send.
      if (generation !== this.generation) return;
      this.submitting = false;
    }
    const procedure = this.activeProcedure;
    if (!validation || !submission || !procedure) return;
    const { errors, warnings } = this.checkAll(validation, procedure, true);
    this.fieldWarnings = warnings;
    if (errors.size > 0) {
      await this.showErrors(errors, []);
      return;
    }
    const body = submission.dossierBody(this.formValues, {
      procedure,
      channel: this.channel,
      receivingLocationId: this.receivingLocationId,
      clientReference: this.clientReference,
      uploads: this.files.items,
    });
    if (
      !emit<DvcDossierFormEventMap, 'dvc-dossier-submit'>(
        this,
        'dvc-dossier-submit',
        { body },
        { cancelable: true },
      )
    ) {
      return;
    }
    this.submitting = true;
    this.problem = undefined;
    this.showSummary = false;
    const generation = this.generation;
    const result = await submission.submitDossier(body, {
      client,
      outbox: this.outbox,
      online: () => globalThis.navigator?.onLine ?? true,
      pending: this.pending,
      persist: (pending) => {
        this.pending = pending;
        return this.drafts.saveNow();
      },
    });
    if (generation !== this.generation) return;
    this.submitting = false;
    await this.settle(submission, result, body, procedure);
  };

  private async settle(
    submission: typeof SubmissionPart,
    result: SubmissionResult,
    body: DossierCreate,
    procedure: ProcedureDetail,
  ): Promise<void> {
    if (result.kind === 'created' || result.kind === 'queued') {
      // Sent or in the outbox: nothing of this citizen's stays in the form or its draft (shared PCs).
      const id = this.currentDraftId;
      this.forgetEntries();
      if (id) await this.drafts.delete(id);
      this.restoredAt = undefined;
      if (result.kind === 'created') {
        await this.finish(result.created);
      } else {
        this.queued = result.item;
        this.step = 'queued';
        this.outboxWatch.watch(this.outbox);
        // The queued notice and its heading are the submission part's, here since it queued the dossier.
        await this.rendered();
      }
      this.partOf('step-heading')?.focus();
      return;
    }
    this.reportError(result.error);
    const mapped = submission.serverFieldErrors(result.error, body, procedure.requiredDocuments, (pointer) =>
      this.fieldDefs.has(pointer),
    );
    if (mapped) await this.showErrors(mapped.fields, mapped.unplaced);
    else this.problem = submission.submitProblem(result, () => this.locale);
  }

  /**
   * Shows the receipt, then announces the dossier (rendered by then: a listener may print it). The
   * receipt is the submission part's, here since it sent the dossier (or queued what the outbox sent).
   */
  private async finish(created: DossierCreated): Promise<void> {
    this.created = created;
    this.step = 'done';
    await this.rendered();
    emit<DvcDossierFormEventMap, 'dvc-dossier-submitted'>(this, 'dvc-dossier-submitted', created);
  }

  private reportError(error: unknown): void {
    if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
    emit<DvcDossierFormEventMap, 'dvc-error'>(this, 'dvc-error', { error });
  }

  private warnOnce(key: string, message: string, ...details: unknown[]): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    warn(message, ...details);
  }

  private partOf(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Moves focus to a field, on whichever step it is (error-summary links, "change" buttons). */
  private focusField = async (pointer: string): Promise<void> => {
    const step = pointer === CONSENT ? 'review' : 'edit';
    if (this.step !== step) {
      this.step = step;
      // The fields of the fill-in step are the form's own; the consent box is the review part's, loaded
      // by then: no check or server error names the consent before it has (see `renderStep`).
      await this.rendered();
    }
    const id = fieldId(pointer);
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[name="${id}"]:checked`) ??
      this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
  };

  private onEditSection = (sectionId: string): void => {
    const procedure = this.activeProcedure;
    if (!procedure) return;
    const { fields, delivery } = this.sectionsOf(procedure);
    const first =
      sectionId === 'attachments'
        ? attachmentPointer(uploadedDocuments(procedure.requiredDocuments)[0]?.code ?? '')
        : [...fields, delivery].find((section) => section.id === sectionId)?.fields[0]?.pointer;
    if (first) void this.focusField(first);
  };

  private onBack = (): void => {
    const first = this.fieldOrder[0];
    if (first) void this.focusField(first);
  };

  private onStartOver = async (): Promise<void> => {
    await this.reset();
    await this.rendered();
    this.renderRoot.querySelector<HTMLElement>('.input, input')?.focus();
  };

  protected override render(): TemplateResult {
    const procedure = this.activeProcedure;
    return html`<div part="base" class="base" lang=${this.locale}>
      ${renderStepIndicator(this.step)}
      ${renderDraftNotice(this.step === 'edit' ? this.restoredAt : undefined, this.onStartOver)}
      <div part="error-summary" class="error-summary ${this.showSummary ? 'shown' : ''}" role="alert" tabindex="-1">
        ${this.renderSummary()}
      </div>
      <div part="message" class="message" role="alert">
        ${renderLoadMessage({
          failedLoads: this.loads.failed,
          partFailed: this.parts.failed,
          loading: !procedure && this.loads.procedureLoading,
        })}
      </div>
      ${procedure ? this.renderStep(procedure) : nothing}
    </div>`;
  }

  // Errors come from the checks (or from the server, after them): the summary loads with the checks.
  private renderSummary(): TemplateResult | typeof nothing {
    const validation = this.showSummary ? this.parts.validation.load() : undefined;
    if (!validation) return nothing;
    return validation.renderErrorSummary(this.summaryEntries(), this.locale, this.focusField);
  }

  private summaryEntries(): SummaryEntry[] {
    const order = [...this.fieldOrder, CONSENT];
    const placed = [...this.errors.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return [
      ...placed.map((pointer) => ({
        pointer,
        label: this.fieldDefs.get(pointer)?.label,
        message: this.errors.get(pointer) as FormMessage,
      })),
      ...this.unplacedErrors.map((message) => ({ message })),
    ];
  }

  private renderStep(procedure: ProcedureDetail): TemplateResult | typeof nothing {
    if (this.step === 'done' || this.step === 'queued') return this.renderOutcome();
    const sections = this.sectionsOf(procedure);
    this.fieldDefs = new Map(
      [...sections.fields, sections.delivery]
        .flatMap((section) => section.fields)
        .map((def) => [def.pointer, def]),
    );
    this.fieldOrder = fieldOrderOf(sections, procedure);
    // Once the review step has loaded, its consent is a field like the others (the summary's links, a
    // server error about it); before, no check can reach it.
    const consent =
      this.parts.review.status === 'loaded' ? this.parts.review.load()?.consentField() : undefined;
    if (consent) this.fieldDefs.set(CONSENT, consent);
    const fields: FieldContext = {
      values: this.formValues,
      errors: this.errors,
      warnings: this.fieldWarnings,
      locale: this.locale,
      autofill: !this.counter && !this.staff,
      onChange: this.onChange,
      onBlur: this.onBlur,
    };
    const fee = renderFeeSummary(procedure, this.channel, this.locale);
    if (this.step === 'review') return this.renderReview(procedure, sections, fields, fee, consent);
    return renderEditStep({
      procedure,
      sections,
      fields,
      fee,
      attachments: {
        documents: procedure.requiredDocuments,
        uploads: this.files.items,
        errors: this.errors,
        locale: this.locale,
        camera: this.camera,
        onFiles: this.onFiles,
        onRetry: (id) => this.files.retry(id),
        onRemove: (id) => this.files.remove(id),
      },
      filesWaiting: this.files.waiting && this.parts.upload.status === 'loading',
      onContinue: this.onContinue,
      onFocus: this.onFormFocus,
      onDocumentsReached: this.onDocumentsReached,
    });
  }

  /** The review step: its heading at once (it takes focus), the rest once its part has loaded. */
  private renderReview(
    procedure: ProcedureDetail,
    sections: FormSections,
    fields: FieldContext,
    fee: TemplateResult,
    consent: FieldDef | undefined,
  ): TemplateResult {
    const review = this.parts.review.load();
    // The dossier goes soon: the code that sends it is fetched while the citizen reads it over.
    if (review) this.parts.submission.load();
    return html`<form novalidate @submit=${this.onSubmit}>
      <h2 part="step-heading" class="step-heading" tabindex="-1">
        ${msg('Kiểm tra lại trước khi nộp', { id: 'form.review' })}
      </h2>
      ${
        review && consent
          ? review.renderReviewStep({
              sections: sections.fields,
              trailing: [sections.delivery],
              values: fields.values,
              documents: procedure.requiredDocuments,
              uploads: this.files.items,
              locale: this.locale,
              onEdit: this.onEditSection,
              fee,
              consent: renderField(consent, fields),
              problem: this.problem ? messageText(this.problem, this.locale) : '',
              submitting: this.submitting,
              onBack: this.onBack,
            })
          : this.renderWhileLoading(this.parts.review)
      }
    </form>`;
  }

  /** "Đang tải…" while a part is on its way; nothing once it has failed (the message region says so). */
  private renderWhileLoading(part: LazyPart<unknown>): TemplateResult | typeof nothing {
    return part.status === 'failed' ? nothing : renderPartLoading();
  }

  /** After sending: the receipt, or the queued notice (the submission part has loaded by then). */
  private renderOutcome(): TemplateResult | typeof nothing {
    const submission = this.parts.submission.load();
    if (!submission) return this.renderWhileLoading(this.parts.submission);
    return submission.renderOutcome({
      created: this.step === 'done' ? this.created : undefined,
      queued: this.queued,
      statusUrl: this.statusUrl,
      onNew: this.onStartOver,
      warnOnce: (key, message) => this.warnOnce(key, message),
    });
  }
}

/** The events of `<dvc-dossier-form>`, by type. */
export interface DvcDossierFormEventMap {
  'dvc-dossier-submit': CustomEvent<DvcDossierSubmitDetail>;
  'dvc-dossier-submitted': CustomEvent<DvcDossierSubmittedDetail>;
  'dvc-error': CustomEvent<DvcErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
  interface HTMLElementEventMap {
    'dvc-dossier-submit': CustomEvent<DvcDossierSubmitDetail>;
    'dvc-dossier-submitted': CustomEvent<DvcDossierSubmittedDetail>;
    'dvc-error': CustomEvent<DvcErrorDetail>;
  }
}
