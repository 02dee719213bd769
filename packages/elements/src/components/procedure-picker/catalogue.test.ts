import type { DvcClient, FieldList, ProcedurePage, ProcedureQuery } from '@dvc-kit/client';
import { describe, expect, it } from 'vitest';
import { isUnreachable, loadCatalogue } from './catalogue.js';
import type { ProcedureSummary } from './procedure-types.js';

const civilStatus = { code: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } };
const land = { code: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' } };
const residence = { code: 'cu-tru', name: { vi: 'Cư trú', en: 'Residence' } };

function procedures(count: number): ProcedureSummary[] {
  return Array.from({ length: count }, (_, index) => ({
    code: `1.${String(index).padStart(6, '0')}`,
    name: { vi: `Thủ tục ${index}`, en: `Procedure ${index}` },
    field: index % 2 === 0 ? civilStatus : land,
    levels: ['COMMUNE'],
    onlineLevel: 'FULL',
    agentAssisted: false,
    channels: [],
  }));
}

interface Server {
  catalogue: ProcedureSummary[];
  fields: () => Promise<FieldList>;
  offline: boolean;
  queries: ProcedureQuery[];
}

// A client whose `procedures.list` pages through `server.catalogue` with an offset cursor, as the
// sandbox does, and fails like the real client does when `server.offline`.
function clientOf(server: Server): DvcClient {
  const unreachable = () =>
    Object.assign(new Error('offline'), { name: 'DvcNetworkError', userMessage: 'Mất mạng' });
  const list = async (query: ProcedureQuery = {}): Promise<ProcedurePage> => {
    server.queries.push(query);
    if (server.offline) throw unreachable();
    const offset = Number(query.cursor ?? 0);
    const limit = query.limit ?? 20;
    const end = offset + limit;
    return {
      items: server.catalogue.slice(offset, end),
      total: server.catalogue.length,
      nextCursor: end < server.catalogue.length ? String(end) : null,
    };
  };
  return {
    locale: 'vi',
    procedures: { list, get: () => Promise.reject(new Error('not used')) },
    fields: { list: () => (server.offline ? Promise.reject(unreachable()) : server.fields()) },
  } as unknown as DvcClient;
}

function server(overrides: Partial<Server> = {}): Server {
  return {
    catalogue: procedures(250),
    fields: async () => ({
      items: [
        { ...residence, procedureCount: 0 },
        { ...land, procedureCount: 125 },
        { ...civilStatus, procedureCount: 125 },
      ],
    }),
    offline: false,
    queries: [],
    ...overrides,
  };
}

const signal = () => new AbortController().signal;

describe('loadCatalogue', () => {
  it('reads every page, 100 procedures at a time, in the server order', async () => {
    const backend = server();
    const { catalogue, offline } = await loadCatalogue(clientOf(backend), signal());
    expect(offline).toBe(false);
    expect(catalogue.procedures.map((procedure) => procedure.code)).toEqual(
      backend.catalogue.map((p) => p.code),
    );
    expect(backend.queries).toEqual([
      { limit: 100 },
      { limit: 100, cursor: '100' },
      { limit: 100, cursor: '200' },
    ]);
  });

  it('offers the fields that have procedures, in the order of the field list', async () => {
    const { catalogue } = await loadCatalogue(clientOf(server()), signal());
    expect(catalogue.fields.map((field) => field.code)).toEqual(['dat-dai', 'ho-tich']);
  });

  it('takes the fields from the procedures when the field list fails', async () => {
    const backend = server({ fields: () => Promise.reject(new Error('500')) });
    const { catalogue } = await loadCatalogue(clientOf(backend), signal());
    expect(catalogue.fields).toEqual([civilStatus, land]);
  });

  it('stops when the server repeats a cursor', async () => {
    const backend = server();
    const client = clientOf(backend);
    const list = client.procedures.list;
    client.procedures.list = async (query, options) => ({
      ...(await list(query, options)),
      nextCursor: '100',
    });
    const { catalogue } = await loadCatalogue(client, signal());
    expect(catalogue.procedures).toHaveLength(200);
  });

  it('serves the catalogue this client loaded before when the server cannot be reached', async () => {
    const backend = server();
    const client = clientOf(backend);
    const first = await loadCatalogue(client, signal());
    backend.offline = true;
    const again = await loadCatalogue(client, signal());
    expect(again).toEqual({ catalogue: first.catalogue, offline: true });
  });

  it("throws the client's error offline when this client never loaded the catalogue", async () => {
    const backend = server();
    await loadCatalogue(clientOf(backend), signal());
    backend.offline = true;
    await expect(loadCatalogue(clientOf(backend), signal())).rejects.toMatchObject({
      name: 'DvcNetworkError',
    });
  });

  it('throws other errors even when a catalogue was loaded before', async () => {
    const backend = server();
    const client = clientOf(backend);
    await loadCatalogue(client, signal());
    client.procedures.list = () => Promise.reject(Object.assign(new Error('422'), { name: 'DvcApiError' }));
    await expect(loadCatalogue(client, signal())).rejects.toMatchObject({ name: 'DvcApiError' });
  });
});

describe('isUnreachable', () => {
  it('recognises the errors of no answer', () => {
    expect(isUnreachable(Object.assign(new Error(), { name: 'DvcTimeoutError' }))).toBe(true);
    expect(isUnreachable(Object.assign(new Error(), { name: 'DvcApiError' }))).toBe(false);
    expect(isUnreachable(null)).toBe(false);
  });
});
