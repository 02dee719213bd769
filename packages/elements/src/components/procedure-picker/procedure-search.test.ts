import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './procedure-filter.js';
import { createProcedureSearch } from './procedure-search.js';
import type { ProcedureSummary } from './procedure-types.js';

const civilStatus = { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } };
const residence = { code: 'cu-tru', name: { vi: 'Đăng ký, quản lý cư trú', en: 'Residence' } };

function procedure(
  code: string,
  vi: string,
  en: string,
  overrides: Partial<ProcedureSummary> = {},
): ProcedureSummary {
  return {
    code,
    name: { vi, en },
    field: civilStatus,
    levels: ['COMMUNE'],
    onlineLevel: 'FULL',
    agentAssisted: true,
    channels: [],
    ...overrides,
  };
}

// In the catalogue's order (by code), which is not the order of relevance.
const catalogue = [
  procedure('1.000656', 'Đăng ký khai tử', 'Death registration'),
  procedure(
    '1.000689',
    'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    'Birth and parentage registration',
    {
      onlineLevel: 'PARTIAL',
    },
  ),
  procedure('1.001193', 'Đăng ký khai sinh', 'Birth registration'),
  procedure('1.004222', 'Đăng ký thường trú', 'Permanent residence registration', { field: residence }),
  procedure(
    '2.000528',
    'Đăng ký khai sinh có yếu tố nước ngoài',
    'Birth registration with a foreign element',
    {
      onlineLevel: 'PARTIAL',
      agentAssisted: false,
    },
  ),
];

const codes = (items: readonly ProcedureSummary[]) => items.map((item) => item.code);

describe('createProcedureSearch', () => {
  const search = createProcedureSearch(catalogue, 'vi');

  it('finds "Đăng ký khai sinh" first from a query without diacritics and with i for y', () => {
    expect(codes(search.find('dang ki khai sinh', NO_FILTERS))).toEqual(['1.001193', '2.000528', '1.000689']);
  });

  it('matches every word by its start, as the user types', () => {
    expect(codes(search.find('khai s', NO_FILTERS))[0]).toBe('1.001193');
    expect(codes(search.find('thuong', NO_FILTERS))).toEqual(['1.004222']);
  });

  it('finds a procedure by its code', () => {
    expect(codes(search.find('1.001193', NO_FILTERS))[0]).toBe('1.001193');
  });

  it('finds a procedure by its name in the other language and by its field', () => {
    expect(codes(search.find('death', NO_FILTERS))).toEqual(['1.000656']);
    expect(codes(search.find('cu tru', NO_FILTERS))).toEqual(['1.004222']);
  });

  it('lists everything, in catalogue order, for an empty query', () => {
    expect(codes(search.find('', NO_FILTERS))).toEqual(codes(catalogue));
    expect(codes(search.find(' ,. ', NO_FILTERS))).toEqual(codes(catalogue));
  });

  it('applies the filters to both', () => {
    const fullyOnline = { ...NO_FILTERS, onlineLevels: ['FULL'] as const };
    expect(codes(search.find('khai sinh', fullyOnline))).toEqual(['1.001193']);
    expect(codes(search.find('', { ...NO_FILTERS, agentAssistedOnly: true }))).not.toContain('2.000528');
  });

  it('finds nothing for a word no procedure has', () => {
    expect(search.find('khai sinh xyz', NO_FILTERS)).toEqual([]);
  });

  it('ranks by the English name on an English page', () => {
    expect(codes(createProcedureSearch(catalogue, 'en').find('birth registration', NO_FILTERS))[0]).toBe(
      '1.001193',
    );
  });
});
