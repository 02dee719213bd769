import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type ProcedureFixture, procedureFixtures } from './fixtures/procedures.fixture.js';
import { foldDiacritics } from './fold.js';
import { createSearchIndex, type SearchHit } from './search-index.js';

/** The index the sandbox and the picker build: the name counts three times the field. */
function indexProcedures(procedures: readonly ProcedureFixture[] = procedureFixtures) {
  return createSearchIndex(procedures, {
    id: (procedure) => procedure.code,
    fields: [
      { get: (procedure) => procedure.name, weight: 3 },
      { get: (procedure) => procedure.field, weight: 1 },
    ],
  });
}

/** Procedures named `names`, coded `p0`, `p1`… in that order, without a field. */
function named(...names: string[]): ProcedureFixture[] {
  return names.map((name, index) => ({ code: `p${index}`, name, field: '' }));
}

const codes = (hits: SearchHit<ProcedureFixture>[]) => hits.map((hit) => hit.item.code);

const index = indexProcedures();

const BIRTH_REGISTRATION = '1.001193'; // Thủ tục đăng ký khai sinh

describe('createSearchIndex: matching', () => {
  it('finds birth registration typed without diacritics and with i for y', () => {
    expect(codes(index.search('dang ki khai sinh'))[0]).toBe(BIRTH_REGISTRATION);
  });

  it('gives the same hits however the query is spelled', () => {
    const expected = codes(index.search('Đăng ký khai sinh'));
    expect(expected[0]).toBe(BIRTH_REGISTRATION);
    for (const spelling of [
      'dang ky khai sinh',
      'dang ki khai sinh',
      'ĐĂNG KÝ KHAI SINH',
      'Đăng kí  khai-sinh',
      'Đăng ký khai sinh'.normalize('NFD'),
    ]) {
      expect(codes(index.search(spelling)), spelling).toEqual(expected);
    }
  });

  it('finds the procedure at every step of typing its name', () => {
    const typed = 'dang ky khai sinh';
    for (let length = 1; length <= typed.length; length++) {
      const query = typed.slice(0, length);
      expect(codes(index.search(query)), query).toContain(BIRTH_REGISTRATION);
    }
    // Once the words typed so far only fit a few names, the shortest comes first.
    expect(codes(index.search('dang ky khai s'))[0]).toBe(BIRTH_REGISTRATION);
  });

  it('matches a word whose y is not final while it is being typed', () => {
    // "quy" may be "quý"/"Quỹ" (folded to "qui") or the start of "quyết"/"quyền".
    expect(codes(index.search('quy')).sort()).toEqual([
      '1.008672', // quý
      '1.009644', // Quyết định, thẩm quyền
      '1.012783', // quyền sử dụng đất
      '1.014211', // Quỹ
      '2.000693', // Giải quyết
    ]);
    expect(codes(index.search('qui')).sort()).toEqual(['1.008672', '1.014211']);
    expect(codes(index.search('khuy'))).toEqual(['1.003618']);
    expect(codes(index.search('thuong xuy'))).toEqual(['1.013313']);
  });

  it('matches either tone-mark placement', () => {
    expect(codes(index.search('hoà giải'))).toEqual(['1.012812']);
    expect(codes(index.search('hủy tài khoản'))).toEqual(['1.000232']);
    expect(codes(index.search('uỷ ban'))).toEqual(['1.009644']);
  });

  it('requires every query word', () => {
    expect(index.search('khai sinh lưu động')).toEqual([]);
    expect(index.search('dang ky xyz')).toEqual([]);
  });

  it('searches every field', () => {
    expect(codes(index.search('nong nghiep'))).toEqual(['1.003618']);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search(' ,.; – ')).toEqual([]);
  });

  it('works on an empty list and on items without text', () => {
    expect(indexProcedures([]).search('dang ky')).toEqual([]);
    const withBlank = indexProcedures([{ code: 'blank', name: '', field: '' }, ...named('Tách hộ')]);
    expect(withBlank.size).toBe(2);
    expect(codes(withBlank.search('tach'))).toEqual(['p0']);
  });
});

