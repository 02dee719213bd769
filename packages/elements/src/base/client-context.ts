import type { DvcClient } from '@dvc-kit/client';
import { createContext } from '@lit/context';

export type { DvcClient, RequestOptions } from '@dvc-kit/client';

/**
 * The context that hands a client (`createClient()` of `@dvc-kit/client`) from `<dvc-provider>` to the
 * elements below it, across shadow roots (context requests are composed events).
 *
 * The key is a string, not a symbol, so that an element from another copy of the package (a second
 * bundle on the page) still finds the provider; the `@1` is the version of this context's contract,
 * to be raised if `DvcClient` ever changes incompatibly.
 */
export const dvcClientContext = createContext<DvcClient | undefined>('dvc-kit:client@1');
