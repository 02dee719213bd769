import type { AuthorityLevel, OnlineLevel, ProcedureSummary } from './procedure-types.js';

/** The authority levels, in the order the filter offers them (from the ministry down). */
export const AUTHORITY_LEVELS = [
  'MINISTRY',
  'PROVINCE',
  'COMMUNE',
  'OTHER',
] as const satisfies readonly AuthorityLevel[];

/** The online levels, in the order the filter offers them (most online first). */
export const ONLINE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const satisfies readonly OnlineLevel[];

/**
 * The filters of the procedure picker. Within one group the chosen values are alternatives (a
 * procedure of the province **or** the commune); the groups combine (province-or-commune **and**
 * fully online). An empty group does not filter.
 */
export interface ProcedureFilters {
  /** Field codes ("lĩnh vực"). */
  readonly fields: readonly string[];
  /** A procedure passes when one of its levels is chosen. */
  readonly levels: readonly AuthorityLevel[];
  readonly onlineLevels: readonly OnlineLevel[];
  /** Only procedures that Hà Nội's agent points help with for free. */
  readonly agentAssistedOnly: boolean;
}

/** No filter: every procedure passes. */
export const NO_FILTERS: ProcedureFilters = Object.freeze({
  fields: [],
  levels: [],
  onlineLevels: [],
  agentAssistedOnly: false,
});

/** How many filter values are chosen (0: no filter). */
export function activeFilterCount(filters: ProcedureFilters): number {
  return (
    filters.fields.length +
    filters.levels.length +
    filters.onlineLevels.length +
    (filters.agentAssistedOnly ? 1 : 0)
  );
}

/** Whether `procedure` passes `filters`. */
export function matchesFilters(procedure: ProcedureSummary, filters: ProcedureFilters): boolean {
  if (filters.fields.length > 0 && !filters.fields.includes(procedure.field.code)) return false;
  if (filters.levels.length > 0 && !procedure.levels.some((level) => filters.levels.includes(level))) {
    return false;
  }
  if (filters.onlineLevels.length > 0 && !filters.onlineLevels.includes(procedure.onlineLevel)) return false;
  return !filters.agentAssistedOnly || procedure.agentAssisted;
}

/**
 * `values` with `value` added, or removed when it was there: what pressing a filter chip does. A new
 * array, so that a change is a new reference.
 */
export function toggleValue<Value>(values: readonly Value[], value: Value): readonly Value[] {
  return values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
}
