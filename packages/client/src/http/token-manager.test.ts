import { describe, expect, it, vi } from 'vitest';
import { createTokenManager } from './token-manager.js';

describe('createTokenManager', () => {
  it('asks for the token lazily and shares one call between concurrent first uses', async () => {
    const getToken = vi.fn(async () => 'token-1');
    const tokens = createTokenManager(getToken);
    expect(getToken).not.toHaveBeenCalled();
    const all = await Promise.all([tokens.current(), tokens.current(), tokens.current()]);
    expect(all).toEqual(['token-1', 'token-1', 'token-1']);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('refreshes once for every caller that saw the same token expire', async () => {
    let issued = 0;
    const getToken = vi.fn(async () => `token-${++issued}`);
    const tokens = createTokenManager(getToken);
    const expired = await tokens.current();
    const refreshed = await Promise.all([
      tokens.refresh(expired),
      tokens.refresh(expired),
      tokens.refresh(expired),
    ]);
    expect(refreshed).toEqual(['token-2', 'token-2', 'token-2']);
    expect(getToken).toHaveBeenCalledTimes(2);
    // A late request that still carried the old token gets the new one without another call.
    await expect(tokens.refresh(expired)).resolves.toBe('token-2');
    expect(getToken).toHaveBeenCalledTimes(2);
    // When the new token expires in turn, it is refreshed again.
    await expect(tokens.refresh('token-2')).resolves.toBe('token-3');
  });

  it('forgets a failed call so the next request asks again, without an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const getToken = vi
        .fn()
        .mockRejectedValueOnce(new Error('backend down'))
        .mockResolvedValueOnce('token-ok');
      const tokens = createTokenManager(getToken);
      await expect(tokens.current()).rejects.toThrow('backend down');
      await expect(tokens.current()).resolves.toBe('token-ok');
      // A refresh nobody awaits that fails must not surface as an unhandled rejection either.
      getToken.mockRejectedValueOnce(new Error('still down'));
      void tokens.refresh('token-ok').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
