import type { Location, ProcedureDetail, Ward } from '../seed/seed-types.js';
import type { SandboxDatabase } from './database.js';
import { PlacesStore } from './places-store.js';

/**
 * The seeded catalogue as dossier handling reads it: one procedure, location or ward by key, and the
 * holiday calendar of every year. Rows are read when asked, so a dossier is always checked against the
 * database it is stored in.
 */
export class ReferenceStore {
  readonly #db: SandboxDatabase;
  readonly #places: PlacesStore;

  constructor(db: SandboxDatabase) {
    this.#db = db;
    this.#places = new PlacesStore(db);
  }

  /** One procedure in full, or undefined for an unknown code. */
  procedure(code: string): ProcedureDetail | undefined {
    const row = this.#db.prepare('SELECT data FROM procedures WHERE code = ?').get(code) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as ProcedureDetail) : undefined;
  }

  /** One location, or undefined. */
  location(id: string): Location | undefined {
    return this.#places.location(id);
  }

  /** One ward or commune by its 5-digit code, or undefined. */
  ward(code: string): Ward | undefined {
    const row = this.#db.prepare('SELECT data FROM wards WHERE code = ?').get(code) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as Ward) : undefined;
  }

  /** Every public holiday and day off of the calendar, as `yyyy-MM-dd`. */
  holidayDates(): string[] {
    return (this.#db.prepare('SELECT date FROM holidays ORDER BY date').all() as { date: string }[]).map(
      (row) => row.date,
    );
  }
}
