// Queries into (and input for) a <dvc-dossier-form>'s shadow root, shared by its browser tests. They throw when the
// thing is missing, so a test fails where the form stopped rendering what it should.
import type { DvcDossierForm } from './dossier-form.js';
import { fieldId } from './pointers.js';

/** The form's shadow root. */
export function root(element: DvcDossierForm): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The control of the field at a body pointer (e.g. `/owner/personalId`). */
export function input<T extends HTMLElement = HTMLInputElement>(element: DvcDossierForm, pointer: string): T {
  const found = root(element).querySelector<T>(`#${fieldId(pointer)}`);
  if (!found) throw new Error(`No field ${pointer}`);
  return found;
}

/** The first element exposing a `::part`. */
export function part(element: DvcDossierForm, name: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

/** Text content with white space collapsed, as a reader hears it. */
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Sets a field as a user would leave it: radios are clicked, other controls get the value and the
 * `input` and `change` events; with `blur`, also the `blur` that triggers checking on leaving a field.
 */
export function setField(
  element: DvcDossierForm,
  pointer: string,
  value: string,
  { blur = false }: { blur?: boolean } = {},
): void {
  const radios = root(element).querySelectorAll<HTMLInputElement>(`input[name="${fieldId(pointer)}"]`);
  if (radios.length > 0) {
    [...radios].find((radio) => radio.value === value)?.click();
    return;
  }
  const target = input<HTMLInputElement | HTMLSelectElement>(element, pointer);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
  if (blur) target.dispatchEvent(new Event('blur'));
}

/**
 * The values of a valid birth registration (1.001193), by field pointer: a woman born 1990 in Hà Nội
 * (ID `001190…`) registering her daughter.
 */
export function validBirthRegistration(ownerName = 'Nguyễn Thị Lan'): readonly (readonly [string, string])[] {
  return [
    ['/owner/fullName', ownerName],
    ['/owner/personalId', '001190024817'],
    ['/owner/dateOfBirth', '14/03/1990'],
    ['/owner/sex', 'FEMALE'],
    ['/owner/phone', '0912345678'],
    ['/owner/address/wardCode', '00004'],
    ['/owner/address/detail', 'Số 25 phố Quán Thánh'],
    ['/formData/childFullName', 'Lê Minh An'],
    ['/formData/childDateOfBirth', '20/11/2026'],
    ['/formData/childSex', 'FEMALE'],
    ['/formData/childEthnicity', 'Kinh'],
    ['/formData/childNationality', 'Việt Nam'],
    ['/formData/childPlaceOfBirth', 'Bệnh viện Phụ sản Hà Nội'],
    ['/formData/requesterRelationship', 'MOTHER'],
  ];
}

/**
 * The options of a `waitUntil` that includes a part of the form loaded on demand the first time in the
 * page (the review step, the submission…): the test runner then fetches and compiles its modules,
 * which on a busy two-core machine can take more than `waitUntil`'s default second. 5 s stays well
 * within the runner's 10 s per test.
 */
export const PART_LOAD_WAIT = { timeout: 5000 } as const;
