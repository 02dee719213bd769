import { LazyPart, type LazyPartHost } from '../../base/lazy-part.js';
import type * as ReviewPart from './review-part.js';
import type * as SubmissionPart from './submission-part.js';
import type * as UploadPart from './upload-part.js';
import type * as ValidationPart from './validation-part.js';

/**
 * The parts of <dvc-dossier-form> that load on demand, so that the form first paints with its fill-in
 * step alone and a citizen downloads the rest as they come to it. Each starts loading a little before
 * it is needed (the element calls `load()` then), and an action taken before its part has arrived waits
 * for it (see {@link withPart}, {@link whenLoaded}).
 */
export class DossierFormParts {
  /** The checks and the error summary: when focus enters the form, at the first input, blur or choice. */
  readonly validation: LazyPart<typeof ValidationPart>;
  /** The file checks and uploads: when focus enters the documents, or a file is dragged over them or picked. */
  readonly upload: LazyPart<typeof UploadPart>;
  /** The review step: on "Tiếp tục", while the answers are checked. */
  readonly review: LazyPart<typeof ReviewPart>;
  /** The request body, the submission and the panels after it: once the review step shows. */
  readonly submission: LazyPart<typeof SubmissionPart>;

  constructor(host: LazyPartHost) {
    this.validation = new LazyPart(host, () => import('./validation-part.js'));
    this.upload = new LazyPart(host, () => import('./upload-part.js'));
    this.review = new LazyPart(host, () => import('./review-part.js'));
    this.submission = new LazyPart(host, () => import('./submission-part.js'));
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
 * cannot be loaded (the host says so).
 */
export function withPart<Module>(part: LazyPart<Module>, work: (module: Module) => void): void {
  const module = part.load();
  if (module !== undefined) {
    work(module);
    return;
  }
  void part.loading?.then(() => {
    const loaded = part.load();
    if (loaded !== undefined) work(loaded);
  });
}

/** A part's module, loading it first if need be; `undefined` when it cannot be loaded. */
export async function whenLoaded<Module>(part: LazyPart<Module>): Promise<Module | undefined> {
  if (part.load() === undefined) await part.loading;
  return part.load();
}
