// Fills `<dvc-dossier-form>` for birth registration (`ProcedureDetail.json`) as a counter agent does —
// typing, choosing, attaching files — so that the form's stories reach review, submission and the
// states after it through the element's own interface.
import type { DvcDossierForm } from '@dvc-kit/elements';
import { userEvent, waitFor } from 'storybook/test';
import { inShadow } from './play.js';

/** The selector of a field's input: the form's `fieldId` of a JSON Pointer into `DossierCreate`. */
export const fieldSelector = (pointer: string): string => `#f${pointer.replace(/[^A-Za-z0-9]/g, '-')}`;

// The owner of the main example dossier (`DossierCreate.json`): Nguyễn Thị Lan, born 14-03-1990 in Hà
// Nội, living in Phường Ba Đình; her result comes back to the VNPost agent point.
const TEXT_FIELDS: readonly (readonly [string, string])[] = [
  ['/owner/fullName', 'Nguyễn Thị Lan'],
  ['/owner/personalId', '001190024817'],
  ['/owner/dateOfBirth', '14/03/1990'],
  ['/owner/phone', '0912345678'],
  ['/owner/address/detail', 'Số 25 phố Quán Thánh'],
  ['/formData/childFullName', 'Lê Minh An'],
  ['/formData/childEthnicity', 'Kinh'],
  ['/formData/childNationality', 'Việt Nam'],
  ['/formData/childPlaceOfBirth', 'Bệnh viện Phụ sản Hà Nội'],
];
const RADIO_FIELDS: readonly (readonly [string, string])[] = [
  ['/owner/sex', 'FEMALE'],
  ['/formData/childSex', 'FEMALE'],
];
const WARD = '00004';
const RELATIONSHIP = 'MOTHER';
const AGENT_POINT = 'loc-agent-vnpost-01';
// A week old: registered on time (within 60 days of birth), and never in the future, whenever the
// story runs.
const CHILD_AGE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
// Two uploads one after the other at the slowest named latency (2 s), with room to spare.
const UPLOAD_TIMEOUT_MS = 10_000;

function childDateOfBirth(): string {
  const date = new Date(Date.now() - CHILD_AGE_DAYS * DAY_MS);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

// Keys without a pause between them: a practised agent's pace, and a play function that ends quickly.
const TYPING = { delay: null } as const;

const pdf = (name: string): File => new File(['%PDF-1.7\n%%EOF\n'], name, { type: 'application/pdf' });

async function selectWhenLoaded(form: DvcDossierForm, pointer: string, value: string): Promise<void> {
  const select = await inShadow<HTMLSelectElement>(form, fieldSelector(pointer), (element) =>
    [...element.options].some((option) => option.value === value),
  );
  await userEvent.selectOptions(select, value);
}

/** Waits until the form has loaded its procedure and the wards (the owner's ward list is filled). */
export async function whenLoaded(form: DvcDossierForm): Promise<void> {
  await selectWhenLoaded(form, '/owner/address/wardCode', WARD);
}

/**
 * Waits for the form to load, empties it (`reset()`, which also deletes a draft an earlier visit to
 * the story left), then fills every required field, attaches TP1 and TP2 and picks where the result
 * is returned.
 */
export async function fillBirthRegistration(form: DvcDossierForm): Promise<void> {
  await whenLoaded(form);
  await form.reset();
  for (const [pointer, value] of TEXT_FIELDS) {
    await userEvent.type(await inShadow(form, fieldSelector(pointer)), value, TYPING);
  }
  await userEvent.type(
    await inShadow(form, fieldSelector('/formData/childDateOfBirth')),
    childDateOfBirth(),
    TYPING,
  );
  for (const [pointer, value] of RADIO_FIELDS) {
    await userEvent.click(
      await inShadow<HTMLInputElement>(
        form,
        `input[name="${fieldSelector(pointer).slice(1)}"]`,
        (radio) => radio.value === value,
      ),
    );
  }
  await selectWhenLoaded(form, '/owner/address/wardCode', WARD);
  await selectWhenLoaded(form, '/formData/requesterRelationship', RELATIONSHIP);
  await userEvent.upload(
    await inShadow(form, fieldSelector('/attachments/TP1')),
    pdf('to-khai-khai-sinh.pdf'),
  );
  await userEvent.upload(await inShadow(form, fieldSelector('/attachments/TP2')), pdf('giay-chung-sinh.pdf'));
  // Attached: two files listed, and no progress bar of an upload on its way.
  await waitFor(
    () => {
      const uploads = [...(form.shadowRoot?.querySelectorAll('[part~="upload"]') ?? [])];
      if (uploads.length < 2 || uploads.some((upload) => upload.querySelector('progress'))) {
        throw new Error('The files are not attached yet');
      }
    },
    { timeout: UPLOAD_TIMEOUT_MS, onTimeout: (error) => error },
  );
  await selectWhenLoaded(form, '/delivery/locationId', AGENT_POINT);
}

/** From the filled form to the review step, with consent given. */
export async function toReview(form: DvcDossierForm): Promise<void> {
  await userEvent.click(await inShadow(form, 'button[type="submit"]'));
  await inShadow(form, '[part~="submit-button"]');
  const consent = await inShadow<HTMLInputElement>(form, fieldSelector('/consent/personalDataProcessing'));
  if (!consent.checked) await userEvent.click(consent);
}

/** Sends the dossier from the review step. */
export async function submit(form: DvcDossierForm): Promise<void> {
  await userEvent.click(await inShadow(form, '[part~="submit-button"]'));
}
