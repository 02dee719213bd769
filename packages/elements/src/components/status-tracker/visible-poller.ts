import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often to poll: the first interval, and the ceiling the backoff doubles up to. */
export interface PollIntervals {
  /** Milliseconds; 0 or less (or not a number) turns polling off. */
  readonly interval: number;
  /** Milliseconds; below `interval` it is `interval`. */
  readonly maxInterval: number;
}

// While nothing changes, each wait is twice the last: a dossier that has not moved for a while is
// unlikely to move in the next minute, and a page left open all day should not keep the server busy.
const BACKOFF_FACTOR = 2;

/**
 * The wait before the next poll: `interval` after a change (or the first load), else the previous
 * wait doubled up to `maxInterval`. `undefined` when polling is off.
 *
 * @example
 * nextPollDelay(undefined, { interval: 30_000, maxInterval: 300_000 }); // 30 000
 * nextPollDelay(240_000, { interval: 30_000, maxInterval: 300_000 }); // 300 000
 */
export function nextPollDelay(previous: number | undefined, intervals: PollIntervals): number | undefined {
  const { interval } = intervals;
  if (!(interval > 0)) return undefined;
  const ceiling = Math.max(interval, intervals.maxInterval);
  return previous === undefined ? interval : Math.min(previous * BACKOFF_FACTOR, ceiling);
}

/**
 * Calls `poll` on a backoff schedule, only while the page is visible and the host connected: a hidden
 * tab (a phone in a pocket, a counter PC on another window) costs no requests and no battery. Time
 * spent hidden counts: a poll that fell due meanwhile runs as soon as the page is visible again.
 */
export class VisiblePoller implements ReactiveController {
  private delay: number | undefined;
  private dueAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly intervals: () => PollIntervals,
    private readonly poll: () => void,
  ) {
    host.addController(this);
  }

  /** Starts over at the first interval: after a first load, or when the status changed. */
  restart(): void {
    this.delay = undefined;
    this.schedule();
  }

  /** Schedules the next poll one step slower: nothing changed, or the poll failed. */
  backOff(): void {
    this.schedule();
  }

  /**
   * Cancels the poll scheduled, keeping the backoff step: a fetch is under way, and its outcome calls
   * `restart()` or `backOff()`.
   */
  pause(): void {
    this.dueAt = undefined;
    this.disarm();
  }

  /** Stops polling until the next `restart()` (a final status, or nothing left to watch). */
  stop(): void {
    this.delay = undefined;
    this.dueAt = undefined;
    this.disarm();
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('visibilitychange', this.onVisibilityChange);
    this.arm();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.disarm();
  }

  private schedule(): void {
    this.delay = nextPollDelay(this.delay, this.intervals());
    this.dueAt = this.delay === undefined ? undefined : Date.now() + this.delay;
    this.arm();
  }

  private arm(): void {
    this.disarm();
    const { dueAt } = this;
    if (dueAt === undefined || !this.host.isConnected) return;
    if (this.host.ownerDocument.visibilityState === 'hidden') return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.dueAt = undefined;
        this.poll();
      },
      Math.max(0, dueAt - Date.now()),
    );
  }

  private disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    if (this.host.ownerDocument.visibilityState === 'hidden') this.disarm();
    else this.arm();
  };
}
