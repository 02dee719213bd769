// The contract's operations answered from `openapi/examples`: a small in-page stand-in for the API,
// so that stories run the real client (ky, retries, token refresh, response validation) with no
// network. Answers follow the contract and the examples' one consistent story (see
// `openapi/examples/README.md`); what a story changes (a rating, a supplement) is remembered by the
// server the story created, and by no other.
import type {
  Attachment,
  Dossier,
  DossierPage,
  DossierRating,
  DossierRatingCreate,
  DossierStatusView,
  FieldList,
  LocationPage,
  LocationRating,
  LocationRatingCreate,
  operations,
  Problem,
  ProcedureDetail,
  ProcedureSummary,
} from '@dvc-kit/client';
import { example, examplesOf } from './examples.js';
import { genericDetail } from './synthetic-catalogue.js';

/** The operations of `openapi/openapi.yaml` (their `operationId`s) that the example API answers. */
export const EXAMPLE_OPERATIONS = [
  'getHealth',
  'listProcedures',
  'getProcedure',
  'listFields',
  'listLocations',
  'listWards',
  'listPartners',
  'listHolidays',
  'createEmbedSession',
  'uploadAttachment',
  'listDossiers',
  'createDossier',
  'getDossier',
  'lookupDossier',
  'supplementDossier',
  'withdrawDossier',
  'getDossierReceipt',
  'rateDossier',
  'rateLocation',
  'advanceDossier',
] as const satisfies readonly (keyof operations)[];

/** One operation of the contract, by its `operationId`. */
export type ExampleOperation = (typeof EXAMPLE_OPERATIONS)[number];

/** What the example API knows, chosen by the story. */
export interface ExampleApiOptions {
  /** The catalogue `listProcedures` pages through. Default: the items of `ProcedurePage.json`. */
  readonly procedures?: readonly ProcedureSummary[];
  /**
   * An empty world: every list answers no items, and every read of one dossier or procedure answers
   * 404, as on a fresh installation or after a search that matches nothing.
   */
  readonly empty?: boolean;
}

/** A request as the example API sees it. */
export interface ExampleRequest {
  readonly method: string;
  readonly url: URL;
  /** The JSON body, or the multipart form of an upload. */
  readonly body: unknown;
}

/** An answer: a status and a JSON body (problem details for errors). */
export interface ExampleResponse {
  readonly status: number;
  readonly body: unknown;
}

/** The example API of one story. */
export interface ExampleApi {
  /** The operation a request calls, or `undefined` when no operation of the contract matches. */
  operationOf(request: Pick<ExampleRequest, 'method' | 'url'>): ExampleOperation | undefined;
  /** Answers a request. */
  answer(request: ExampleRequest): Promise<ExampleResponse>;
}

// The contract's largest page (`Limit`), and its default.
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;

type Params = readonly string[];
type Handler = (request: ExampleRequest, params: Params) => ExampleResponse | Promise<ExampleResponse>;

interface Route {
  readonly operation: ExampleOperation;
  readonly method: 'GET' | 'POST';
  /** Matched against the path without its leading slash; groups are URL-decoded into `params`. */
  readonly pattern: RegExp;
  readonly handle: Handler;
}

const ok = (body: unknown, status = 200): ExampleResponse => ({ status, body });

/** The example problem of that type, about `url`, with the detail of this case when given. */
function problem(type: string, url: URL, detail?: string): ExampleResponse {
  const body = example<Problem>(`Problem.${type}`);
  return {
    status: body.status,
    body: { ...body, instance: url.pathname, ...(detail === undefined ? {} : { detail }) },
  };
}

/** A page of `items` for the contract's `limit` and opaque `cursor` (an offset, as the sandbox's). */
function page<T>(
  items: readonly T[],
  query: URLSearchParams,
): { items: T[]; total: number; nextCursor: string | null } {
  const limit = Math.min(MAX_LIMIT, Number(query.get('limit') ?? DEFAULT_LIMIT));
  const cursor = query.get('cursor');
  const offset = cursor === null ? 0 : (JSON.parse(atob(cursor)) as { offset: number }).offset;
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    total: items.length,
    nextCursor: end < items.length ? btoa(JSON.stringify({ offset: end })) : null,
  };
}

