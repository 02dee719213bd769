// Queries into a <dvc-dossier-form>'s shadow root, shared by its browser tests. They throw when the
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
