// Helpers for play functions: the elements render into shadow roots, which Testing Library's queries
// do not enter. These find controls there (waiting for data to arrive) and drive them with
// `userEvent`, as a keyboard and mouse user would, so the Interactions panel shows each step.
import { userEvent, waitFor } from 'storybook/test';

// Long enough for the example API's slowest named latency (2 s) and a retry; a story that needs longer
// is broken, and its play function should say so.
const FIND_TIMEOUT_MS = 5_000;

function* deepQueryAll(root: ParentNode, selector: string): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) yield element;
    if (element.shadowRoot) yield* deepQueryAll(element.shadowRoot, selector);
  }
}

/**
 * The story's element `tag` in the canvas.
 *
 * @example
 * const tracker = storyElement(canvasElement, 'dvc-status-tracker');
 */
export function storyElement<K extends keyof HTMLElementTagNameMap>(
  canvas: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const element = canvas.querySelector(tag);
  if (element === null) throw new Error(`No <${tag}> in the story`);
  return element;
}

/**
 * Waits until an element matching `selector` (and `accept`, when given) is in `host`'s shadow root
 * (or a shadow root inside it) and returns it.
 *
 * @example
 * const level = await inShadow<HTMLInputElement>(rating, 'input[type="radio"]', (input) => input.value === 'SATISFIED');
 */
export function inShadow<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  accept: (element: T) => boolean = () => true,
): Promise<T> {
  return waitFor(
    () => {
      const root = host.shadowRoot;
      const found = root
        ? [...deepQueryAll(root, selector)].find((element) => accept(element as T))
        : undefined;
      if (found === undefined) throw new Error(`No ${selector} in <${host.localName}> yet`);
      return found as T;
    },
    // The message alone: Testing Library would append the whole document to it.
    { timeout: FIND_TIMEOUT_MS, onTimeout: (error) => error },
  );
}

/** An `accept` for {@link inShadow}: the element says something (a message region once filled). */
export const hasText = (element: Element): boolean => (element.textContent ?? '').trim() !== '';

/** Clicks the control of `host` that `selector` finds, once it is there. */
export async function clickIn(host: Element, selector: string): Promise<void> {
  await userEvent.click(await inShadow(host, selector));
}

/** Types `text` into the field of `host` that `selector` finds, once it is there. */
export async function typeIn(host: Element, selector: string, text: string): Promise<void> {
  await userEvent.type(await inShadow(host, selector), text);
}

/** Waits until nothing matches `selector` in `host`'s shadow roots any more. */
export async function whenGone(host: Element, selector: string): Promise<void> {
  await waitFor(
    () => {
      if (host.shadowRoot && deepQueryAll(host.shadowRoot, selector).next().done !== true) {
        throw new Error(`${selector} is still in <${host.localName}>`);
      }
    },
    { timeout: FIND_TIMEOUT_MS, onTimeout: (error) => error },
  );
}
