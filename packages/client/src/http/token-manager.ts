/** Where the client gets its bearer token: the embed token (browser) or the secret key (server). */
export type GetToken = () => string | Promise<string>;

/** Hands out the current token and refreshes it once for everyone who saw it expire. */
export interface TokenManager {
  /** The current token, fetched on first use. Concurrent first uses share one `getToken()` call. */
  current(): Promise<string>;
  /**
   * A fresh token after `expired` was refused. Requests that saw the same token expire share one
   * `getToken()` call; a request that raced a refresh already done gets the new token at once.
   */
  refresh(expired: string): Promise<string>;
}

/**
 * Wraps `getToken` so that it runs lazily (at the first authenticated request) and at most once at a
 * time: a page that fires ten requests when the token has just expired makes one refresh, not ten.
 */
export function createTokenManager(getToken: GetToken): TokenManager {
  let pending: Promise<string> | undefined;
  // The value `pending` resolved to; undefined while a fetch is in flight.
  let settled: string | undefined;

  const fetchToken = (): Promise<string> => {
    settled = undefined;
    const promise = Promise.resolve()
      .then(getToken)
      .then((token) => {
        if (pending === promise) settled = token;
        return token;
      });
    // Forget a failed fetch so the next request asks again. Attaching this handler also means a
    // rejection that no request is waiting for is never reported as unhandled.
    promise.catch(() => {
      if (pending === promise) pending = undefined;
    });
    pending = promise;
    return promise;
  };

  return {
    current: () => pending ?? fetchToken(),
    refresh: (expired) => (pending && settled !== expired ? pending : fetchToken()),
  };
}
