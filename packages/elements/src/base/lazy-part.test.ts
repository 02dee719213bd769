import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart, type LazyPartHost, settleLazyParts } from './lazy-part.js';

/** A host that counts the updates it was asked for, as a Lit element would re-render. */
function host(): LazyPartHost & { updates: number } {
  const counted = {
    updates: 0,
    renderRoot: {} as DocumentFragment,
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {
      counted.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return counted;
}

/** An import that resolves (or rejects) when the test says so. */
function deferredImport<Module>() {
  let resolve!: (module: Module) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Module>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  const importer = vi.fn(() => promise);
  return { importer, resolve, reject };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LazyPart', () => {
  it('imports once, on the first load, and has the host render what landed', async () => {
    const element = host();
    const { importer, resolve } = deferredImport<{ answer: number }>();
    const part = new LazyPart(element, importer);
    expect(part.status).toBe('idle');
    expect(importer).not.toHaveBeenCalled();

    expect(part.load()).toBeUndefined();
    expect(part.load()).toBeUndefined();
    expect(part.status).toBe('loading');
    expect(importer).toHaveBeenCalledTimes(1);

    resolve({ answer: 42 });
    await part.loading;
    expect(part.status).toBe('loaded');
    expect(part.load()).toEqual({ answer: 42 });
    expect(part.loading).toBeUndefined();
    expect(element.updates).toBe(1);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('warns once when the import fails, re-renders the host, and does not try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = host();
    const { importer, reject } = deferredImport<object>();
    const part = new LazyPart(element, importer);
    part.load();
    reject(new TypeError('Failed to fetch dynamically imported module: /rating-stars.js'));
    await part.loading;
    expect(part.status).toBe('failed');
    expect(element.updates).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain('rating-stars.js');

    expect(part.load()).toBeUndefined();
    expect(part.loading).toBeUndefined();
    expect(importer).toHaveBeenCalledTimes(1);
  });
});

describe('settleLazyParts', () => {
  it('waits for the parts loading, then for the update that draws them', async () => {
    const element = host();
    const stars = deferredImport<object>();
    const reasons = deferredImport<object>();
    const starsPart = new LazyPart(element, stars.importer);
    const reasonsPart = new LazyPart(element, reasons.importer);
    starsPart.load();
    const updates: string[] = [];
    const update = async () => {
      updates.push(starsPart.status);
      return true;
    };

    let settled = false;
    const settling = settleLazyParts([starsPart, reasonsPart], update).then((complete) => {
      settled = true;
      return complete;
    });
    await Promise.resolve();
    expect(settled).toBe(false);

    stars.resolve({});
    expect(await settling).toBe(true);
    // The update before the part landed, and the one after, which draws it.
    expect(updates).toEqual(['loading', 'loaded']);
    expect(reasons.importer).not.toHaveBeenCalled();
  });

  it('resolves after one update when nothing is loading', async () => {
    const update = vi.fn(async () => false);
    expect(await settleLazyParts([new LazyPart(host(), deferredImport().importer)], update)).toBe(false);
    expect(update).toHaveBeenCalledTimes(1);
  });
});
