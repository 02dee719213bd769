import type { DvcClient } from '../../base/client-context.js';
import type { ProcedureField, ProcedureSummary } from './procedure-types.js';

/** Everything the picker searches: every procedure of the catalogue and the fields they belong to. */
export interface Catalogue {
  /** In the catalogue's order (the server's). */
  readonly procedures: readonly ProcedureSummary[];
  /** The fields that have procedures, in the order of `client.fields.list()`. */
  readonly fields: readonly ProcedureField[];
}

/** The outcome of {@link loadCatalogue}. */
export interface CatalogueLoad {
  readonly catalogue: Catalogue;
  /**
   * The server could not be reached and `catalogue` is the one this client loaded earlier in this
   * page: it may be out of date.
   */
  readonly offline: boolean;
}

// The contract's largest page: the fewest round trips on a slow line.
const PAGE_SIZE = 100;

// A guard against a server that keeps handing out cursors: 200 pages hold 20,000 procedures, more
// than seven times the 2,642 of the national catalogue.
const MAX_PAGES = 200;

// The last catalogue each client loaded, for when the line drops. Keyed by client so that two
// clients (two partners, two environments) never see each other's catalogue; weakly, so that a
// client the app drops takes its catalogue with it.
const lastCatalogues = new WeakMap<DvcClient, Catalogue>();

/** Whether `error` says that no answer came back (offline, a dropped line, a timeout). */
export function isUnreachable(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'DvcNetworkError' || name === 'DvcTimeoutError';
}

async function fetchProcedures(client: DvcClient, signal: AbortSignal): Promise<ProcedureSummary[]> {
  const procedures: ProcedureSummary[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.procedures.list(
      cursor === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor },
      { signal },
    );
    procedures.push(...answer.items);
    if (answer.nextCursor === null || seenCursors.has(answer.nextCursor)) return procedures;
    seenCursors.add(answer.nextCursor);
    cursor = answer.nextCursor;
  }
  return procedures;
}

/** The fields that hold procedures: in the server's order, else in order of first appearance. */
function fieldsOf(
  procedures: readonly ProcedureSummary[],
  listed: readonly ProcedureField[],
): ProcedureField[] {
  const used = new Map<string, ProcedureField>();
  for (const procedure of procedures) {
    if (!used.has(procedure.field.code)) used.set(procedure.field.code, procedure.field);
  }
  const ordered = listed.filter((field) => used.delete(field.code));
  return [...ordered, ...used.values()];
}

/**
 * Loads the whole catalogue through `client`, page by page, with the fields for the filter. The
 * client revalidates every page with its `ETag`, so loading again costs little when nothing changed.
 *
 * When the server cannot be reached and this client loaded the catalogue before, that catalogue is
 * returned with `offline: true`; otherwise the client's error is thrown. The field list is an
 * ordering nicety: without it, the fields come from the procedures themselves.
 */
export async function loadCatalogue(client: DvcClient, signal: AbortSignal): Promise<CatalogueLoad> {
  try {
    const [procedures, listedFields] = await Promise.all([
      fetchProcedures(client, signal),
      client.fields.list({ signal }).then(
        (list) => list.items,
        (error: unknown) => {
          if (signal.aborted) throw error;
          return [];
        },
      ),
    ]);
    const catalogue: Catalogue = { procedures, fields: fieldsOf(procedures, listedFields) };
    lastCatalogues.set(client, catalogue);
    return { catalogue, offline: false };
  } catch (error) {
    const last = lastCatalogues.get(client);
    if (last !== undefined && !signal.aborted && isUnreachable(error))
      return { catalogue: last, offline: true };
    throw error;
  }
}