describe('createSearchIndex: ranking', () => {
  it('ranks a name that starts with the query first', () => {
    const procedures = named(
      'Thủ tục cấp lại thẻ căn cước',
      'Cấp lại giấy chứng nhận đăng ký hộ kinh doanh khi bị mất, cháy, rách, nát',
    );
    expect(codes(indexProcedures(procedures).search('cap lai'))).toEqual(['p1', 'p0']);
  });

  it('ranks the query words next to each other above the same words apart, even earlier', () => {
    const procedures = named('Khai thác tài nguyên sinh vật', 'Thủ tục đăng ký lại khai sinh');
    expect(codes(indexProcedures(procedures).search('khai sinh'))).toEqual(['p1', 'p0']);
  });

  it('ranks a whole-word match above a prefix-only match, even an earlier one', () => {
    const procedures = named('Cấp hoá đơn lẻ', 'Thủ tục cấp giấy xác nhận hộ tịch');
    expect(codes(indexProcedures(procedures).search('ho'))).toEqual(['p1', 'p0']);
  });

  it('ranks an earlier word above a later one, even in a longer name', () => {
    const procedures = named(
      'Thủ tục đăng ký lại khai tử',
      'Đăng ký khai tử cho người nước ngoài tại Việt Nam',
    );
    expect(codes(indexProcedures(procedures).search('khai'))).toEqual(['p1', 'p0']);
  });

  it('ranks a match in a heavier field higher', () => {
    const procedures: ProcedureFixture[] = [
      { code: 'in-field', name: 'Cấp bản sao trích lục', field: 'Hộ tịch' },
      { code: 'in-name', name: 'Thủ tục đăng ký hộ tịch', field: 'Tư pháp' },
    ];
    const fieldsWeighted = (nameWeight: number, fieldWeight: number) =>
      createSearchIndex(procedures, {
        id: (procedure) => procedure.code,
        fields: [
          { get: (procedure) => procedure.name, weight: nameWeight },
          { get: (procedure) => procedure.field, weight: fieldWeight },
        ],
      });
    expect(codes(fieldsWeighted(3, 1).search('tich'))).toEqual(['in-name', 'in-field']);
    expect(codes(fieldsWeighted(1, 3).search('tich'))).toEqual(['in-field', 'in-name']);
  });

  it('breaks ties by the shorter name, then by id, whatever the input order', () => {
    const procedures: ProcedureFixture[] = [
      { code: 'b', name: 'Đăng ký tạm trú cho người nước ngoài', field: '' },
      { code: 'c', name: 'Đăng ký tạm trú', field: '' },
      { code: 'a', name: 'Đăng ký tạm trú', field: '' },
    ];
    for (const order of [procedures, [...procedures].reverse()]) {
      const hits = indexProcedures(order).search('dang ky tam');
      expect(codes(hits)).toEqual(['a', 'c', 'b']);
      expect(hits[0]!.score).toBe(hits[2]!.score);
    }
  });

  it('lists hits best first', () => {
    fc.assert(
      fc.property(fixtureQuery, (query) => {
        const scores = index.search(query).map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });
});

describe('createSearchIndex: options', () => {
  it('returns at most `limit` hits, the best ones', () => {
    const all = codes(index.search('cap'));
    expect(all.length).toBeGreaterThan(5);
    expect(codes(index.search('cap', { limit: 5 }))).toEqual(all.slice(0, 5));
    expect(codes(index.search('cap', { limit: 2.7 }))).toEqual(all.slice(0, 2));
    expect(codes(index.search('cap', { limit: 1_000 }))).toEqual(all);
    expect(index.search('cap', { limit: 0 })).toEqual([]);
    expect(index.search('cap', { limit: -1 })).toEqual([]);
  });

  it('keeps only the items the filter accepts, in the same order', () => {
    const isCivilStatus = (procedure: ProcedureFixture) => procedure.field === 'Hộ tịch';
    const filtered = codes(index.search('dang ky', { filter: isCivilStatus }));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toEqual(codes(index.search('dang ky').filter((hit) => isCivilStatus(hit.item))));
  });

  it('gives, with a limit and a filter, the head of the filtered full list', () => {
    const fields = [...new Set(procedureFixtures.map((procedure) => procedure.field))];
    fc.assert(
      fc.property(
        fixtureQuery,
        fc.integer({ min: 1, max: 12 }),
        fc.subarray(fields),
        (query, limit, acceptedFields) => {
          const filter = (procedure: ProcedureFixture) => acceptedFields.includes(procedure.field);
          const expected = index
            .search(query)
            .filter((hit) => filter(hit.item))
            .slice(0, limit);
          expect(index.search(query, { limit, filter })).toEqual(expected);
        },
      ),
    );
  });

  it('warns about a field weight that is not positive and counts it as 1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const zeroWeight = createSearchIndex(named('Tách hộ'), {
        id: (procedure) => procedure.code,
        fields: [{ get: (procedure) => procedure.name, weight: 0 }],
      });
      expect(warn).toHaveBeenCalledOnce();
      expect(zeroWeight.search('tach')).toEqual([
        { item: expect.objectContaining({ code: 'p0' }), score: 3 },
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('createSearchIndex: every item finds itself', () => {
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

  it('by any prefix of any of its words, with or without diacritics', () => {
    const wordPrefix = fc
      .constantFrom(...procedureFixtures)
      .chain((procedure) =>
        fc.tuple(
          fc.constant(procedure),
          fc.constantFrom(...words(procedure.name), ...words(procedure.field)),
          fc.boolean(),
        ),
      )
      .chain(([procedure, word, withDiacritics]) => {
        const spelled = withDiacritics ? word : foldDiacritics(word);
        return fc.tuple(
          fc.constant(procedure),
          fc.integer({ min: 1, max: spelled.length }).map((length) => spelled.slice(0, length)),
        );
      });
    fc.assert(
      fc.property(wordPrefix, ([procedure, prefix]) => {
        expect(codes(index.search(prefix))).toContain(procedure.code);
      }),
      { numRuns: 500 },
    );
  });

  it('first, by its whole name', () => {
    for (const procedure of procedureFixtures) {
      expect(codes(index.search(procedure.name, { limit: 1 })), procedure.name).toEqual([procedure.code]);
    }
  });
});

/** Queries of one to three words, each a prefix of a word of some fixture name, as typed. */
const fixtureQuery = fc
  .array(
    fc
      .constantFrom(...procedureFixtures.flatMap((procedure) => procedure.name.split(/\s+/)))
      .chain((word) => fc.integer({ min: 1, max: word.length }).map((length) => word.slice(0, length))),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => words.join(' '));
