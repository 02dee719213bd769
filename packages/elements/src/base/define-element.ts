import { ensureContextRoot } from './context-root.js';
import { warn } from './warn.js';

/** What registration needs of a class: a custom-element constructor, optionally stamped with its version. */
type VersionedElementConstructor = CustomElementConstructor & { readonly dvcVersion?: string };

/**
 * Registers `elementClass` under `tagName`, tolerating a page that already has it.
 *
 * Two partners' bundles (or a bundle and an npm copy) may end up on one page, each with its own copy
 * of the elements. The first registration wins; a later, different class under the same tag is not
 * registered and gets a console warning instead of the `NotSupportedError` that
 * `customElements.define` throws — the page keeps working with the first copy. Registering the same
 * class again (a define file imported twice) does nothing.
 *
 * Registration also attaches a context root to the document (see `ensureContextRoot`), so that a
 * provider registered after its elements still reaches them.
 *
 * @param registry Defaults to the window's registry; pass a scoped registry to register there.
 * @example
 * defineElement('dvc-receipt', DvcReceipt);
 */
export function defineElement(
  tagName: string,
  elementClass: VersionedElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tagName) as VersionedElementConstructor | undefined;
  if (existing === elementClass) return;
  if (existing !== undefined) {
    warn(
      `<${tagName}> is already defined by ${describeOwner(existing)}; this copy ` +
        `(@dvc-kit/elements ${elementClass.dvcVersion ?? 'unknown version'}) is not registered. ` +
        'Load @dvc-kit/elements once per page to avoid surprises.',
    );
    return;
  }
  ensureContextRoot(document);
  registry.define(tagName, elementClass);
}

function describeOwner(owner: VersionedElementConstructor): string {
  return owner.dvcVersion === undefined
    ? 'another script'
    : `another copy of @dvc-kit/elements (${owner.dvcVersion})`;
}
