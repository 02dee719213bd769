import type { DvcClient, LocalizedText, Location, PartnerCode } from '@dvc-kit/client';
import type { DvcServerClient } from '@dvc-kit/client/server';

/** One of the partner's agent points, as the sign-in page lists it. */
export interface AgentPoint {
  id: string;
  name: LocalizedText;
  /** Street address and ward code, for staff to recognise their counter. */
  addressDetail: string;
  wardCode: string;
}

/** The partner this backend's secret key belongs to, and its agent points. */
export interface PartnerDirectory {
  partnerCode: PartnerCode;
  agentPoints: AgentPoint[];
}

/** The largest page the contract allows (`Limit`, max 100): the biggest partner has a few dozen points. */
const PAGE_SIZE = 100;

/**
 * The partner's own agent points, read once from the public catalogue and cached.
 *
 * Which partner the secret key belongs to is not configured twice: the contract has no "who am I"
 * operation, so the first lookup mints a one-minute, read-only embed session (which names its
 * `partnerCode`) and throws the token away.
 */
export class AgentPointDirectory {
  readonly #server: DvcServerClient;
  readonly #publicApi: Pick<DvcClient, 'locations'>;
  #loading: Promise<PartnerDirectory> | undefined;

  constructor(server: DvcServerClient, publicApi: Pick<DvcClient, 'locations'>) {
    this.#server = server;
    this.#publicApi = publicApi;
  }

  /**
   * The directory; `origin` is an origin the API allows (the page's), needed for the probe session.
   * A failed load is not cached: the next call tries again.
   */
  load(origin: string): Promise<PartnerDirectory> {
    this.#loading ??= this.#fetch(origin).catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  async #fetch(origin: string): Promise<PartnerDirectory> {
    // 60 s is the shortest lifetime the contract allows (`ttlSeconds` minimum).
    const probe = await this.#server.embedSessions.create({
      origin,
      scopes: ['dossier:read'],
      ttlSeconds: 60,
    });
    const agentPoints: AgentPoint[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.#publicApi.locations.list({
        type: 'AGENT_POINT',
        partnerCode: probe.partnerCode,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      });
      agentPoints.push(...page.items.map(toAgentPoint));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { partnerCode: probe.partnerCode, agentPoints };
  }
}

function toAgentPoint(location: Location): AgentPoint {
  return {
    id: location.id,
    name: location.name,
    addressDetail: location.addressDetail,
    wardCode: location.wardCode,
  };
}
