import {
  adoptStyles,
  type CSSResultOrNative,
  type ReactiveControllerHost,
  supportsAdoptingStyleSheets,
} from 'lit';
import { warn } from './warn.js';

/** What a part's module may carry besides its exports: styles of its own (`export const styles = css`…``). */
interface PartModule {
  readonly styles?: CSSResultOrNative;
}

/** The element a part renders in: it re-renders on request, and has a shadow root to style. */
export type LazyPartHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Where a {@link LazyPart} stands: not asked for yet, on its way, there, or failed to load. */
export type LazyPartStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * A rarely used part of an element — a mode, a form shown only in some states — that the element
 * imports on demand (a dynamic `import()`), so that pages which never show it never download it.
 *
 * `load()` starts the import the first time and returns the module once it is there; the host
 * re-renders when it lands (or fails, with a warning), so the host renders a short loading state
 * meanwhile and reads {@link LazyPart.status} to tell loading from failed. A module that exports
 * `styles` has them added to the host's shadow root before it renders (adopted style sheets, which a
 * strict Content Security Policy allows), so that the host's own styles leave out the part's rules.
 * Hosts also wait for their parts in `getUpdateComplete()` (see {@link settleLazyParts}), so that
 * `await element.updateComplete` resolves with the part on screen.
 *
 * @example
 * private readonly stars = new LazyPart(this, () => import('./rating-stars.js'));
 * protected render() {
 *   const stars = this.stars.load();
 *   return stars === undefined ? loadingText() : stars.renderStars(…);
 * }
 */
export class LazyPart<Module> {
  private module: Module | undefined;
  private pending: Promise<void> | undefined;
  private failed = false;

  /**
   * @param host The element that renders the part; it re-renders when the part lands.
   * @param importer The dynamic import, e.g. `() => import('./rating-stars.js')`.
   */
  constructor(
    private readonly host: LazyPartHost,
    private readonly importer: () => Promise<Module>,
  ) {}

  /** Where the part stands. */
  get status(): LazyPartStatus {
    if (this.module !== undefined) return 'loaded';
    if (this.failed) return 'failed';
    return this.pending === undefined ? 'idle' : 'loading';
  }

  /**
   * The module when it is loaded; otherwise starts loading it (once: a failed load is not retried,
   * as browsers keep a failed module import for the page's lifetime) and returns `undefined`.
   */
  load(): Module | undefined {
    if (this.module === undefined && this.pending === undefined && !this.failed) {
      this.pending = this.importer().then(
        (module) => {
          this.addStyles((module as PartModule).styles);
          this.module = module;
          this.pending = undefined;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.failed = true;
          this.pending = undefined;
          // The browser's error names the file that could not be fetched.
          warn('A part of a dvc-kit element could not be loaded; it shows a notice instead.', error);
          this.host.requestUpdate();
        },
      );
    }
    return this.module;
  }

  // After the host's own styles (Lit's `adoptStyles` replaces adopted sheets, or appends a `<style>`
  // with the page's nonce where adopted sheets are not supported).
  private addStyles(styles: CSSResultOrNative | undefined): void {
    const root = this.host.renderRoot;
    if (styles === undefined || !(root instanceof ShadowRoot)) return;
    adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles] : [styles]);
  }

  /** Resolves when the load under way has landed or failed; `undefined` when none is under way. */
  get loading(): Promise<void> | undefined {
    return this.pending;
  }
}

/**
 * What the `getUpdateComplete()` of an element with parts loaded on demand returns: its update, then,
 * while one of `parts` is loading, the load and the update that follows — until none loads — so that
 * `await element.updateComplete` resolves with every part on screen (or its failure notice).
 *
 * @example
 * protected override getUpdateComplete(): Promise<boolean> {
 *   return settleLazyParts([this.stars, this.reasons], () => super.getUpdateComplete());
 * }
 */
export async function settleLazyParts(
  parts: readonly LazyPart<unknown>[],
  update: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await update();
  while (parts.some((part) => part.status === 'loading')) {
    await Promise.all(parts.map((part) => part.loading));
    complete = await update();
  }
  return complete;
}
