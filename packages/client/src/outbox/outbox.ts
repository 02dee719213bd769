import type { DvcClient } from '../client.js';
import { normalizeText } from '../http/nfc.js';
import { randomId } from '../idempotency/web-crypto.js';
import type { DossierCreate } from '../types.js';
import { describeFailure, needsAttention } from './describe-failure.js';
import type { OutboxItem, OutboxStore } from './outbox-item.js';

const HOUR = 60 * 60 * 1000;

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /**
   * How long an unsent dossier may wait before it needs a person (`needs-attention`, kind `'expired'`),
   * and how long a sent one is kept for its receipt. Default 72 h: a long weekend offline, well inside
   * the 7 days the server keeps idempotency keys.
   */
  maxAgeMs?: number;
  /** Whether the network is up. Default `navigator.onLine` (true where there is no `navigator`). */
  online?: () => boolean;
  /** Where `online` events come from. Default `window` when there is one. */
  onlineEvents?: EventTarget;
  /** Flush on creation, after `enqueue`, on `online` events and after a failed attempt. Default true. */
  autoFlush?: boolean;
  /**
   * The wait before a flush that stopped on a temporary failure (5xx, timeout…) tries again. Default 30 s:
   * long enough not to hammer a struggling server from 476 counters, short enough for a queue at a desk.
   */
  retryDelayMs?: number;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
}

/** The event an {@link Outbox} dispatches: `change` when an item's state changes, `remove` when one leaves. */
export type OutboxEvent = CustomEvent<OutboxItem>;

/**
 * A counter's queue of dossiers to submit, persisted so that nothing is lost to a flaky line, a reload or
 * a crash, and submitted exactly once (each item has its own idempotency key). Dispatches `change` and
 * `remove` events ({@link OutboxEvent}).
 */
export interface Outbox extends EventTarget {
  /**
   * Persists a dossier (NFC-normalised) as `queued`, then flushes when online and auto-flushing. Pass
   * `idempotencyKey` when an attempt with that key may already have reached the server (its answer was
   * lost): the outbox then resumes that logical submission instead of starting a second one.
   */
  enqueue(body: DossierCreate, options?: { idempotencyKey?: string }): Promise<OutboxItem>;
  /**
   * Sends queued items in enqueue order, one at a time. Stops at the first temporary failure (so order
   * holds), moves refused items to `needs-attention` and goes on. Calls made while a flush runs join it.
   */
  flush(): Promise<void>;
  /** Every item, in enqueue order. */
  list(): Promise<OutboxItem[]>;
  /** Queues a `needs-attention` item again, with the same key (e.g. after fixing the session). */
  retry(id: string): Promise<void>;
  /** Removes an item (e.g. once its receipt is printed, or after re-filing it by hand). */
  remove(id: string): Promise<void>;
  /**
   * Stops the outbox: no more sending (an attempt on its way finishes), no `online` listener, no
   * scheduled retry. The items stay in the store for the next outbox over it.
   */
  close(): void;
}