/** Whether an ID number fits a masked one (`001*******17`): the shown digits are the same. */
function fitsMask(personalId: unknown, masked: string): boolean {
  if (typeof personalId !== 'string' || personalId.length !== masked.length) return false;
  return [...masked].every((digit, index) => digit === '*' || digit === personalId[index]);
}

const nowInstant = (): string => new Date().toISOString();

function bodyField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates the example API of one story.
 *
 * @example
 * const api = createExampleApi({ procedures: largeCatalogue() });
 * await api.answer({ method: 'GET', url: new URL('https://api.example/v1/procedures'), body: undefined });
 */
export function createExampleApi(options: ExampleApiOptions = {}): ExampleApi {
  const empty = options.empty ?? false;
  const procedures = empty
    ? []
    : (options.procedures ?? example<{ items: ProcedureSummary[] }>('ProcedurePage').items);
  const procedureDetail = example<ProcedureDetail>('ProcedureDetail');
  const dossier = example<Dossier>('Dossier');
  const views = new Map<string, DossierStatusView>();
  if (!empty)
    for (const view of examplesOf<DossierStatusView>('DossierStatusView').values())
      views.set(view.code, view);
  const receipts = new Map(
    empty
      ? []
      : [...examplesOf<{ dossierCode: string }>('Receipt').values()].map((receipt) => [
          receipt.dossierCode,
          receipt,
        ]),
  );

  const viewFor = (code: string, personalId: unknown): DossierStatusView | undefined => {
    const view = views.get(code);
    return view !== undefined && fitsMask(personalId, view.ownerPersonalIdMasked) ? view : undefined;
  };

  const routes: readonly Route[] = [
    { operation: 'getHealth', method: 'GET', pattern: /^v1\/health$/, handle: () => ok(example('Health')) },
    {
      operation: 'listProcedures',
      method: 'GET',
      pattern: /^v1\/procedures$/,
      handle: ({ url }) => ok(page(filterProcedures(procedures, url.searchParams), url.searchParams)),
    },
    {
      operation: 'getProcedure',
      method: 'GET',
      pattern: /^v1\/procedures\/([^/]+)$/,
      handle: ({ url }, [code]) => {
        const summary = procedures.find((procedure) => procedure.code === code);
        if (summary === undefined) return problem('not-found', url, `No procedure ${code}.`);
        return ok(summary.code === procedureDetail.code ? procedureDetail : genericDetail(summary));
      },
    },
    {
      operation: 'listFields',
      method: 'GET',
      pattern: /^v1\/fields$/,
      handle: () => {
        // The counts of the catalogue on show, so that a large catalogue's filters tell the truth.
        const items = example<FieldList>('FieldList')
          .items.map((field) => ({
            ...field,
            procedureCount: procedures.filter((procedure) => procedure.field.code === field.code).length,
          }))
          .filter((field) => field.procedureCount > 0);
        return ok({ items });
      },
    },
    {
      operation: 'listLocations',
      method: 'GET',
      pattern: /^v1\/locations$/,
      handle: ({ url }) => {
        const query = url.searchParams;
        const items = (empty ? [] : example<LocationPage>('LocationPage').items).filter(
          (location) =>
            (!query.has('type') || location.type === query.get('type')) &&
            (!query.has('wardCode') || location.wardCode === query.get('wardCode')) &&
            (!query.has('partnerCode') || location.partnerCode === query.get('partnerCode')) &&
            (query.get('acceptsResultReturn') !== 'true' || location.acceptsResultReturn),
        );
        return ok(page(items, query));
      },
    },
    {
      operation: 'listWards',
      method: 'GET',
      pattern: /^v1\/wards$/,
      handle: () => ok(empty ? { items: [] } : example('WardList')),
    },
    {
      operation: 'listPartners',
      method: 'GET',
      pattern: /^v1\/partners$/,
      handle: () => ok(empty ? { items: [] } : example('PartnerList')),
    },
    {
      operation: 'listHolidays',
      method: 'GET',
      pattern: /^v1\/calendar\/holidays$/,
      handle: ({ url }) => {
        const holidays = example<{ year: number; items: unknown[] }>('HolidayList');
        const year = Number(url.searchParams.get('year'));
        // The example is one year's calendar; another year has none the example knows of.
        return ok(year === holidays.year ? holidays : { year, items: [] });
      },
    },
    {
      operation: 'createEmbedSession',
      method: 'POST',
      pattern: /^v1\/embed-sessions$/,
      handle: () => ok(example('EmbedSession'), 201),
    },
    {
      operation: 'uploadAttachment',
      method: 'POST',
      pattern: /^v1\/attachments$/,
      handle: async ({ url, body }) => {
        const file = body instanceof FormData ? body.get('file') : null;
        if (!(file instanceof File)) return problem('validation', url, 'The upload has no file.');
        const mediaType = file.type as Attachment['mediaType'];
        if (!['application/pdf', 'image/jpeg', 'image/png'].includes(mediaType)) {
          return problem('unsupported-media-type', url);
        }
        const attachment: Attachment = {
          ...example<Attachment>('Attachment'),
          id: `att_${crypto.randomUUID().replaceAll('-', '')}`,
          fileName: file.name,
          mediaType,
          size: file.size,
          sha256: await sha256Hex(file),
          createdAt: nowInstant(),
        };
        return ok(attachment, 201);
      },
    },
    {
      operation: 'listDossiers',
      method: 'GET',
      pattern: /^v1\/dossiers$/,
      handle: ({ url }) => {
        const status = url.searchParams.get('status');
        const items = (empty ? [] : example<DossierPage>('DossierPage').items).filter(
          (item) => status === null || item.status === status,
        );
        // A page of dossiers has no `total` (the contract's `DossierPage`).
        const { total: _total, ...dossierPage } = page(items, url.searchParams);
        return ok(dossierPage);
      },
    },
    {
      operation: 'createDossier',
      method: 'POST',
      pattern: /^v1\/dossiers$/,
      handle: () => ok(example('DossierCreated'), 201),
    },
    {
      operation: 'getDossier',
      method: 'GET',
      pattern: /^v1\/dossiers\/([^/]+)$/,
      handle: ({ url }, [code]) =>
        !empty && code === dossier.code
          ? ok(dossier)
          : problem('not-found', url, `No dossier ${code} among this partner's dossiers.`),
    },
    {
      operation: 'lookupDossier',
      method: 'POST',
      pattern: /^v1\/dossier-lookups$/,
      handle: ({ url, body }) => {
        const view = viewFor(String(bodyField(body, 'code')), bodyField(body, 'ownerPersonalId'));
        return view === undefined ? problem('not-found', url) : ok(view);
      },
    },
    {
      operation: 'supplementDossier',
      method: 'POST',
      pattern: /^v1\/dossiers\/([^/]+)\/supplements$/,
      handle: ({ url, body }, [code = '']) => {
        const view = viewFor(code, bodyField(body, 'ownerPersonalId'));
        if (view === undefined) return problem('not-found', url, `No dossier ${code}.`);
        if (view.status !== 'SUPPLEMENT_REQUESTED' || view.supplementRequest == null) {
          return problem('invalid-state', url, `Dossier ${code} is ${view.status}: nothing to supplement.`);
        }
        // As the contract says: the supplement closes the request and the dossier goes back to processing.
        const at = nowInstant();
        const answered: DossierStatusView = {
          ...view,
          status: 'PROCESSING',
          statusCode: 4,
          supplementRequest: { ...view.supplementRequest, fulfilledAt: at },
          timeline: [...view.timeline, { at, status: 'PROCESSING', actor: 'CITIZEN' }],
        };
        views.set(code, answered);
        return ok(answered);
      },
    },
    {
      operation: 'withdrawDossier',
      method: 'POST',
      pattern: /^v1\/dossiers\/([^/]+)\/withdrawal$/,
      handle: ({ url }, [code]) => {
        const withdrawn = example<DossierStatusView>('DossierStatusView.withdrawn');
        return code === withdrawn.code
          ? ok(withdrawn)
          : problem('invalid-state', url, `Dossier ${code} cannot be withdrawn in these examples.`);
      },
    },
    {
      operation: 'getDossierReceipt',
      method: 'GET',
      pattern: /^v1\/dossiers\/([^/]+)\/receipt$/,
      handle: ({ url }, [code = '']) => {
        const receipt = receipts.get(code);
        return receipt === undefined
          ? problem('not-found', url, `No receipt for dossier ${code}.`)
          : ok(receipt);
      },
    },
    {
      operation: 'rateDossier',
      method: 'POST',
      pattern: /^v1\/dossiers\/([^/]+)\/rating$/,
      handle: ({ url, body }, [code = '']) => {
        const request = body as DossierRatingCreate;
        const view = viewFor(code, request.ownerPersonalId);
        if (view === undefined) return problem('not-found', url);
        if (view.rated) return problem('already-rated', url, `Dossier ${code} has already been rated.`);
        if (!view.canRate)
          return problem('invalid-state', url, `Dossier ${code} is ${view.status}: not yet ratable.`);
        views.set(code, { ...view, rated: true, canRate: false });
        const rating: DossierRating = {
          ...example<DossierRating>('DossierRating'),
          dossierCode: code,
          satisfaction: request.satisfaction,
          reasons: request.reasons ?? [],
          comment: request.comment ?? null,
          officialIndices: request.officialIndices ?? null,
          via: request.via,
          agentPointId: view.receivingLocation?.id ?? null,
          ratedAt: nowInstant(),
        };
        return ok(rating, 201);
      },
    },
    {
      operation: 'rateLocation',
      method: 'POST',
      pattern: /^v1\/locations\/([^/]+)\/ratings$/,
      handle: ({ body }, [locationId]) => {
        const request = body as LocationRatingCreate;
        const rating: LocationRating = {
          ...example<LocationRating>('LocationRating'),
          locationId: locationId ?? '',
          stars: request.stars,
          comment: request.comment ?? null,
          ratedAt: nowInstant(),
        };
        return ok(rating, 201);
      },
    },
    {
      operation: 'advanceDossier',
      method: 'POST',
      pattern: /^v1\/sandbox\/dossiers\/([^/]+)\/advance$/,
      handle: ({ url }, [code]) =>
        code === dossier.code ? ok(dossier) : problem('not-found', url, `No dossier ${code}.`),
    },
  ];

  const match = (method: string, url: URL): { route: Route; params: Params } | undefined => {
    const path = url.pathname.replace(/^\//, '');
    for (const route of routes) {
      if (route.method !== method.toUpperCase()) continue;
      const found = route.pattern.exec(path);
      if (found) return { route, params: found.slice(1).map((part) => decodeURIComponent(part ?? '')) };
    }
    return undefined;
  };

  return {
    operationOf: ({ method, url }) => match(method, url)?.route.operation,
    async answer(request) {
      const found = match(request.method, request.url);
      if (found === undefined) return problem('not-found', request.url, 'No such operation in the contract.');
      return found.route.handle(request, found.params);
    },
  };
}

/**
 * The contract's filters of `listProcedures` over a catalogue. `q` matches every word by its start,
 * ignoring case and diacritics (as the server does, more simply: the picker searches on its own).
 */
function filterProcedures(
  procedures: readonly ProcedureSummary[],
  query: URLSearchParams,
): ProcedureSummary[] {
  const words = fold(query.get('q') ?? '')
    .split(/\s+/)
    .filter((word) => word !== '');
  const field = query.get('field');
  const level = query.get('level');
  const onlineLevel = query.get('onlineLevel');
  const agentAssisted = query.get('agentAssisted');
  return procedures.filter((procedure) => {
    if (field !== null && procedure.field.code !== field) return false;
    if (level !== null && !procedure.levels.includes(level as ProcedureSummary['levels'][number]))
      return false;
    if (onlineLevel !== null && procedure.onlineLevel !== onlineLevel) return false;
    if (agentAssisted === 'true' && !procedure.agentAssisted) return false;
    if (words.length === 0) return true;
    const nameWords = fold(`${procedure.name.vi} ${procedure.code}`).split(/\s+/);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
}

/** Lower case, no diacritics, `đ` as `d`: what a citizen may type for a procedure's name. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .toLowerCase();
}
