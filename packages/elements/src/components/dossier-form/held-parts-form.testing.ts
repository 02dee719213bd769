// A <dvc-dossier-form> whose parts loaded on demand arrive when its test says so, whatever the page
// has fetched before (the browser keeps a module once imported, so the test order must not matter):
// a part can be held back until released, or fail as when the line drops or a deploy lost the file.
// It records what it was asked for and what it handed over, in order.
import type { DvcClient } from '../../base/client-context.js';
import { DvcDossierForm } from './dossier-form.js';
import { type RenderFormOptions, renderForm } from './form-fixture.testing.js';
import type { DossierFormPartModules, DossierFormPartName } from './form-parts.js';

/** Every part the form loads on demand. */
export const FORM_PARTS: readonly DossierFormPartName[] = ['validation', 'upload', 'review', 'submission'];

/** What happened to a part's import: asked for, handed over to the form, or failed. */
export type PartEvent = `${'asked' | 'loaded' | 'failed'} ${DossierFormPartName}`;

/** The tag of {@link HeldPartsForm}. */
export const HELD_PARTS_FORM = 'held-parts-dossier-form';

/**
 * The form with its part imports in the test's hands. Parts in {@link HeldPartsForm.held} wait for
 * {@link HeldPartsForm.release}; parts in {@link HeldPartsForm.failing} reject; the others are the real
 * modules at once. Set `held` and `failing` before the action that asks for the part.
 */
export class HeldPartsForm extends DvcDossierForm {
  /** The parts to hold back once asked for, until released. */
  readonly held = new Set<DossierFormPartName>();
  /** The parts whose import fails. */
  readonly failing = new Set<DossierFormPartName>();
  /** The imports, in order: `asked validation`, `loaded validation`, `asked upload`… */
  readonly log: PartEvent[] = [];
  readonly #releases = new Map<DossierFormPartName, () => void>();

  /** The parts asked for so far, in order. */
  get asked(): DossierFormPartName[] {
    return this.#partsThat('asked');
  }

  /** The parts handed over to the form so far, in order. */
  get loaded(): DossierFormPartName[] {
    return this.#partsThat('loaded');
  }

  /** Whether a part has been asked for and is held back now: the form is waiting for it. */
  waitingFor(name: DossierFormPartName): boolean {
    return this.#releases.has(name);
  }

  /** Hands a held part over (now, or as soon as it is asked for). */
  release(name: DossierFormPartName): void {
    this.held.delete(name);
    this.#releases.get(name)?.();
    this.#releases.delete(name);
  }

  protected override async importPart<Name extends DossierFormPartName>(
    name: Name,
  ): Promise<DossierFormPartModules[Name]> {
    this.log.push(`asked ${name}`);
    if (this.held.has(name)) {
      await new Promise<void>((resolve) => this.#releases.set(name, resolve));
    }
    if (this.failing.has(name)) {
      this.log.push(`failed ${name}`);
      // What Chromium throws when a dynamic import cannot be fetched.
      throw new TypeError(`Failed to fetch dynamically imported module: /dossier-form/${name}-part.js`);
    }
    const module = await super.importPart(name);
    this.log.push(`loaded ${name}`);
    return module;
  }

  #partsThat(what: 'asked' | 'loaded'): DossierFormPartName[] {
    return this.log.flatMap((event) => {
      const [kind, name] = event.split(' ') as [string, DossierFormPartName];
      return kind === what ? [name] : [];
    });
  }
}
customElements.define(HELD_PARTS_FORM, HeldPartsForm);

declare global {
  interface HTMLElementTagNameMap {
    'held-parts-dossier-form': HeldPartsForm;
  }
}

/** The birth registration's form as a {@link HeldPartsForm}, once loaded (see `renderForm`). */
export const renderHeldForm = (
  client: DvcClient,
  options: Omit<RenderFormOptions, 'tag'> = {},
): Promise<HeldPartsForm> => renderForm<HeldPartsForm>(client, { ...options, tag: HELD_PARTS_FORM });
