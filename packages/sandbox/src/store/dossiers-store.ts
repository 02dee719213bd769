import { type DossierStatus, normalizeDossierCode } from '@dvc-kit/domain';
import type { DossierRecord } from '../dossiers/dossier-types.js';
import type { SandboxDatabase } from './database.js';

/** The filters of `GET /v1/dossiers`; an absent filter keeps every dossier. */
export interface DossierListFilters {
  agentPointId?: string;
  status?: DossierStatus;
}

/** A place in the newest-first order of a partner's dossiers: the last row of the previous page. */
export interface DossierListPosition {
  submittedAt: string;
  code: string;
}

/**
 * The `dossiers` table and its daily code sequences. A dossier is stored as its record (JSON) next to
 * the columns that lookups, filters and ordering need; `code_normalized` (NFC, trimmed, upper case) is
 * unique, so codes match case-insensitively and can never collide.
 */
export class DossiersStore {
  readonly #db: SandboxDatabase;

  constructor(db: SandboxDatabase) {
    this.#db = db;
  }

  /** Runs `work` in one transaction (a savepoint when one is already open). */
  inTransaction<T>(work: () => T): T {
    return this.#db.transaction(work)();
  }

  /**
   * The next number of a day's sequence (1 for the first dossier). One atomic upsert: two submissions
   * can never draw the same number.
   */
  nextSequence(dayKey: string): number {
    const row = this.#db
      .prepare(
        `INSERT INTO dossier_sequences (day_key, last_value) VALUES (?, 1)
         ON CONFLICT (day_key) DO UPDATE SET last_value = last_value + 1
         RETURNING last_value`,
      )
      .get(dayKey) as { last_value: number };
    return row.last_value;
  }

  /** Stores a new dossier. */
  insert(record: DossierRecord): void {
    this.#db
      .prepare(
        `INSERT INTO dossiers (code, code_normalized, partner_code, agent_point_id, procedure_code, status,
           owner_personal_id, submitted_at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.code,
        normalizeDossierCode(record.code),
        record.partnerCode,
        record.agentPointId,
        record.procedure.code,
        record.status,
        record.owner.personalId,
        record.submittedAt,
        JSON.stringify(record),
      );
  }

  /** Saves a dossier's new state (status, timeline, dates). */
  update(record: DossierRecord): void {
    this.#db
      .prepare('UPDATE dossiers SET status = ?, data = ? WHERE code = ?')
      .run(record.status, JSON.stringify(record), record.code);
  }

  /** One dossier by its code as typed: trimmed and matched case-insensitively. */
  byCode(code: string): DossierRecord | undefined {
    const row = this.#db
      .prepare('SELECT data FROM dossiers WHERE code_normalized = ?')
      .get(normalizeDossierCode(code)) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as DossierRecord) : undefined;
  }

  /**
   * A page of one partner's dossiers, newest first, after `after` (keyset paging: a dossier filed while
   * someone pages never shifts or repeats the rows of later pages).
   */
  listForPartner(
    partnerCode: string,
    filters: DossierListFilters,
    after: DossierListPosition | undefined,
    limit: number,
  ): DossierRecord[] {
    const conditions = ['partner_code = ?'];
    const values: (string | number)[] = [partnerCode];
    if (filters.agentPointId !== undefined) {
      conditions.push('agent_point_id = ?');
      values.push(filters.agentPointId);
    }
    if (filters.status !== undefined) {
      conditions.push('status = ?');
      values.push(filters.status);
    }
    if (after) {
      conditions.push('(submitted_at < ? OR (submitted_at = ? AND code < ?))');
      values.push(after.submittedAt, after.submittedAt, after.code);
    }
    const rows = this.#db
      .prepare(
        `SELECT data FROM dossiers WHERE ${conditions.join(' AND ')} ORDER BY submitted_at DESC, code DESC LIMIT ?`,
      )
      .all(...values, limit) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as DossierRecord);
  }
}
