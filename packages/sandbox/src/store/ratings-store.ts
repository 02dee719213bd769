import type { SandboxDatabase } from './database.js';

/** Who a rating came through, kept for audit next to the rating (never shown to the public). */
export interface RatingAudit {
  partnerCode: string;
  agentPointId: string | null;
  staffId: string | null;
  /** The credential the rating was sent with. */
  credential: 'embed-token' | 'secret-key';
}

/**
 * The rating tables. A dossier has at most one rating: `dossier_code` is the primary key, so even two
 * concurrent ratings cannot both be stored.
 */
export class RatingsStore {
  readonly #db: SandboxDatabase;

  constructor(db: SandboxDatabase) {
    this.#db = db;
  }

  /** Whether a dossier has been rated. */
  isDossierRated(dossierCode: string): boolean {
    return (
      this.#db.prepare('SELECT 1 FROM dossier_ratings WHERE dossier_code = ?').get(dossierCode) !== undefined
    );
  }

  /** Stores a dossier's rating; false when the dossier already has one. */
  insertDossierRating(dossierCode: string, rating: object, audit: RatingAudit): boolean {
    const result = this.#db
      .prepare(
        'INSERT INTO dossier_ratings (dossier_code, data) VALUES (?, ?) ON CONFLICT (dossier_code) DO NOTHING',
      )
      .run(dossierCode, JSON.stringify({ ...rating, audit }));
    return result.changes === 1;
  }

  /** Stores a star rating of a location. */
  insertLocationRating(id: string, locationId: string, rating: object, audit: RatingAudit): void {
    this.#db
      .prepare('INSERT INTO location_ratings (id, location_id, partner_code, data) VALUES (?, ?, ?, ?)')
      .run(id, locationId, audit.partnerCode, JSON.stringify({ ...rating, audit }));
  }
}
