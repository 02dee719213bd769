import { LazyPart, type LazyPartHost } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import type * as ReviewPart from './review-part.js';
import type * as SubmissionPart from './submission-part.js';
import type * as UploadPart from './upload-part.js';
import type * as ValidationPart from './validation-part.js';

/** The modules of the parts of <dvc-dossier-form> loaded on demand, by part. */
export interface DossierFormPartModules {
  readonly validation: typeof ValidationPart;
  readonly upload: typeof UploadPart;
  readonly review: typeof ReviewPart;
  readonly submission: typeof SubmissionPart;
}

/** A part of <dvc-dossier-form> loaded on demand. */
export type DossierFormPartName = keyof DossierFormPartModules;

/** How a part's module is imported. */
export type DossierFormPartImport = <Name extends DossierFormPartName>(
  name: Name,
) => Promise<DossierFormPartModules[Name]>;

/**
 * The parts' dynamic imports, one chunk each (with the chunks they share): spelled out, so that
 * bundlers see them and split them off the form's first load.
 */
const PART_IMPORTS: { readonly [Name in DossierFormPartName]: () => Promise<DossierFormPartModules[Name]> } =
  {
    validation: () => import('./validation-part.js'),
    upload: () => import('./upload-part.js'),
    review: () => import('./review-part.js'),
    submission: () => import('./submission-part.js'),
  };

/** Imports a part's module: what `<dvc-dossier-form>` does unless a test subclass says otherwise. */
export const importFormPart: DossierFormPartImport = (name) => PART_IMPORTS[name]();

/**
 * The parts of <dvc-dossier-form> that load on demand, so that a page that only shows the form
 * downloads its fill-in step alone. Once the citizen starts filling in, every part is fetched (see
 * {@link DossierFormParts.prefetch}); until then, and for a part still on its way, each action that
 * needs a part asks for it too, and waits for it (see {@link withPart}, {@link whenLoaded}).
 */
export class DossierFormParts {
  /** The checks and the error summary: fetched first, as the citizen starts filling in. */
  readonly validation: LazyPart<typeof ValidationPart>;
  /** The file checks and uploads: after the checks, or at once when a file is picked or dragged over. */
  readonly upload: LazyPart<typeof UploadPart>;
  /** The review step: after the checks, or at once on "Tiếp tục". */
  readonly review: LazyPart<typeof ReviewPart>;
  /** The request body, the submission and the panels after it: after the checks, or once the review shows. */
  readonly submission: LazyPart<typeof SubmissionPart>;

  #prefetching = false;

  /**
   * @param host The element the parts render in.
   * @param importPart How a part's module is imported (the element's test hook).
   */
  constructor(host: LazyPartHost, importPart: DossierFormPartImport) {
    this.validation = new LazyPart(host, () => importPart('validation'));
    this.upload = new LazyPart(host, () => importPart('upload'));
    this.review = new LazyPart(host, () => importPart('review'));
    this.submission = new LazyPart(host, () => importPart('submission'));
  }

  /**
   * The citizen has started filling in: fetches every part, so that a line that drops while they fill
   * in (minutes, at a counter) still leaves the form able to review the dossier and queue it in the
   * outbox. The checks come first, alone — they are needed as soon as the first field is left, and on
   * a weak line they would share it with several times their size in code needed only minutes later —
   * then the other three together, so that the whole form is on the page one round trip later.
   * Once only: later calls do nothing.
   */
  prefetch(): void {
    if (this.#prefetching) return;
    this.#prefetching = true;
    this.validation.load();
    const rest = () => {
      for (const part of [this.upload, this.review, this.submission]) part.load();
    };
    // Whether the checks landed or failed: each part has its own chance (a failed one shows the notice).
    const checks = this.validation.loading;
    if (checks) void checks.then(rest);
    else rest();
  }

  /** Every part, for `settleLazyParts`. */
  get all(): readonly LazyPart<unknown>[] {
    return [this.validation, this.upload, this.review, this.submission];
  }

  /** Whether a part could not be loaded: it stays so for the page's lifetime, only a reload helps. */
  get failed(): boolean {
    return this.all.some((part) => part.status === 'failed');
  }
}

/**
 * Runs `work` with a part's module: at once when it is there, else as soon as it lands — before the
 * host renders it, so that `await element.updateComplete` sees the work done. Not at all when the part
 * cannot be loaded (the host says so). Work that throws is a bug of the form's own: it is warned about,
 * as its caller — an input's handler, or nobody once the part has landed — could not catch it.
 */
export function withPart<Module>(part: LazyPart<Module>, work: (module: Module) => void): void {
  const run = (module: Module | undefined): void => {
    if (module === undefined) return;
    try {
      work(module);
    } catch (error) {
      warn('<dvc-dossier-form> failed to use a part it loaded on demand.', error);
    }
  };
  const module = part.load();
  if (module !== undefined) run(module);
  else void part.loading?.then(() => run(part.load()));
}

/** A part's module, loading it first if need be; `undefined` when it cannot be loaded. */
export async function whenLoaded<Module>(part: LazyPart<Module>): Promise<Module | undefined> {
  if (part.load() === undefined) await part.loading;
  return part.load();
}
