import { randomBytes } from 'node:crypto';

/**
 * Sessions kept in memory, by a random id sent as an HttpOnly cookie. A restart signs everybody out,
 * which is what a demo wants; a partner keeps sessions in its own store.
 */
export class SessionStore<Session> {
  readonly #sessions = new Map<string, { session: Session; expiresAt: number }>();
  readonly #lifetimeMs: number;
  readonly #now: () => number;

  /**
   * @param lifetimeMs - how long a session lasts from its creation
   * @param now - the clock, in milliseconds (tests)
   */
  constructor(lifetimeMs: number, now: () => number = Date.now) {
    this.#lifetimeMs = lifetimeMs;
    this.#now = now;
  }

  /** Stores a session and returns its id. */
  create(session: Session): string {
    this.#dropExpired();
    // 32 random bytes: far beyond guessing, as any session id must be.
    const id = randomBytes(32).toString('base64url');
    this.#sessions.set(id, { session, expiresAt: this.#now() + this.#lifetimeMs });
    return id;
  }

  /** The live session of an id, or `undefined`. */
  get(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const entry = this.#sessions.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#sessions.delete(id);
      return undefined;
    }
    return entry.session;
  }

  /** Ends a session (sign-out). */
  delete(id: string | undefined): void {
    if (id !== undefined) this.#sessions.delete(id);
  }

  #dropExpired(): void {
    const now = this.#now();
    for (const [id, entry] of this.#sessions) if (entry.expiresAt <= now) this.#sessions.delete(id);
  }
}
