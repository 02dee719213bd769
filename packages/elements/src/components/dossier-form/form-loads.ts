import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { DvcClient } from '../../base/client-context.js';
import type { Location, ProcedureDetail, Ward } from './form-types.js';

/** What the form's loads read from the form and tell it. */
export interface FormLoadsSource {
  /** The procedure code to load; `undefined` when the app gave the procedure itself (or nothing). */
  readonly procedureCode: () => string | undefined;
  readonly client: () => DvcClient | undefined;
  /** How the result comes back and the ward to list places in (places load for `AT_LOCATION` only). */
  readonly delivery: () => { readonly method: unknown; readonly wardCode: unknown };
  /** A load failed with this client error (aborted loads are not failures). */
  readonly failed: (error: unknown) => void;
  /** There is a code to load and no client to load it with. */
  readonly missingClient: () => void;
}

/**
 * What the form loads with the client: the procedure (unless the app gave it), Hà Nội's wards, and the
 * places that return results in the ward chosen for delivery. Each load is aborted when what it
 * depends on changes; the form renders as they land.
 */
export class FormLoads {
  readonly #procedure: Task<readonly [string | undefined, DvcClient | undefined], ProcedureDetail>;
  readonly #wards: Task<readonly [DvcClient | undefined], readonly Ward[]>;
  readonly #locations: Task<readonly [DvcClient | undefined, unknown, unknown], readonly Location[]>;

  /**
   * @param host The element: it re-renders as loads land, and runs them as it updates.
   * @param source What the loads depend on, read at each update.
   */
  constructor(host: ReactiveControllerHost, source: FormLoadsSource) {
    this.#procedure = new Task(host, {
      args: () => [source.procedureCode(), source.client()] as const,
      task: ([code, client], { signal }) => {
        if (!code) return initialState;
        if (client) return client.procedures.get(code, { signal });
        source.missingClient();
        return initialState;
      },
      onError: source.failed,
    });
    this.#wards = new Task(host, {
      args: () => [source.client()] as const,
      task: async ([client], { signal }) =>
        client ? (await client.wards.list({ signal })).items : initialState,
      onError: source.failed,
    });
    this.#locations = new Task(host, {
      args: () => {
        const { method, wardCode } = source.delivery();
        return [source.client(), method, wardCode] as const;
      },
      task: async ([client, method, wardCode], { signal }) => {
        if (!client || method !== 'AT_LOCATION' || typeof wardCode !== 'string' || wardCode === '') {
          return initialState;
        }
        // 100 is the contract's largest page; one ward has a handful of places.
        const query = { acceptsResultReturn: true, wardCode, limit: 100 };
        return (await client.locations.list(query, { signal })).items;
      },
      onError: source.failed,
    });
  }

  /** The procedure loaded for the code, once it has. */
  get procedure(): ProcedureDetail | undefined {
    return this.#procedure.status === TaskStatus.COMPLETE ? this.#procedure.value : undefined;
  }

  /** Whether the procedure is loading. */
  get procedureLoading(): boolean {
    return this.#procedure.status === TaskStatus.PENDING;
  }

  /** Hà Nội's wards, once loaded. */
  get wards(): readonly Ward[] | undefined {
    return this.#wards.status === TaskStatus.COMPLETE ? this.#wards.value : undefined;
  }

  /** The chosen ward's result-return places, `'loading'`, or `undefined` before a ward is chosen. */
  get locations(): readonly Location[] | 'loading' | undefined {
    if (this.#locations.status === TaskStatus.COMPLETE) return this.#locations.value;
    return this.#locations.status === TaskStatus.PENDING ? 'loading' : undefined;
  }

  /** The loads that failed, to run again. */
  get failed(): readonly { run(): unknown }[] {
    return [this.#procedure, this.#wards, this.#locations].filter((task) => task.status === TaskStatus.ERROR);
  }
}
