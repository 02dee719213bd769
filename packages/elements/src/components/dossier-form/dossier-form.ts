import { isDvcApiError } from '@dvc-kit/client';
import { formatDateTime } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buttonStyles } from '../../base/button-styles.js';
import { errorText } from '../../base/client-error.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { warn } from '../../base/warn.js';
import { attachmentErrors, checkFileFor } from './attachment-checks.js';
import { CONSENT, CONSENT_ACCEPTED_AT, dossierBody } from './dossier-body.js';
import { dossierFormStyles } from './dossier-form.styles.js';
import {
  createIndexedDbDraftStore,
  type DossierDraft,
  draftId,
  type PendingSubmission,
} from './draft-store.js';
import { renderErrorSummary, type SummaryEntry } from './error-summary.js';
import {
  type FieldDef,
  type FieldValue,
  type FieldValues,
  renderField,
  validateField,
} from './form-field.js';
import type {
  Channel,
  DossierCreate,
  DossierCreated,
  Outbox,
  OutboxItem,
  ProcedureDetail,
  Staff,
} from './form-types.js';
import { renderOutcome } from './outcome-panels.js';
import { attachmentPointer, fieldId } from './pointers.js';
import { renderAttachments, uploadedDocuments } from './sections/attachments-section.js';
import {
  DELIVERY_WARD_FILTER,
  type DeliveryMethod,
  deliverySection,
  renderFeeSummary,
} from './sections/delivery-section.js';
import { eFormSections, type FieldSection } from './sections/eform-fields.js';
import { FILER_ROLE, type FilerRole, ownerSection, representativeSection } from './sections/owner-section.js';
import { renderReview } from './sections/review-section.js';
import { mapServerErrors } from './server-errors.js';
import { type SubmissionResult, submitDossier } from './submission.js';
import { AttachmentUploads } from './uploads.js';
import { type FormMessage, messageText } from './validation.js';

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

/** Where the form is: filling in, checking before sending, sent, or queued in the outbox. */
type Step = 'edit' | 'review' | 'done' | 'queued';

/**
 * How long typing must pause before the draft is saved: long enough to batch a typist's keystrokes
 * into one write, short enough that a crash or a closed tab loses at most half a second of typing.
 */
const AUTOSAVE_DELAY_MS = 500;

/** The contract's channels: what `channel` may be. */
const CHANNELS = ['IN_PERSON', 'ONLINE', 'POSTAL'] as const satisfies readonly Channel[];

/** The drafts of every form on the page (one IndexedDB database, writes in order). */
const drafts = createIndexedDbDraftStore();

