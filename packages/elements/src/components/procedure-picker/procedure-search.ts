import type { Locale } from '@dvc-kit/domain';
import { createSearchIndex, foldForSearch } from '@dvc-kit/search';
import { matchesFilters, type ProcedureFilters } from './procedure-filter.js';
import type { ProcedureSummary } from './procedure-types.js';

/** Searches one catalogue of procedures as the user types. */
export interface ProcedureSearch {
  /**
   * The procedures that pass `filters` and match `query`, best first; with a query of no letters or
   * digits, every procedure that passes `filters`, in catalogue order.
   */
  find(query: string, filters: ProcedureFilters): readonly ProcedureSummary[];
}

// How much a match counts in each text of a procedure. The name in the page's language first (the
// index ranks names that start with the query first), then its code (agents type codes they know by
// heart), the name in the other language (a Vietnamese page still finds "birth registration"), and
// the field's name (a query for "hộ tịch" lists the civil-status procedures).
const NAME_WEIGHT = 3;
const CODE_WEIGHT = 2;
const OTHER_NAME_WEIGHT = 1;
const FIELD_WEIGHT = 1;

/**
 * Indexes `procedures` for `locale` with `@dvc-kit/search`: diacritics, `đ`/`d`, tone placement and
 * syllable-final `i`/`y` are forgiven, and every query word matches the start of a word.
 *
 * @example
 * createProcedureSearch(procedures, 'vi').find('dang ki khai sinh', NO_FILTERS)[0]?.name.vi; // → 'Đăng ký khai sinh'
 */
export function createProcedureSearch(
  procedures: readonly ProcedureSummary[],
  locale: Locale,
): ProcedureSearch {
  const otherLocale: Locale = locale === 'vi' ? 'en' : 'vi';
  const index = createSearchIndex(procedures, {
    id: (procedure) => procedure.code,
    fields: [
      { get: (procedure) => procedure.name[locale], weight: NAME_WEIGHT },
      { get: (procedure) => procedure.code, weight: CODE_WEIGHT },
      { get: (procedure) => procedure.name[otherLocale], weight: OTHER_NAME_WEIGHT },
      { get: (procedure) => procedure.field.name[locale], weight: FIELD_WEIGHT },
    ],
  });
  return {
    find(query, filters) {
      const filter = (procedure: ProcedureSummary) => matchesFilters(procedure, filters);
      if (foldForSearch(query) === '') return procedures.filter(filter);
      return index.search(query, { filter }).map((hit) => hit.item);
    },
  };
}
