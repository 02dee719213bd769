/**
 * `@dvc-kit/search`: Vietnamese-aware, as-you-type search over procedure names (pure, no
 * dependencies, for the browser and Node).
 *
 * @example
 * import { createSearchIndex } from '@dvc-kit/search';
 *
 * const index = createSearchIndex(procedures, {
 *   id: (procedure) => procedure.code,
 *   fields: [{ get: (procedure) => procedure.name, weight: 1 }],
 * });
 * index.search('dang ki khai sinh', { limit: 10 }).map((hit) => hit.item.code); // → ['1.001193', …]
 *
 * @module
 */
export { foldForSearch, tokenize } from './fold.js';
export type {
  SearchField,
  SearchHit,
  SearchIndex,
  SearchIndexOptions,
  SearchQueryOptions,
} from './search-index.js';
export { createSearchIndex } from './search-index.js';