/** Fields whose check reads another field: the owner's ID number encodes the birth year and the sex. */
const CROSS_CHECKED: Readonly<Record<string, string>> = {
  '/owner/dateOfBirth': '/owner/personalId',
  '/owner/sex': '/owner/personalId',
};

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
 * @csspart message - Loading and load errors.
 * @csspart step-heading - The heading of the review step and of the outcome (it takes focus).
 * @csspart submit-error - Why the submission did not go through (above the submit button).
 * @csspart error-summary - The summary of errors at the top.
 * @csspart section - A section of the form (owner, e-form sections, documents, delivery…).
 * @csspart field - A field: label, hint, error and input.
 * @csspart input - A text input, text area or select.
 * @csspart error-message - An inline error.
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
  @state() private unplacedErrors: readonly FormMessage[] = [];
  @state() private showSummary = false;
  @state() private step: Step = 'edit';
  @state() private submitting = false;
  @state() private problem: FormMessage | undefined;
  @state() private created: DossierCreated | undefined;
  @state() private queued: OutboxItem | undefined;
  @state() private restoredAt: string | undefined;

  private readonly uploads = new AttachmentUploads({
    client: () => this.activeClient,
    changed: () => {
      this.requestUpdate();
      this.scheduleSave();
    },
    failed: (error) => this.reportError(error),
  });

  private pending: PendingSubmission | undefined;
  /** The draft the state belongs to, once loaded; saving waits for it. */
  private draftReady: string | undefined;
  private draftLoading: string | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Changes not yet written to the draft (typed, possibly, before the draft had loaded). */
  private unsaved = false;
  /** Bumped by every reset, so an answer to a submission made before it is dropped. */
  private generation = 0;
  private watchedOutbox: Outbox | undefined;
  private fieldDefs = new Map<string, FieldDef>();
  private fieldOrder: string[] = [];
  private readonly warnings = new Set<string>();
  private readonly camera = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;

  private readonly procedureTask = new Task(this, {
    args: () => [this.procedure ? undefined : this.procedureCode, this.activeClient] as const,
    task: ([code, client], { signal }) => {
      if (!code) return initialState;
      if (client) return client.procedures.get(code, { signal });
      // A provider defined later in the same page load still reaches the element: warn only if, one
      // task later, there is still no client.
      setTimeout(() => {
        if (this.isConnected && !this.activeClient) {
          this.warnOnce(
            'client',
            '<dvc-dossier-form> has no client: set .client or wrap it in <dvc-provider>.',
          );
        }
      });
      return initialState;
    },
    onError: (error) => this.reportError(error),
  });

  private readonly wardsTask = new Task(this, {
    args: () => [this.activeClient] as const,
    task: async ([client], { signal }) =>
      client ? (await client.wards.list({ signal })).items : initialState,
    onError: (error) => this.reportError(error),
  });

  private readonly locationsTask = new Task(this, {
    args: () =>
      [
        this.activeClient,
        this.formValues['/delivery/method'],
        this.formValues[DELIVERY_WARD_FILTER],
      ] as const,
    task: async ([client, method, wardCode], { signal }) => {
      if (!client || method !== 'AT_LOCATION' || typeof wardCode !== 'string' || wardCode === '') {
        return initialState;
      }
      // 100 is the contract's largest page; one ward has a handful of places.
      const query = { acceptsResultReturn: true, wardCode, limit: 100 };
      return (await client.locations.list(query, { signal })).items;
    },
    onError: (error) => this.reportError(error),
  });

  /** The procedure on show: `procedure`, else the one loaded for `procedure-code`. */
  private get activeProcedure(): ProcedureDetail | undefined {
    if (this.procedure) return this.procedure;
    return this.procedureTask.status === TaskStatus.COMPLETE ? this.procedureTask.value : undefined;
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
    if (id) await this.tolerate(() => drafts.delete(id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchOutbox(this.queued ? this.watchedOutbox : undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page (or the element being replaced) must not lose the last half-second of typing.
    if (this.saveTimer !== undefined) void this.saveNow();
    this.watchedOutbox?.removeEventListener('change', this.onOutboxChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('channel') && !(CHANNELS as readonly string[]).includes(this.channel)) {
      this.warnOnce(
        `channel:${this.channel}`,
        `<dvc-dossier-form> has an unknown channel ${JSON.stringify(this.channel)}.`,
      );
    }
    const id = this.currentDraftId;
    if (id !== this.draftLoading) void this.restoreDraft(id);
  }

  private async restoreDraft(id: string | undefined): Promise<void> {
    this.draftLoading = id;
    // The previous draft's last keystrokes are saved before the state is replaced.
    if (this.saveTimer !== undefined) await this.saveNow();
    this.draftReady = undefined;
    this.clearState();
    if (id === undefined) return;
    const draft = await this.tolerate(() => drafts.get(id));
    if (this.draftLoading !== id) return;
    if (draft) {
      this.values = { ...draft.values, ...this.values };
      this.uploads.replace(
        draft.attachments.map((attachment) => ({
          ...attachment,
          id: attachment.attachmentId,
          status: 'done' as const,
          progress: 1,
        })),
      );
      this.pending = draft.pending;
      this.restoredAt = draft.savedAt;
    }
    this.draftReady = id;
    // What was typed while the draft loaded is saved now (at once if the element has already gone).
    if (this.unsaved) {
      if (this.isConnected) this.scheduleSave();
      else void this.saveNow();
    }
  }

  private clearState(): void {
    this.generation += 1;
    this.forgetEntries();
    this.errors = new Map();
    this.unplacedErrors = [];
    this.showSummary = false;
    this.step = 'edit';
    this.submitting = false;
    this.problem = undefined;
    this.created = undefined;
    this.queued = undefined;
    this.restoredAt = undefined;
    this.watchOutbox(undefined);
  }

  /** Drops the citizen's data from memory (values, file references, the submission key), unsaved. */
  private forgetEntries(): void {
    this.uploads.replace([]);
    // After emptying the uploads, whose change would otherwise schedule a save of the empty form.
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.unsaved = false;
    this.values = {};
    this.pending = undefined;
  }

  private scheduleSave(): void {
    this.unsaved = true;
    if (this.draftReady === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  private async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const id = this.draftReady;
    if (id === undefined) return;
    this.unsaved = false;
    const draft: DossierDraft = {
      id,
      values: this.values,
      attachments: this.uploads.items.flatMap(({ documentCode, attachmentId, fileName, status }) =>
        status === 'done' && attachmentId ? [{ documentCode, attachmentId, fileName }] : [],
      ),
      pending: this.pending,
      savedAt: new Date().toISOString(),
    };
    await this.tolerate(() => drafts.put(draft));
  }

  // A draft store that fails (private browsing, quota) must not stop the citizen from filing.
  private async tolerate<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (error) {
      this.warnOnce(
        'drafts',
        '<dvc-dossier-form> cannot save drafts here; a reload will lose the form.',
        error,
      );
      return undefined;
    }
  }

  private onChange = (pointer: string, value: FieldValue): void => {
    const values = { ...this.values, [pointer]: value };
    if (pointer === CONSENT) values[CONSENT_ACCEPTED_AT] = value ? new Date().toISOString() : '';
    if (pointer === DELIVERY_WARD_FILTER) values['/delivery/locationId'] = '';
    if (pointer === '/delivery/method' && value === 'POSTAL') this.prefillPostal(values);
    this.values = values;
    this.scheduleSave();
    // Choices have no "leaving the field" worth waiting for: re-check a wrong one at once.
    const control = this.fieldDefs.get(pointer)?.control;
    if (control === 'select' || control === 'radio' || control === 'checkbox') this.revalidate(pointer);
  };

  private onBlur = (pointer: string): void => this.revalidate(pointer);

  /** The owner usually receives the result at home: start the postal address from theirs. */
  private prefillPostal(values: Record<string, FieldValue>): void {
    const copies: Record<string, string> = {
      '/delivery/address/recipientName': '/owner/fullName',
      '/delivery/address/phone': '/owner/phone',
      '/delivery/address/wardCode': '/owner/address/wardCode',
      '/delivery/address/detail': '/owner/address/detail',
    };
    for (const [to, from] of Object.entries(copies)) values[to] ||= values[from] ?? '';
  }

  /** Checks a field the user has left (and the fields that read it), once it has a value or an error. */
  private revalidate(pointer: string): void {
    const values = this.formValues;
    const errors = new Map(this.errors);
    for (const target of [pointer, CROSS_CHECKED[pointer]]) {
      const def = target === undefined ? undefined : this.fieldDefs.get(target);
      if (!def || (!errors.has(def.pointer) && !values[def.pointer])) continue;
      const error = validateField(def, values);
      if (error) errors.set(def.pointer, error);
      else errors.delete(def.pointer);
    }
    this.errors = errors;
  }

  private sectionsOf(procedure: ProcedureDetail): { fields: FieldSection[]; delivery: FieldSection } {
    const locale = this.locale;
    const values = this.formValues;
    const wards = this.wardsTask.status === TaskStatus.COMPLETE ? this.wardsTask.value : undefined;
    const wardOptions = (wards ?? [])
      .map((ward) => ({ value: ward.code, label: locale === 'vi' ? ward.fullName : ward.fullNameEn }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    const fields: FieldSection[] = [];
    if (procedure.cases.length > 1) {
      fields.push({
        id: 'case',
        title: procedure.name[locale],
        fields: [
          {
            pointer: '/caseCode',
            label: msg('Trường hợp', { id: 'form.case' }),
            control: 'select',
            required: true,
            options: procedure.cases.map((item) => ({ value: item.code, label: item.name[locale] })),
          },
        ],
      });
    }
    fields.push(
      ownerSection(wardOptions),
      representativeSection(values[FILER_ROLE] as FilerRole, procedure.requiredDocuments, locale),
      ...eFormSections(procedure.eForm, locale, wardOptions),
    );
    const locations =
      this.locationsTask.status === TaskStatus.COMPLETE
        ? this.locationsTask.value
        : this.locationsTask.status === TaskStatus.PENDING
          ? 'loading'
          : undefined;
    const method = values['/delivery/method'] as DeliveryMethod;
    return { fields, delivery: deliverySection({ method, wardOptions, locations, locale }) };
  }

  private consentField(): FieldDef {
    return {
      pointer: CONSENT,
      label: msg(
        'Tôi đồng ý để cơ quan tiếp nhận và giải quyết hồ sơ xử lý dữ liệu cá nhân trong hồ sơ này, chỉ nhằm giải quyết thủ tục hành chính, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
        { id: 'form.consent' },
      ),
      control: 'checkbox',
      required: true,
      requiredMessage: () =>
        msg('Cần có sự đồng ý xử lý dữ liệu cá nhân để nộp hồ sơ.', { id: 'form.error.consent' }),
    };
  }

  /** Every check of the fill-in step, in the form's order. */
  private checkAll(procedure: ProcedureDetail, withConsent: boolean): Map<string, FormMessage> {
    const values = this.formValues;
    const errors = new Map<string, FormMessage>();
    for (const pointer of withConsent ? [...this.fieldOrder, CONSENT] : this.fieldOrder) {
      const def = this.fieldDefs.get(pointer);
      const error = def ? validateField(def, values) : undefined;
      if (error) errors.set(pointer, error);
    }
    const documents = attachmentErrors(
      procedure.requiredDocuments,
      this.uploads.items,
      values,
      () => this.locale,
    );
    for (const [pointer, error] of documents) errors.set(pointer, error);
    return errors;
  }

  private async showErrors(errors: ReadonlyMap<string, FormMessage>, unplaced: readonly FormMessage[]) {
    this.errors = errors;
    this.unplacedErrors = unplaced;
    this.showSummary = errors.size + unplaced.length > 0;
    if (!this.showSummary) return;
    // Errors to fix in the form take the user back to it; consent (or nothing placed) stays on review.
    if ([...errors.keys()].some((pointer) => pointer !== CONSENT)) this.step = 'edit';
    await this.updateComplete;
    this.partOf('error-summary')?.focus();
  }

  private onContinue = async (event: Event): Promise<void> => {
    event.preventDefault();
    const procedure = this.activeProcedure;
    if (!procedure) return;
    this.problem = undefined;
    const errors = this.checkAll(procedure, false);
    await this.showErrors(errors, []);
    if (errors.size > 0) return;
    this.step = 'review';
    await this.updateComplete;
    this.partOf('step-heading')?.focus();
  };

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const procedure = this.activeProcedure;
    const client = this.activeClient;
    // One submission at a time: a double click or a repeated Enter lands here while it is in flight.
    if (this.submitting || !procedure) return;
    if (!client) {
      this.warnOnce('client', '<dvc-dossier-form> has no client: set .client or wrap it in <dvc-provider>.');
      return;
    }
    const errors = this.checkAll(procedure, true);
    if (errors.size > 0) {
      await this.showErrors(errors, []);
      return;
    }
    const body = dossierBody(this.formValues, {
      procedure,
      channel: this.channel,
      receivingLocationId: this.receivingLocationId,
      clientReference: this.clientReference,
      uploads: this.uploads.items,
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
    const result = await submitDossier(body, {
      client,
      outbox: this.outbox,
      online: () => globalThis.navigator?.onLine ?? true,
      pending: this.pending,
      persist: (pending) => {
        this.pending = pending;
        return this.saveNow();
      },
    });
    if (generation !== this.generation) return;
    this.submitting = false;
    await this.settle(result, body, procedure);
  };

  private async settle(result: SubmissionResult, body: DossierCreate, procedure: ProcedureDetail) {
    if (result.kind === 'created' || result.kind === 'queued') {
      // Sent or in the outbox: nothing of this citizen's stays in the form or its draft (shared PCs).
      const id = this.currentDraftId;
      this.forgetEntries();
      if (id) await this.tolerate(() => drafts.delete(id));
      this.restoredAt = undefined;
      if (result.kind === 'created') {
        await this.finish(result.created);
      } else {
        this.queued = result.item;
        this.step = 'queued';
        this.watchOutbox(this.outbox);
        await this.updateComplete;
      }
      this.partOf('step-heading')?.focus();
      return;
    }
    const { error } = result;
    this.reportError(error);
    if (isDvcApiError(error) && error.errors.length > 0) {
      const mapped = mapServerErrors(error.errors, body, procedure.requiredDocuments, (pointer) =>
        this.fieldDefs.has(pointer),
      );
      await this.showErrors(mapped.fields, mapped.unplaced);
      return;
    }
    // Re-worded at each render: the server's message comes in both languages.
    const detail = () => errorText(error, this.locale) ?? '';
    this.problem =
      result.kind === 'rejected'
        ? () => {
            const reason = detail();
            return msg(str`Chưa nộp được hồ sơ. ${reason}`, { id: 'form.submit-rejected' });
          }
        : () => {
            const reason = detail();
            return msg(
              str`Chưa rõ hồ sơ đã được gửi chưa. ${reason} Bấm “Nộp hồ sơ” để thử lại: hồ sơ sẽ không bị nộp trùng.`,
              { id: 'form.submit-failed' },
            );
          };
  }

  /** Shows the receipt, then announces the dossier (rendered by then: a listener may print it). */
  private async finish(created: DossierCreated): Promise<void> {
    this.created = created;
    this.step = 'done';
    await this.updateComplete;
    emit<DvcDossierFormEventMap, 'dvc-dossier-submitted'>(this, 'dvc-dossier-submitted', created);
  }

  private onOutboxChange = (event: Event): void => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    if (item.id !== this.queued?.id) return;
    this.queued = item;
    if (item.state === 'sent' && item.dossier && item.receipt && this.step === 'queued') {
      void this.finish({ dossier: item.dossier, receipt: item.receipt });
    }
  };

  private watchOutbox(outbox: Outbox | undefined): void {
    this.watchedOutbox?.removeEventListener('change', this.onOutboxChange);
    this.watchedOutbox = outbox;
    outbox?.addEventListener('change', this.onOutboxChange);
  }

  private reportError(error: unknown): void {
    if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
    emit<DvcDossierFormEventMap, 'dvc-error'>(this, 'dvc-error', { error });
  }

  private warnOnce(key: string, message: string, ...details: unknown[]): void {
    if (this.warnings.has(key)) return;
    this.warnings.add(key);
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
      await this.updateComplete;
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
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.input, input')?.focus();
  };

  protected override render(): TemplateResult {
    const procedure = this.activeProcedure;
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.renderSteps()}
      <div part="notice" class="notice ${this.restoredAt ? 'shown' : ''}" role="status">
        ${
          this.restoredAt && this.step === 'edit'
            ? html`<p>
                  ${msg(str`Đã khôi phục bản nháp lưu lúc ${formatDateTime(this.restoredAt)}.`, {
                    id: 'form.draft-restored',
                  })}
                </p>
                <button type="button" class="button secondary small" @click=${this.onStartOver}>
                  ${msg('Bắt đầu lại', { id: 'form.start-over' })}
                </button>`
            : nothing
        }
      </div>
      <div part="error-summary" class="error-summary ${this.showSummary ? 'shown' : ''}" role="alert" tabindex="-1">
        ${this.showSummary ? renderErrorSummary(this.summaryEntries(), this.locale, this.focusField) : nothing}
      </div>
      <div part="message" class="message" role="alert">${this.renderMessage()}</div>
      ${procedure ? this.renderStep(procedure) : nothing}
    </div>`;
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

  private renderSteps(): TemplateResult {
    const labels = [
      msg('Điền thông tin', { id: 'form.step.edit' }),
      msg('Kiểm tra và nộp', { id: 'form.step.review' }),
      msg('Nhận giấy tiếp nhận', { id: 'form.step.done' }),
    ];
    const current = this.step === 'edit' ? 0 : this.step === 'review' ? 1 : 2;
    return html`<ol part="steps" class="steps" aria-label=${msg('Các bước nộp hồ sơ', { id: 'form.steps' })}>
      ${labels.map(
        (label, index) =>
          html`<li class=${index === current ? 'current' : index < current ? 'past' : ''} aria-current=${index === current ? 'step' : nothing}>
            ${label}
          </li>`,
      )}
    </ol>`;
  }

  private renderMessage(): TemplateResult | string | typeof nothing {
    const failed = [this.procedureTask, this.wardsTask, this.locationsTask].filter(
      (task) => task.status === TaskStatus.ERROR,
    );
    if (failed.length > 0) {
      return html`<p>${msg('Không tải được dữ liệu của biểu mẫu.', { id: 'form.load-failed' })}</p>
        <button type="button" class="button secondary small" @click=${() => {
          for (const task of failed) void task.run();
        }}>
          ${msg('Thử lại', { id: 'common.retry' })}
        </button>`;
    }
    if (!this.activeProcedure && this.procedureTask.status === TaskStatus.PENDING) {
      return msg('Đang tải…', { id: 'form.loading' });
    }
    return nothing;
  }

  private renderStep(procedure: ProcedureDetail): TemplateResult {
    if (this.step === 'done' || this.step === 'queued') {
      return renderOutcome({
        created: this.step === 'done' ? this.created : undefined,
        queued: this.queued,
        statusUrl: this.statusUrl,
        onNew: this.onStartOver,
        onMissingReceipt: () =>
          this.warnOnce(
            'receipt',
            '<dvc-dossier-form> shows the receipt with <dvc-receipt>: import its define file.',
          ),
      });
    }
    const { fields, delivery } = this.sectionsOf(procedure);
    const consent = this.consentField();
    this.fieldDefs = new Map(
      [...fields, delivery].flatMap((section) => section.fields).map((def) => [def.pointer, def]),
    );
    this.fieldDefs.set(CONSENT, consent);
    this.fieldOrder = [
      ...[...fields.flatMap((section) => section.fields)].map((def) => def.pointer),
      ...uploadedDocuments(procedure.requiredDocuments).map((document) => attachmentPointer(document.code)),
      ...delivery.fields.map((def) => def.pointer),
    ];
    const context = {
      values: this.formValues,
      errors: this.errors,
      locale: this.locale,
      autofill: !this.counter && !this.staff,
      onChange: this.onChange,
      onBlur: this.onBlur,
    };
    const section = (item: FieldSection, extra: unknown = nothing) =>
      html`<section part="section" class="section">
        <h2>${item.title}</h2>
        ${item.fields.map((def) => renderField(def, context))} ${extra}
      </section>`;
    const fee = renderFeeSummary(procedure, this.channel, this.locale);

    if (this.step === 'review') {
      return html`<form novalidate @submit=${this.onSubmit}>
        <h2 part="step-heading" class="step-heading" tabindex="-1">
          ${msg('Kiểm tra lại trước khi nộp', { id: 'form.review' })}
        </h2>
        ${renderReview({
          sections: fields,
          trailing: [delivery],
          values: context.values,
          documents: procedure.requiredDocuments,
          uploads: this.uploads.items,
          locale: this.locale,
          onEdit: this.onEditSection,
        })}
        ${fee} ${renderField(consent, context)}
        <p part="submit-error" class="message" role="alert">
          ${this.problem ? messageText(this.problem, this.locale) : nothing}
        </p>
        <div part="actions" class="actions">
          <button type="button" class="button secondary" @click=${this.onBack}>
            ${msg('Quay lại', { id: 'form.back' })}
          </button>
          <button part="submit-button" class="button" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? msg('Đang nộp…', { id: 'form.submitting' }) : msg('Nộp hồ sơ', { id: 'form.submit' })}
          </button>
        </div>
      </form>`;
    }
    return html`<form novalidate @submit=${this.onContinue}>
      ${fields.map((item) => section(item))}
      <section part="section" class="section">
        <h2>${msg('Giấy tờ', { id: 'form.attachments' })}</h2>
        ${renderAttachments({
          documents: procedure.requiredDocuments,
          uploads: this.uploads.items,
          errors: this.errors,
          locale: this.locale,
          camera: this.camera,
          onFiles: (code, files) => this.onFiles(code, files),
          onRetry: (id) => this.uploads.retry(id),
          onRemove: (id) => this.uploads.remove(id),
        })}
      </section>
      ${section(delivery, fee)}
      <div part="actions" class="actions">
        <button class="button" type="submit">${msg('Tiếp tục', { id: 'form.continue' })}</button>
      </div>
    </form>`;
  }

  private onFiles(documentCode: string, files: readonly File[]): void {
    const procedure = this.activeProcedure;
    const document = procedure?.requiredDocuments.find((candidate) => candidate.code === documentCode);
    if (!document) return;
    const errors = new Map(this.errors);
    const pointer = attachmentPointer(documentCode);
    errors.delete(pointer);
    for (const file of files) {
      const error = checkFileFor(document, file);
      if (error) errors.set(pointer, error);
      else this.uploads.add(documentCode, file);
    }
    this.errors = errors;
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
