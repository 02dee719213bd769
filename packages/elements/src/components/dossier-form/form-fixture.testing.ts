// A <dvc-dossier-form> over a fake client (the contract's examples) for the browser tests of the parts
// the form loads on demand and of its warnings: the form, files to pick, a valid filling, a line that
// drops, and presses made on the review step.
import { type Attachment, DvcNetworkError } from '@dvc-kit/client';
import { aTimeout, fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import { loadExample } from '../../../../../tests/support/examples.js';
import { fakeClient } from '../../../../../tests/support/fake-client.js';
import type { DvcClient } from '../../base/client-context.js';
import type { DvcDossierForm } from './dossier-form.js';
import {
  input,
  PART_LOAD_WAIT,
  root,
  setField,
  text,
  validBirthRegistration,
} from './form-queries.testing.js';
import type { DossierCreate, DossierCreated, Location, Outbox, ProcedureDetail, Ward } from './form-types.js';

/** A fake client that records what the form sends, over a line the test can take down. */
export type RecordingClient = DvcClient & {
  readonly recorded: { readonly creates: DossierCreate[]; readonly uploads: string[] };
  /** Whether the line is up: while it is down, uploads and submissions fail with a network error. */
  readonly online: () => boolean;
  /** Takes the line down, as when an agent point's connection drops. */
  dropLine(): void;
};

/**
 * A client over the contract's examples: the birth registration, Hà Nội's wards and places. Once its
 * line is dropped, what the form sends fails as `fetch` does offline.
 */
export async function recordingClient(): Promise<RecordingClient> {
  const [procedure, wardList, locationPage, created, attachment] = await Promise.all([
    loadExample<ProcedureDetail>('ProcedureDetail'),
    loadExample<{ items: Ward[] }>('WardList'),
    loadExample<{ items: Location[] }>('LocationPage'),
    loadExample<DossierCreated>('DossierCreated'),
    loadExample<Attachment>('Attachment'),
  ]);
  const recorded = { creates: [] as DossierCreate[], uploads: [] as string[] };
  let lineUp = true;
  const overTheLine = () => {
    if (lineUp) return;
    throw new DvcNetworkError({ request: undefined, cause: new TypeError('Failed to fetch'), locale: 'vi' });
  };
  const fake = fakeClient({
    procedures: { get: async () => procedure },
    wards: { list: async () => ({ items: wardList.items, attribution: 'test' }) },
    locations: {
      list: async (query) => {
        const items = locationPage.items.filter((location) => location.wardCode === query?.wardCode);
        return { items, total: items.length, nextCursor: null };
      },
    },
    attachments: {
      upload: async (_file, options) => {
        overTheLine();
        recorded.uploads.push(options.fileName);
        return { ...attachment, id: `att_test${recorded.uploads.length}`, fileName: options.fileName };
      },
    },
    dossiers: {
      create: async (body) => {
        overTheLine();
        recorded.creates.push(body);
        return created;
      },
    },
  });
  return Object.assign(fake, {
    recorded,
    online: () => lineUp,
    dropLine: () => {
      lineUp = false;
    },
  });
}

let draftCounter = 0;

/** Options of {@link renderForm}. */
export interface RenderFormOptions {
  /** The element: `dvc-dossier-form`, or a test subclass's tag (e.g. `HELD_PARTS_FORM`). */
  readonly tag?: string;
  /** The page's outbox. */
  readonly outbox?: Outbox;
  /** The form's `draft-key`: another form's, to restore its draft; else one of its own. */
  readonly draftKey?: string;
}

/** A `draft-key` no other form of the test run has: a draft of its own. */
export const freshDraftKey = (): string => `on-demand-${Date.now()}-${++draftCounter}`;

/**
 * The birth registration's form, with a draft of its own (or `draftKey`'s), once its procedure and
 * wards have loaded. `Form` is the class of `tag`.
 */
export async function renderForm<Form extends DvcDossierForm = DvcDossierForm>(
  client: DvcClient,
  { tag = 'dvc-dossier-form', outbox, draftKey = freshDraftKey() }: RenderFormOptions = {},
): Promise<Form> {
  const element = await fixture<Form>(html`<${unsafeStatic(tag)}
    procedure-code="1.001193"
    draft-key=${draftKey}
    .client=${client}
    .outbox=${outbox}
  ></${unsafeStatic(tag)}>`);
  await waitUntil(
    () => input<HTMLSelectElement>(element, '/owner/address/wardCode').options.length > 1,
    'the form did not load',
  );
  return element;
}

/** A PDF file as a picker gives it. */
export const pdf = (name: string): File => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });

/** Gives a document's file input files, as a file picker would. */
export function pick(element: DvcDossierForm, documentCode: string, files: readonly File[]): void {
  const target = input(element, `/attachments/${documentCode}`);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  target.files = transfer.files;
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Lets the form render what an input changed — Lit renders in microtasks, done before the next task —
 * without `updateComplete`, which also waits for the parts on their way (and a test may hold one back).
 */
const rendered = (): Promise<void> => aTimeout(0);

/**
 * Fills the birth registration validly (with `overrides` by pointer), its documents uploaded. It does
 * not wait for the parts that are not needed to fill in: a test may hold back the review or submission.
 */
export async function fillValid(
  element: DvcDossierForm,
  overrides: Readonly<Record<string, string>> = {},
): Promise<void> {
  for (const [pointer, value] of validBirthRegistration()) {
    setField(element, pointer, overrides[pointer] ?? value, { blur: true });
    await rendered();
  }
  pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
  pick(element, 'TP2', [pdf('giấy-chứng-sinh.pdf')]);
  await waitUntil(() => text(root(element)).split('Đã tải lên').length === 3, 'uploads', PART_LOAD_WAIT);
  await waitUntil(
    () => input<HTMLSelectElement>(element, '/delivery/locationId').options.length > 1,
    'no result-return places',
  );
  setField(element, '/delivery/locationId', 'loc-agent-vnpost-01');
  await rendered();
}

/** The form's submit button: "Tiếp tục" on the fill-in step, "Nộp hồ sơ" on the review step. */
export const submitButton = (element: DvcDossierForm): HTMLButtonElement =>
  root(element).querySelector('button[type="submit"]') as HTMLButtonElement;

/**
 * Goes on to the review step ("Tiếp tục") and, once its submit button shows, presses it twice (after
 * ticking the consent box, with `consent`), as a double click or a repeated Enter would.
 */
export async function pressSubmitTwice(
  element: DvcDossierForm,
  { consent = false }: { consent?: boolean } = {},
): Promise<void> {
  submitButton(element).click();
  const reviewSubmit = () => root(element).querySelector<HTMLButtonElement>('[part~="submit-button"]');
  await waitUntil(reviewSubmit, 'no review step', PART_LOAD_WAIT);
  if (consent) input(element, '/consent/personalDataProcessing').click();
  reviewSubmit()?.click();
  reviewSubmit()?.click();
}