const byId = (a: OutboxItem, b: OutboxItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Ids sort in enqueue order: the time, then a counter within the same millisecond, then randomness.
let lastMs = 0;
let sequence = 0;
function nextId(now: number): string {
  sequence = now === lastMs ? sequence + 1 : 0;
  lastMs = now;
  return `${now.toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(3, '0')}-${randomId()}`;
}

class PersistentOutbox extends EventTarget implements Outbox {
  #client: Pick<DvcClient, 'dossiers'>;
  #store: OutboxStore;
  #maxAgeMs: number;
  #online: () => boolean;
  #now: () => number;
  #auto: boolean;
  #retryDelayMs: number;
  #onlineEvents: EventTarget | undefined;
  #flushing: Promise<void> | undefined;
  #again = false;
  #closed = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #onOnline = () => this.#autoFlush();

  constructor(client: Pick<DvcClient, 'dossiers'>, store: OutboxStore, options: OutboxOptions) {
    super();
    this.#client = client;
    this.#store = store;
    this.#maxAgeMs = options.maxAgeMs ?? 72 * HOUR;
    this.#online = options.online ?? (() => globalThis.navigator?.onLine ?? true);
    this.#now = options.now ?? Date.now;
    this.#auto = options.autoFlush ?? true;
    this.#retryDelayMs = options.retryDelayMs ?? 30_000;
    this.#onlineEvents = options.onlineEvents ?? (typeof window === 'undefined' ? undefined : window);
    this.#onlineEvents?.addEventListener('online', this.#onOnline);
    this.#autoFlush();
  }

  async enqueue(body: DossierCreate, options: { idempotencyKey?: string } = {}): Promise<OutboxItem> {
    const now = this.#now();
    const item: OutboxItem = {
      id: nextId(now),
      idempotencyKey: options.idempotencyKey ?? randomId(),
      body: normalizeText(body),
      state: 'queued',
      attempts: 0,
      lastError: null,
      createdAt: new Date(now).toISOString(),
    };
    await this.#save(item);
    this.#autoFlush();
    return item;
  }

  flush(): Promise<void> {
    if (this.#flushing) {
      // The running flush may have looked at the store before this call's reason (a new item, the
      // network back) existed: run once more when it ends rather than start a second one beside it.
      this.#again = true;
      return this.#flushing;
    }
    const run = async () => {
      try {
        do {
          this.#again = false;
          await this.#drain();
        } while (this.#again);
      } finally {
        this.#flushing = undefined;
      }
    };
    this.#flushing = run();
    return this.#flushing;
  }

  async list(): Promise<OutboxItem[]> {
    return (await this.#store.list()).sort(byId);
  }

  async retry(id: string): Promise<void> {
    const item = await this.#store.get(id);
    if (item?.state !== 'needs-attention') return;
    // Restart the clock too, or an expired item would expire again at once.
    await this.#save({ ...item, state: 'queued', createdAt: new Date(this.#now()).toISOString() });
    this.#autoFlush();
  }

  async remove(id: string): Promise<void> {
    const item = await this.#store.get(id);
    if (!item) return;
    await this.#store.delete(id);
    this.dispatchEvent(new CustomEvent('remove', { detail: item }));
  }

  close(): void {
    this.#onlineEvents?.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#auto = false;
    this.#closed = true;
  }

  async #save(item: OutboxItem): Promise<void> {
    await this.#store.put(item);
    this.dispatchEvent(new CustomEvent('change', { detail: item }));
  }

  #autoFlush(): void {
    // A failure here is already recorded on the item; nobody awaits this flush.
    if (this.#auto && this.#online()) this.flush().catch(() => undefined);
  }

  async #drain(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const next = (await this.#expire(await this.list())).find(
        (item) => (item.state === 'queued' || item.state === 'sending') && !tried.has(item.id),
      );
      if (!next || this.#closed || !this.#online()) return;
      tried.add(next.id);
      if (!(await this.#send(next))) {
        this.#scheduleRetry();
        return;
      }
    }
  }

  /** Moves unsent items past `maxAgeMs` to `needs-attention` and drops sent ones; returns what is left. */
  async #expire(items: OutboxItem[]): Promise<OutboxItem[]> {
    const left: OutboxItem[] = [];
    for (const item of items) {
      if (this.#now() - Date.parse(item.createdAt) <= this.#maxAgeMs || item.state === 'needs-attention') {
        left.push(item);
      } else if (item.state === 'sent') {
        await this.remove(item.id);
      } else {
        const message =
          'Quá hạn gửi: vui lòng kiểm tra lại hồ sơ. / Too old to send: please check the dossier.';
        const expired: OutboxItem = {
          ...item,
          state: 'needs-attention',
          lastError: { kind: 'expired', message },
        };
        await this.#save(expired);
        left.push(expired);
      }
    }
    return left;
  }

  /** Sends one item; false when the flush should stop here (a temporary failure). */
  async #send(queued: OutboxItem): Promise<boolean> {
    const item: OutboxItem = { ...queued, state: 'sending', attempts: queued.attempts + 1 };
    await this.#save(item);
    try {
      const { dossier, receipt } = await this.#client.dossiers.create(item.body, {
        idempotencyKey: item.idempotencyKey,
      });
      await this.#save({ ...item, state: 'sent', lastError: null, dossier, receipt });
      return true;
    } catch (error) {
      const attention = needsAttention(error);
      await this.#save({
        ...item,
        state: attention ? 'needs-attention' : 'queued',
        lastError: describeFailure(error),
      });
      return attention;
    }
  }

  #scheduleRetry(): void {
    if (!this.#auto || this.#retryTimer !== undefined) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#autoFlush();
    }, this.#retryDelayMs);
    // In Node, a pending retry must not keep the process alive.
    (this.#retryTimer as { unref?: () => void }).unref?.();
  }
}

/**
 * Creates an outbox over `store`: dossiers enqueued at a counter are sent in order through
 * `client.dossiers.create`, each with its own idempotency key, surviving reloads and crashes (a new
 * outbox over the same store resumes, resending an item left `sending` with the same key).
 *
 * @example
 * const outbox = createOutbox(client, createIndexedDbOutboxStore());
 * outbox.addEventListener('change', (event) => render((event as OutboxEvent).detail));
 * await outbox.enqueue(dossier);
 */
export function createOutbox(
  client: Pick<DvcClient, 'dossiers'>,
  store: OutboxStore,
  options: OutboxOptions = {},
): Outbox {
  return new PersistentOutbox(client, store, options);
}
