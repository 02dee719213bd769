// A stand-in for a `@dvc-kit/client` client in element tests: give the calls a test expects, and any
// other call fails loudly instead of reaching a network.
import type { DvcClient } from '@dvc-kit/client';

/** The calls to fake, by resource: `{ dossiers: { receipt: async (code) => receipt } }`. */
export type FakeClientCalls = {
  [Resource in keyof DvcClient]?: DvcClient[Resource] extends object
    ? Partial<DvcClient[Resource]>
    : DvcClient[Resource];
};

// The client's resources. Only these answer with failing stubs: anything else reads as `undefined`, as
// on a real object, because Lit and `await` probe values for properties (`_$litDirective$`, `then`).
const RESOURCES = [
  'procedures',
  'fields',
  'locations',
  'wards',
  'partners',
  'holidays',
  'attachments',
  'dossiers',
  'ratings',
  'sandbox',
] as const satisfies readonly (keyof DvcClient)[];

function failingResource(name: string, calls: object): object {
  return new Proxy(calls, {
    get(target, method, receiver) {
      if (typeof method === 'symbol' || method === 'then' || method in target) {
        return Reflect.get(target, method, receiver);
      }
      return () => {
        throw new Error(`fakeClient: ${name}.${method}() is not faked in this test`);
      };
    },
  });
}

/**
 * A `DvcClient` that answers only the calls given; every other call of a resource throws.
 *
 * @example
 * const client = fakeClient({ dossiers: { receipt: async () => receipt } });
 * element.client = client;
 */
export function fakeClient(calls: FakeClientCalls): DvcClient {
  const client: Record<string, unknown> = { locale: calls.locale ?? 'vi' };
  for (const name of RESOURCES) client[name] = failingResource(name, calls[name] ?? {});
  return client as unknown as DvcClient;
}
