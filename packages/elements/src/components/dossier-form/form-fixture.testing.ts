// A <dvc-dossier-form> over a fake client (the contract's examples) for the browser tests of the parts
// the form loads on demand and of its warnings: the form, files to pick, a valid filling, presses made
// before a part has loaded, and what the page has fetched so far.
import type { Attachment } from '@dvc-kit/client';
import { fixture, html, waitUntil } from '@open-wc/testing';
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
import type { DossierCreate, DossierCreated, Location, ProcedureDetail, Ward } from './form-types.js';

/** A fake client that records what the form sends. */
export type RecordingClient = DvcClient & {
  readonly recorded: { readonly creates: DossierCreate[]; readonly uploads: string[] };
};

/** A client over the contract's examples: the birth registration, Hà Nội's wards and places. */
export async function recordingClient(): Promise<RecordingClient> {
  const [procedure, wardList, locationPage, created, attachment] = await Promise.all([
    loadExample<ProcedureDetail>('ProcedureDetail'),
    loadExample<{ items: Ward[] }>('WardList'),
    loadExample<{ items: Location[] }>('LocationPage'),
    loadExample<DossierCreated>('DossierCreated'),
    loadExample<Attachment>('Attachment'),
  ]);
  const recorded = { creates: [] as DossierCreate[], uploads: [] as string[] };
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
        recorded.uploads.push(options.fileName);
        return { ...attachment, id: `att_test${recorded.uploads.length}`, fileName: options.fileName };
      },
    },
    dossiers: {
      create: async (body) => {
        recorded.creates.push(body);
        return created;
      },
    },
  });
  return Object.assign(fake, { recorded });
}

let draftCounter = 0;

/** The birth registration's form, with a draft of its own, once its procedure and wards have loaded. */
export async function renderForm(client: DvcClient): Promise<DvcDossierForm> {
  const element = await fixture<DvcDossierForm>(html`<dvc-dossier-form
    procedure-code="1.001193"
    draft-key=${`on-demand-${Date.now()}-${++draftCounter}`}
    .client=${client}
  ></dvc-dossier-form>`);
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

/** Fills the birth registration validly (with `overrides` by pointer), its documents uploaded. */
export async function fillValid(
  element: DvcDossierForm,
  overrides: Readonly<Record<string, string>> = {},
): Promise<void> {
  for (const [pointer, value] of validBirthRegistration()) {
    setField(element, pointer, overrides[pointer] ?? value, { blur: true });
    await element.updateComplete;
  }
  pick(element, 'TP1', [pdf('tờ-khai.pdf')]);
  pick(element, 'TP2', [pdf('giấy-chứng-sinh.pdf')]);
  await waitUntil(() => text(root(element)).split('Đã tải lên').length === 3, 'uploads', PART_LOAD_WAIT);
  await waitUntil(
    () => input<HTMLSelectElement>(element, '/delivery/locationId').options.length > 1,
    'no result-return places',
  );
  setField(element, '/delivery/locationId', 'loc-agent-vnpost-01');
  await element.updateComplete;
}

/** The form's submit button: "Tiếp tục" on the fill-in step, "Nộp hồ sơ" on the review step. */
export const submitButton = (element: DvcDossierForm): HTMLButtonElement =>
  root(element).querySelector('button[type="submit"]') as HTMLButtonElement;

/**
 * Goes on to the review step and, the moment its submit button shows, presses it twice (after ticking
 * the consent box, with `consent`). Resolves whether the presses came before the page had fetched the
 * code that sends (`submission-part`): the tests of presses made too early need that to be true.
 */
export function pressSubmitTwiceOnArrival(
  element: DvcDossierForm,
  { consent = false }: { consent?: boolean } = {},
): Promise<boolean> {
  const pressedEarly = new Promise<boolean>((resolve) => {
    const observer = new MutationObserver(() => {
      const button = root(element).querySelector<HTMLButtonElement>('[part~="submit-button"]');
      if (!button) return;
      observer.disconnect();
      if (consent) input(element, '/consent/personalDataProcessing').click();
      const early = !fetched('submission-part');
      button.click();
      button.click();
      resolve(early);
    });
    observer.observe(root(element), { childList: true, subtree: true });
  });
  submitButton(element).click();
  return pressedEarly;
}

// A page records at most 250 resource timings unless told otherwise: these tests ask for more, so that
// the parts the form fetches on demand are recorded however many modules the test page loaded first.
const RESOURCE_TIMINGS = 10_000;
performance.setResourceTimingBufferSize(RESOURCE_TIMINGS);

/**
 * Whether the page has fetched a module of the form whose file name starts with `module`
 * (`'validation-part'`): the test runner serves the sources module by module, as they are imported.
 */
export const fetched = (module: string): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.includes(`/dossier-form/${module}.`));
