import { describe, expect, it } from 'vitest';
import { filterChips, isChipPressed, toggleChip } from './filter-chips.js';
import {
  activeFilterCount,
  matchesFilters,
  NO_FILTERS,
  type ProcedureFilters,
  toggleValue,
} from './procedure-filter.js';
import type { ProcedureSummary } from './procedure-types.js';

const civilStatus = { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } };
const land = { code: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' } };

function procedure(overrides: Partial<ProcedureSummary>): ProcedureSummary {
  return {
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    field: civilStatus,
    levels: ['COMMUNE'],
    onlineLevel: 'FULL',
    agentAssisted: true,
    channels: [],
    ...overrides,
  };
}

const birth = procedure({});
const landCertificate = procedure({
  code: '1.012783',
  field: land,
  levels: ['PROVINCE'],
  onlineLevel: 'PARTIAL',
  agentAssisted: false,
});
const copy = procedure({
  code: '2.000908',
  levels: ['MINISTRY', 'PROVINCE', 'COMMUNE', 'OTHER'],
  onlineLevel: 'NONE',
});

const passing = (filters: ProcedureFilters) =>
  [birth, landCertificate, copy].filter((item) => matchesFilters(item, filters)).map((item) => item.code);

describe('matchesFilters', () => {
  it('lets everything through without filters', () => {
    expect(passing(NO_FILTERS)).toEqual(['1.001193', '1.012783', '2.000908']);
  });

  it('filters by field', () => {
    expect(passing({ ...NO_FILTERS, fields: ['dat-dai'] })).toEqual(['1.012783']);
  });

  it('keeps a procedure when any of its levels is chosen', () => {
    expect(passing({ ...NO_FILTERS, levels: ['PROVINCE'] })).toEqual(['1.012783', '2.000908']);
    expect(passing({ ...NO_FILTERS, levels: ['OTHER', 'COMMUNE'] })).toEqual(['1.001193', '2.000908']);
  });

  it('filters by online level, the chosen ones being alternatives', () => {
    expect(passing({ ...NO_FILTERS, onlineLevels: ['FULL'] })).toEqual(['1.001193']);
    expect(passing({ ...NO_FILTERS, onlineLevels: ['FULL', 'NONE'] })).toEqual(['1.001193', '2.000908']);
  });

  it('keeps only what agent points help with for free when asked', () => {
    expect(passing({ ...NO_FILTERS, agentAssistedOnly: true })).toEqual(['1.001193', '2.000908']);
  });

  it('combines groups with "and"', () => {
    expect(passing({ ...NO_FILTERS, levels: ['PROVINCE'], agentAssistedOnly: true })).toEqual(['2.000908']);
    expect(passing({ ...NO_FILTERS, fields: ['dat-dai'], onlineLevels: ['FULL'] })).toEqual([]);
  });
});

describe('activeFilterCount', () => {
  it('counts the chosen values', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, agentAssistedOnly: true })).toBe(1);
    expect(
      activeFilterCount({
        fields: ['ho-tich'],
        levels: ['COMMUNE', 'OTHER'],
        onlineLevels: ['FULL'],
        agentAssistedOnly: true,
      }),
    ).toBe(5);
  });
});

describe('toggleValue', () => {
  it('adds a missing value and removes a present one, in a new array', () => {
    const levels = ['COMMUNE'] as const;
    const added = toggleValue(levels, 'PROVINCE');
    expect(added).toEqual(['COMMUNE', 'PROVINCE']);
    expect(toggleValue(added, 'COMMUNE')).toEqual(['PROVINCE']);
    expect(added).not.toBe(levels);
  });
});

describe('filter chips', () => {
  const chips = filterChips([civilStatus, land]);

  it('list the levels, the online levels, the agent chip, then the fields', () => {
    expect(
      chips.map((chip) =>
        'value' in chip ? (typeof chip.value === 'string' ? chip.value : chip.value.code) : chip.kind,
      ),
    ).toEqual([
      'MINISTRY',
      'PROVINCE',
      'COMMUNE',
      'OTHER',
      'FULL',
      'PARTIAL',
      'NONE',
      'agent',
      'ho-tich',
      'dat-dai',
    ]);
  });

  it('toggle their filter and show it pressed', () => {
    let filters = NO_FILTERS;
    for (const chip of chips) {
      expect(isChipPressed(chip, filters)).toBe(false);
      filters = toggleChip(chip, filters);
      expect(isChipPressed(chip, filters)).toBe(true);
    }
    expect(filters).toEqual({
      levels: ['MINISTRY', 'PROVINCE', 'COMMUNE', 'OTHER'],
      onlineLevels: ['FULL', 'PARTIAL', 'NONE'],
      agentAssistedOnly: true,
      fields: ['ho-tich', 'dat-dai'],
    });
    for (const chip of chips) filters = toggleChip(chip, filters);
    expect(filters).toEqual(NO_FILTERS);
  });
});
