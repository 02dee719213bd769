import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import type { RunningSandbox } from '../sandbox.js';
import { holidays, locations } from '../seed/seed-data.js';
import type { Holiday, Location, Partner, Ward } from '../seed/seed-types.js';
import { readProblem } from '../testing/problem-response.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

interface LocationPage {
  items: Location[];
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

async function getJson<T>(path: string, schema: string): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as T;
  expect(validator.validateComponent(schema, body)).toEqual([]);
  return body;
}

async function allLocations(filters: Record<string, string>, limit = 100): Promise<Location[]> {
  const items: Location[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...filters, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const page: LocationPage = await getJson(`/v1/locations?${query}`, 'LocationPage');
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /v1/locations', () => {
  it('lists the first page with the total, the Center’s head office first', async () => {
    const page = await getJson<LocationPage>('/v1/locations', 'LocationPage');
    expect(page.total).toBe(locations.length);
    // The contract's default page size.
    expect(page.items).toHaveLength(20);
    expect(page.items[0]?.type).toBe('HEAD_OFFICE');
    expect(page.nextCursor).not.toBeNull();
  });

  it('walks every page without duplicates or gaps', async () => {
    const items = await allLocations({}, 9);
    expect(items.map((location) => location.id).sort()).toEqual(
      locations.map((location) => location.id).sort(),
    );
  });

  it('filters by type, ward, partner and result return', async () => {
    const agentPoints = await allLocations({ type: 'AGENT_POINT' });
    expect(agentPoints.length).toBe(locations.filter((location) => location.type === 'AGENT_POINT').length);
    expect(
      agentPoints.every((location) => location.type === 'AGENT_POINT' && location.partnerCode !== null),
    ).toBe(true);

    const bidv = await allLocations({ partnerCode: 'BIDV' });
    expect(bidv.length).toBeGreaterThan(0);
    expect(bidv.every((location) => location.partnerCode === 'BIDV')).toBe(true);

    const wardCode = locations[0]!.wardCode;
    const inWard = await allLocations({ wardCode });
    expect(inWard.length).toBe(locations.filter((location) => location.wardCode === wardCode).length);

    const returning = await allLocations({ acceptsResultReturn: 'true', type: 'AGENT_POINT' });
    expect(
      returning.every((location) => location.acceptsResultReturn && location.type === 'AGENT_POINT'),
    ).toBe(true);
    const notReturning = await allLocations({ acceptsResultReturn: 'false', type: 'AGENT_POINT' });
    expect(returning.length + notReturning.length).toBe(agentPoints.length);
  });

  it('answers a filter that matches nothing with an empty page', async () => {
    expect(await getJson('/v1/locations?wardCode=99999', 'LocationPage')).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
  });

  it('refuses a cursor made for other filters', async () => {
    const { nextCursor } = await getJson<LocationPage>('/v1/locations?limit=2', 'LocationPage');
    const problem = await readProblem(
      await fetch(
        `${sandbox.url}/v1/locations?${new URLSearchParams({ type: 'BRANCH', cursor: nextCursor! })}`,
      ),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
  });

  it.each([
    ['type', 'SHOP'],
    ['wardCode', '123'],
    ['partnerCode', 'ACME'],
    ['acceptsResultReturn', 'yes please'],
  ])('refuses %s=%s with a 422', async (name, value) => {
    const problem = await readProblem(
      await fetch(`${sandbox.url}/v1/locations?${new URLSearchParams({ [name]: value })}`),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.map((error) => error.pointer)).toContain(`query/${name}`);
  });
});

describe('GET /v1/wards', () => {
  it('lists Hanoi’s 126 wards and communes by code, with the source’s attribution', async () => {
    const body = await getJson<{ items: Ward[]; attribution: string }>('/v1/wards', 'WardList');
    expect(body.items).toHaveLength(126);
    const codes = body.items.map((ward) => ward.code);
    expect(codes).toEqual([...codes].sort());
    expect(body.attribution).toContain('LacGO/VietNamTDP');
    expect(body.attribution).toContain('CC BY 4.0');
    expect(body.items.find((ward) => ward.code === '00004')?.fullName).toBe('Phường Ba Đình');
  });
});

describe('GET /v1/partners', () => {
  it('lists the seven partners, each with as many agent points as GET /v1/locations has', async () => {
    const body = await getJson<{ items: Partner[] }>('/v1/partners', 'PartnerList');
    expect(body.items.map((partner) => partner.code)).toEqual([
      'VNPOST',
      'VIETTEL_POST',
      'FPT_RETAIL',
      'VNPT',
      'MOBIFONE',
      'VIETTEL_STORE',
      'BIDV',
    ]);
    for (const partner of body.items) {
      const page = await getJson<LocationPage>(
        `/v1/locations?type=AGENT_POINT&partnerCode=${partner.code}&limit=1`,
        'LocationPage',
      );
      expect(page.total, partner.code).toBe(partner.agentPointCount);
    }
  });
});

describe('GET /v1/calendar/holidays', () => {
  it('lists the holidays of a year in date order', async () => {
    const body = await getJson<{ year: number; items: Holiday[] }>(
      '/v1/calendar/holidays?year=2026',
      'HolidayList',
    );
    expect(body.year).toBe(2026);
    expect(body.items.map((holiday) => holiday.date)).toEqual(
      holidays.filter((holiday) => holiday.date.startsWith('2026-')).map((holiday) => holiday.date),
    );
    expect(body.items[0]?.date).toBe('2026-01-01');
  });

  it('answers a year without data with an empty list', async () => {
    expect(await getJson('/v1/calendar/holidays?year=2040', 'HolidayList')).toEqual({
      year: 2040,
      items: [],
    });
  });

  it.each(['', '?year=1999', '?year=2101', '?year=next'])('refuses %j with a 422', async (query) => {
    const problem = await readProblem(await fetch(`${sandbox.url}/v1/calendar/holidays${query}`));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.[0]?.pointer).toBe('query/year');
  });
});
