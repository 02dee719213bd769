/** How a sandbox instance behaves. Every field has a default; tests override what they exercise. */
export interface SandboxConfig {
  /** SQLite file; created and seeded on first start. `:memory:` works for throw-away instances. */
  dbPath: string;
  /**
   * The receiving agency's code, the first part of every dossier code. Hanoi's real code is unconfirmed
   * (likely H24–H26, domain.md), so it is configuration, not a constant.
   */
  agencyCode: string;
  /** `yyMMdd` + 4-digit daily sequence (the national portal), or `yyyyMMdd` + 7 digits (other integrators). */
  dossierCodeFormat: 'yyMMdd' | 'yyyyMMdd';
  /**
   * The simulated back office accepts online and agent-point dossiers at once (SUBMITTED → RECEIVED in the
   * same transaction), so a receipt carries an appointment. Off, they wait in SUBMITTED for the simulator.
   */
  autoReceive: boolean;
  /** Requests per window per credential (or per IP without one). */
  rateLimit: { max: number; windowMs: number; lookupMax: number };
  /** HMAC secret for embed tokens; generated and stored in the database when absent. */
  tokenSecret?: string;
  /** Web origins that may use embed tokens, per partner; `*` matches any port. */
  allowedOrigins: string[];
  /** The clock. Tests inject one to check due dates and expiry. */
  now: () => Date;
  /** Extra latency inside dossier submission, to let tests observe a request in flight. */
  submissionDelayMs: number;
  /** Largest JSON body accepted, in bytes. */
  jsonBodyLimit: number;
  /** Largest uploaded file, in bytes (10 MB, the contract's limit). */
  attachmentLimit: number;
}

/** The defaults `npm start` runs with. */
export function defaultConfig(overrides: Partial<SandboxConfig> = {}): SandboxConfig {
  return {
    dbPath: '.data/sandbox.db',
    agencyCode: '000.00.24.H26',
    dossierCodeFormat: 'yyMMdd',
    autoReceive: true,
    // A busy counter sends about one request a second; 600 a minute leaves room for a whole counter
    // page behind one token while a runaway loop still hits the limit quickly.
    rateLimit: { max: 600, windowMs: 60_000, lookupMax: 60 },
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    now: () => new Date(),
    submissionDelayMs: 0,
    // The largest real dossier body (an e-form plus 50 attachment references) is far below 256 KB.
    jsonBodyLimit: 256 * 1024,
    attachmentLimit: 10 * 1024 * 1024,
    ...overrides,
  };
}
