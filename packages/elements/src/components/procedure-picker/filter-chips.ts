import { AUTHORITY_LEVELS, ONLINE_LEVELS, type ProcedureFilters, toggleValue } from './procedure-filter.js';
import type { AuthorityLevel, OnlineLevel, ProcedureField } from './procedure-types.js';

/** One toggle button of the filter toolbar. */
export type FilterChip =
  | { readonly kind: 'level'; readonly value: AuthorityLevel }
  | { readonly kind: 'online'; readonly value: OnlineLevel }
  | { readonly kind: 'agent' }
  | { readonly kind: 'field'; readonly value: ProcedureField };

/** The groups of the toolbar, in order; the field group, the longest, comes last. */
export const FILTER_GROUPS = ['level', 'online', 'agent', 'field'] as const;

/** One of {@link FILTER_GROUPS}. */
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/**
 * Every chip of the toolbar, in order: the authority levels, the online levels, "free at agent
 * points", then the catalogue's fields. The toolbar's arrow keys move along this order.
 */
export function filterChips(fields: readonly ProcedureField[]): FilterChip[] {
  return [
    ...AUTHORITY_LEVELS.map((value) => ({ kind: 'level', value }) as const),
    ...ONLINE_LEVELS.map((value) => ({ kind: 'online', value }) as const),
    { kind: 'agent' },
    ...fields.map((value) => ({ kind: 'field', value }) as const),
  ];
}

/** Whether `chip` is pressed under `filters`. */
export function isChipPressed(chip: FilterChip, filters: ProcedureFilters): boolean {
  switch (chip.kind) {
    case 'level':
      return filters.levels.includes(chip.value);
    case 'online':
      return filters.onlineLevels.includes(chip.value);
    case 'agent':
      return filters.agentAssistedOnly;
    case 'field':
      return filters.fields.includes(chip.value.code);
  }
}

/** The filters after pressing `chip`: a new object, with the chip's value added or removed. */
export function toggleChip(chip: FilterChip, filters: ProcedureFilters): ProcedureFilters {
  switch (chip.kind) {
    case 'level':
      return { ...filters, levels: toggleValue(filters.levels, chip.value) };
    case 'online':
      return { ...filters, onlineLevels: toggleValue(filters.onlineLevels, chip.value) };
    case 'agent':
      return { ...filters, agentAssistedOnly: !filters.agentAssistedOnly };
    case 'field':
      return { ...filters, fields: toggleValue(filters.fields, chip.value.code) };
  }
}
