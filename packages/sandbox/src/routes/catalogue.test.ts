import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import type { RunningSandbox } from '../sandbox.js';
import { procedures } from '../seed/seed-data.js';
import type { ProcedureSummary } from '../seed/seed-types.js';
import { readProblem } from '../testing/problem-response.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

interface ProcedurePage {
  items: ProcedureSummary[];
  total: number;
  nextCursor: string | null;
}

let sandbox: RunningSandbox;
const validator = new ContractValidator();

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

async function listProcedures(query: Record<string, string>): Promise<ProcedurePage> {
  const response = await fetch(`${sandbox.url}/v1/procedures?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  const page = (await response.json()) as ProcedurePage;
  expect(validator.validateComponent('ProcedurePage', page)).toEqual([]);
  return page;
}

/** Follows `nextCursor` to the end and returns every item in order, checking each page on the way. */
async function walkAllPages(query: Record<string, string>, limit: number): Promise<ProcedureSummary[]> {
  const items: ProcedureSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listProcedures({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
    // A cursor that never ends would hang the test; no catalogue here has a thousand pages.
    expect(pages).toBeLessThan(1000);
  } while (cursor);
  return items;
}

const codesOf = (items: { code: string }[]) => items.map((item) => item.code);

describe('GET /v1/procedures — search', () => {
  it('finds "Đăng ký khai sinh" first for "dang ki khai sinh"', async () => {
    const page = await listProcedures({ q: 'dang ki khai sinh' });
    expect(page.items[0]).toMatchObject({ code: '1.001193', name: { vi: 'Đăng ký khai sinh' } });
    // Every other birth registration variant follows, and nothing without "khai sinh" in its name.
    expect(page.items.every((item) => item.name.vi.toLowerCase().includes('khai sinh'))).toBe(true);
  });

  it('finds the certified-copy procedure for "chung thuc ban sao"', async () => {
    const page = await listProcedures({ q: 'chung thuc ban sao' });
    expect(page.items[0]?.code).toBe('2.000815');
  });

  it.each([
    'Đăng ký khai sinh',
    'Đăng ký khai sinh'.normalize('NFD'),
    'dang ky khai sinh',
    'đăng kí khai sinh',
    'ĐĂNG KÝ KHAI SINH',
    '  dang   ki  khai sinh  ',
    'dang ki khai si',
  ])('ranks birth registration first for the spelling %j', async (q) => {
    const page = await listProcedures({ q });
    expect(page.items[0]?.code).toBe('1.001193');
  });

  it('gives the same answer with and without diacritics', async () => {
    const accented = await listProcedures({ q: 'Đăng ký khai sinh', limit: '100' });
    const plain = await listProcedures({ q: 'dang ki khai sinh', limit: '100' });
    expect(codesOf(plain.items)).toEqual(codesOf(accented.items));
    expect(plain.total).toBe(accented.total);
  });

  it('finds a procedure by its code', async () => {
    expect((await listProcedures({ q: '1.001193' })).items[0]?.code).toBe('1.001193');
    expect((await listProcedures({ q: '2.000815' })).items[0]?.code).toBe('2.000815');
  });

  it('finds nothing for words that are in no procedure', async () => {
    expect(await listProcedures({ q: 'xyzzy quux' })).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('lists every procedure in code order without a query, or with one that has no letter or digit', async () => {
    const allCodes = procedures.map((procedure) => procedure.code).sort();
    expect(codesOf(await walkAllPages({}, 100))).toEqual(allCodes);
    expect(codesOf(await walkAllPages({ q: '?!' }, 100))).toEqual(allCodes);
  });

  it('lists summaries, not the full detail', async () => {
    const [first] = (await listProcedures({ q: 'khai sinh' })).items;
    expect(Object.keys(first ?? {}).sort()).toEqual(
      ['agentAssisted', 'channels', 'code', 'field', 'levels', 'name', 'onlineLevel'].sort(),
    );
  });
});

describe('GET /v1/procedures — filters', () => {
  it('filters by field, and the count matches GET /v1/fields', async () => {
    const fields = (await (await fetch(`${sandbox.url}/v1/fields`)).json()) as {
      items: { code: string; procedureCount: number }[];
    };
    const civilStatus = fields.items.find((field) => field.code === 'ho-tich')!;
    const items = await walkAllPages({ field: 'ho-tich' }, 100);
    expect(items.length).toBe(civilStatus.procedureCount);
    expect(items.every((item) => item.field.code === 'ho-tich')).toBe(true);
  });

  it('filters by authority level, online level and agent assistance', async () => {
    const province = await walkAllPages({ level: 'PROVINCE' }, 100);
    expect(province.length).toBeGreaterThan(0);
    expect(province.every((item) => item.levels.includes('PROVINCE'))).toBe(true);

    const fullyOnline = await walkAllPages({ onlineLevel: 'FULL' }, 100);
    expect(fullyOnline.length).toBeGreaterThan(0);
    expect(fullyOnline.every((item) => item.onlineLevel === 'FULL')).toBe(true);

    const assisted = await listProcedures({ agentAssisted: 'true' });
    const notAssisted = await listProcedures({ agentAssisted: 'false' });
    expect(assisted.total + notAssisted.total).toBe(procedures.length);
    expect(assisted.items.every((item) => item.agentAssisted)).toBe(true);
    expect(notAssisted.items.every((item) => !item.agentAssisted)).toBe(true);
  });

  it('combines a query with filters', async () => {
    const page = await listProcedures({ q: 'dang ki', field: 'ho-tich', onlineLevel: 'FULL', limit: '100' });
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.field.code).toBe('ho-tich');
      expect(item.onlineLevel).toBe('FULL');
    }
    const unfiltered = await listProcedures({ q: 'dang ki', limit: '100' });
    expect(page.total).toBeLessThan(unfiltered.total);
  });

  it('answers an unknown field with an empty list', async () => {
    expect((await listProcedures({ field: 'khong-co' })).total).toBe(0);
  });

  it.each([
    ['level', 'CITY'],
    ['onlineLevel', 'SOME'],
    ['agentAssisted', 'maybe'],
    ['limit', '0'],
    ['limit', '101'],
    ['limit', 'ten'],
    ['q', 'a'.repeat(201)],
  ])('refuses %s=%s with a 422 naming the parameter', async (name, value) => {
    const problem = await readProblem(
      await fetch(`${sandbox.url}/v1/procedures?${new URLSearchParams({ [name]: value })}`),
    );
    expect(problem.status).toBe(422);
    expect(problem.kind).toBe('validation');
    expect(problem.contractViolations).toEqual([]);
    expect(problem.body.errors?.map((error) => error.pointer)).toContain(`query/${name}`);
  });
});

describe('GET /v1/procedures — pagination', () => {
  it('walks every page of an unsearched list without duplicates or gaps', async () => {
    const first = await listProcedures({ limit: '7' });
    const items = await walkAllPages({}, 7);
    expect(items.length).toBe(first.total);
    expect(new Set(codesOf(items)).size).toBe(items.length);
  });

  it('walks every page of a search in ranked order', async () => {
    const onePage = await listProcedures({ q: 'dang ki', limit: '100' });
    const paged = await walkAllPages({ q: 'dang ki' }, 3);
    expect(codesOf(paged)).toEqual(codesOf(onePage.items));
  });

  it('keeps a cursor valid when only the page size changes', async () => {
    const first = await listProcedures({ q: 'dang ki', limit: '2' });
    const rest = await listProcedures({ q: 'dang ki', limit: '100', cursor: first.nextCursor! });
    const onePage = await listProcedures({ q: 'dang ki', limit: '100' });
    expect(codesOf([...first.items, ...rest.items])).toEqual(codesOf(onePage.items));
  });

  it('refuses a cursor of another query with a 422, not another page', async () => {
    const { nextCursor } = await listProcedures({ q: 'dang ki', limit: '2' });
    const problem = await readProblem(
      await fetch(
        `${sandbox.url}/v1/procedures?${new URLSearchParams({ q: 'khai tu', cursor: nextCursor! })}`,
      ),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.[0]?.pointer).toBe('query/cursor');
  });

  it.each(['garbage', 'eyJvIjotMSwiZiI6IngifQ', '%%%'])(
    'refuses the forged cursor %j with a 422',
    async (cursor) => {
      const problem = await readProblem(
        await fetch(`${sandbox.url}/v1/procedures?${new URLSearchParams({ cursor })}`),
      );
      expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    },
  );
});

describe('GET /v1/procedures/{code}', () => {
  it('returns the full procedure as the contract describes it', async () => {
    const response = await fetch(`${sandbox.url}/v1/procedures/1.001193`);
    expect(response.status).toBe(200);
    const procedure = await response.json();
    expect(validator.validateComponent('ProcedureDetail', procedure)).toEqual([]);
    expect(procedure).toEqual(procedures.find((p) => p.code === '1.001193'));
  });

  it('answers an unknown code with 404 not-found', async () => {
    const problem = await readProblem(await fetch(`${sandbox.url}/v1/procedures/1.999999`));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([404, 'not-found', []]);
  });

  it.each(['abc', '0.001193', '1.00119', '1.0011933'])(
    'answers the malformed code %j with 422',
    async (code) => {
      const problem = await readProblem(await fetch(`${sandbox.url}/v1/procedures/${code}`));
      expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
      expect(problem.body.errors?.[0]?.pointer).toBe('path/code');
    },
  );
});

describe('caching', () => {
  it.each(['/v1/procedures?q=dang%20ki%20khai%20sinh', '/v1/procedures/1.001193'])(
    'answers If-None-Match with the current ETag of %s with 304 and no body',
    async (path) => {
      const first = await fetch(`${sandbox.url}${path}`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=300');
      await first.arrayBuffer();

      const again = await fetch(`${sandbox.url}${path}`, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);

      // A weak form of the same tag, or a list holding it, matches too (RFC 9110 weak comparison).
      const weak = await fetch(`${sandbox.url}${path}`, {
        headers: { 'if-none-match': `"other", W/${etag}` },
      });
      expect(weak.status).toBe(304);
    },
  );

  it('answers a stale ETag with the full body and a new tag', async () => {
    const response = await fetch(`${sandbox.url}/v1/procedures/1.001193`, {
      headers: { 'if-none-match': '"stale"' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBe('"stale"');
    expect(((await response.json()) as { code: string }).code).toBe('1.001193');
  });

  it('gives different queries different tags, and the same query the same tag', async () => {
    const tagOf = async (path: string) => (await fetch(`${sandbox.url}${path}`)).headers.get('etag');
    const birth = await tagOf('/v1/procedures?q=khai%20sinh');
    expect(await tagOf('/v1/procedures?q=khai%20sinh')).toBe(birth);
    expect(await tagOf('/v1/procedures?q=khai%20tu')).not.toBe(birth);
  });
});

describe('GET /v1/fields', () => {
  it('lists every field with its procedure count', async () => {
    const response = await fetch(`${sandbox.url}/v1/fields`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await response.json()) as {
      items: { code: string; name: { vi: string }; procedureCount: number }[];
    };
    expect(validator.validateComponent('FieldList', body)).toEqual([]);
    expect(body.items.reduce((sum, field) => sum + field.procedureCount, 0)).toBe(procedures.length);
    expect(body.items.find((field) => field.code === 'ho-tich')?.name.vi).toBe('Hộ tịch');
  });
});
