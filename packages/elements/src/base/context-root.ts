import { ContextRoot } from '@lit/context';

// Marks a document that already has a context root, under a registry symbol so that a second copy of
// the package (another partner's bundle) sees it too and does not attach another.
const CONTEXT_ROOT_ATTACHED = Symbol.for('dvc-kit.context-root');

type MarkedDocument = Document & { [CONTEXT_ROOT_ATTACHED]?: true };

/**
 * Attaches a `@lit/context` root to `document`, once per document.
 *
 * An element asks for the client when it connects. If its `<dvc-provider>` is upgraded later (the
 * app imported the receipt's define file before the provider's, or the provider comes from a lazily
 * loaded bundle), nobody answers. The root keeps such unanswered requests and replays them when a
 * provider appears, so definition order does not matter.
 */
export function ensureContextRoot(document: Document): void {
  const marked = document as MarkedDocument;
  if (marked[CONTEXT_ROOT_ATTACHED]) return;
  new ContextRoot().attach(document as unknown as HTMLElement);
  marked[CONTEXT_ROOT_ATTACHED] = true;
}
