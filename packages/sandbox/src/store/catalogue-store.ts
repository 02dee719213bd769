import { createSearchIndex, foldForSearch, type SearchIndex } from '@dvc-kit/search';
import type {
  AuthorityLevel,
  Field,
  LocalizedText,
  OnlineLevel,
  ProcedureDetail,
  ProcedureSummary,
} from '../seed/seed-types.js';
import type { SandboxDatabase } from './database.js';

/** A field with the number of procedures in it (the contract's `FieldWithCount`). */
export interface FieldWithCount {
  code: string;
  name: LocalizedText;
  procedureCount: number;
}

/** The filters of `GET /v1/procedures`; an absent filter keeps every procedure. */
export interface ProcedureFilters {
  field?: string;
  level?: AuthorityLevel;
  onlineLevel?: OnlineLevel;
  agentAssisted?: boolean;
}

/**
 * Search weights. The name decides relevance; the code weighs as much so that a typed code
 * ("1.001193") finds its own procedure first; the English name lets English-speaking developers and
 * foreign residents search too, but counts less, since a Vietnamese name match is the stronger signal.
 */
const NAME_WEIGHT = 3;
const CODE_WEIGHT = 3;
const ENGLISH_NAME_WEIGHT = 1;

function summaryOf(procedure: ProcedureDetail): ProcedureSummary {
  const { code, name, field, levels, onlineLevel, agentAssisted, channels } = procedure;
  return { code, name, field, levels, onlineLevel, agentAssisted, channels };
}

function matchesFilters(procedure: ProcedureDetail, filters: ProcedureFilters): boolean {
  if (filters.field !== undefined && procedure.field.code !== filters.field) return false;
  if (filters.level !== undefined && !procedure.levels.includes(filters.level)) return false;
  if (filters.onlineLevel !== undefined && procedure.onlineLevel !== filters.onlineLevel) return false;
  if (filters.agentAssisted !== undefined && procedure.agentAssisted !== filters.agentAssisted) return false;
  return true;
}

/** Orders by the code's text, which for `^[1-9]\.\d{6}$` is also its numeric order. */
function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * The procedure catalogue, read once from the database into memory with its search index. The
 * catalogue is seeded and never written afterwards, so one snapshot per app is always current; a few
 * hundred procedures take well under a megabyte.
 */
export class CatalogueStore {
  readonly #byCode: ReadonlyMap<string, ProcedureDetail>;
  /** Every procedure in code order: the order of an unsearched list. */
  readonly #ordered: readonly ProcedureDetail[];
  readonly #index: SearchIndex<ProcedureDetail>;
  readonly #fields: readonly FieldWithCount[];

  private constructor(allProcedures: ProcedureDetail[], fields: Field[]) {
    this.#ordered = [...allProcedures].sort(byCode);
    this.#byCode = new Map(this.#ordered.map((procedure) => [procedure.code, procedure]));
    this.#index = createSearchIndex(this.#ordered, {
      id: (procedure) => procedure.code,
      fields: [
        { get: (procedure) => procedure.name.vi, weight: NAME_WEIGHT },
        { get: (procedure) => procedure.code, weight: CODE_WEIGHT },
        { get: (procedure) => procedure.name.en, weight: ENGLISH_NAME_WEIGHT },
      ],
    });
    const counts = new Map<string, number>();
    for (const procedure of this.#ordered) {
      counts.set(procedure.field.code, (counts.get(procedure.field.code) ?? 0) + 1);
    }
    // Vietnamese collation, so "Đất đai" sorts after "Dân tộc" and before "Giáo dục", as a reader expects.
    const collator = new Intl.Collator('vi');
    this.#fields = fields
      .map((field) => ({ code: field.code, name: field.name, procedureCount: counts.get(field.code) ?? 0 }))
      .sort((a, b) => collator.compare(a.name.vi, b.name.vi));
  }

  /** Reads the catalogue tables and builds the search index. */
  static load(db: SandboxDatabase): CatalogueStore {
    const procedureRows = db.prepare('SELECT data FROM procedures').all() as { data: string }[];
    const fieldRows = db.prepare('SELECT data FROM fields').all() as { data: string }[];
    return new CatalogueStore(
      procedureRows.map((row) => JSON.parse(row.data) as ProcedureDetail),
      fieldRows.map((row) => JSON.parse(row.data) as Field),
    );
  }

  /** The number of procedures. */
  get size(): number {
    return this.#ordered.length;
  }

  /** One procedure in full, or undefined for an unknown code. */
  procedure(code: string): ProcedureDetail | undefined {
    return this.#byCode.get(code);
  }

  /**
   * The procedures matching `query` (best first) and the filters, as summaries. Without a query — or
   * with one that has no letter or digit, such as a picker's input holding only punctuation — every
   * procedure that passes the filters is listed, in code order.
   */
  find(query: string | undefined, filters: ProcedureFilters): ProcedureSummary[] {
    const normalized = query?.normalize('NFC') ?? '';
    if (foldForSearch(normalized) === '') {
      return this.#ordered.filter((procedure) => matchesFilters(procedure, filters)).map(summaryOf);
    }
    return this.#index
      .search(normalized, { filter: (procedure) => matchesFilters(procedure, filters) })
      .map((hit) => summaryOf(hit.item));
  }

  /** Every field with its procedure count, in Vietnamese alphabetical order. */
  fields(): readonly FieldWithCount[] {
    return this.#fields;
  }
}
