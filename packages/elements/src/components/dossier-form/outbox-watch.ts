import type { Outbox, OutboxItem } from './form-types.js';

/**
 * Listens to the page's outbox while the form shows a dossier it queued there, so that the form shows
 * the receipt once the outbox has sent it. Stops listening when the form leaves the page (and listens
 * again when it comes back), so that a removed form is not kept alive by the outbox.
 */
export class OutboxWatch {
  #outbox: Outbox | undefined;
  readonly #onItem: (item: OutboxItem) => void;
  readonly #listener = (event: Event): void => this.#onItem((event as CustomEvent<OutboxItem>).detail);

  /** @param onItem Called with each item the outbox reports a change of. */
  constructor(onItem: (item: OutboxItem) => void) {
    this.#onItem = onItem;
  }

  /** The outbox listened to, if any. */
  get outbox(): Outbox | undefined {
    return this.#outbox;
  }

  /** Listens to `outbox` instead (`undefined`: to none). */
  watch(outbox: Outbox | undefined): void {
    this.pause();
    this.#outbox = outbox;
    outbox?.addEventListener('change', this.#listener);
  }

  /** Stops listening for now; `watch(watch.outbox)` listens again. */
  pause(): void {
    this.#outbox?.removeEventListener('change', this.#listener);
  }
}
