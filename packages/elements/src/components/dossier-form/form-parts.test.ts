import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart, type LazyPartHost } from '../../base/lazy-part.js';
import { withPart } from './form-parts.js';

/** A host that re-renders on request, as the form would. */
const host = (): LazyPartHost => ({
  renderRoot: {} as DocumentFragment,
  addController: () => {},
  removeController: () => {},
  requestUpdate: () => {},
  updateComplete: Promise.resolve(true),
});

/** A part whose import, once asked for, lands when the test says so. */
function heldPart<Module>() {
  let resolveImport: ((module: Module) => void) | undefined;
  const part = new LazyPart(host(), () => new Promise<Module>((resolve) => (resolveImport = resolve)));
  const land = (module: Module): void => {
    if (!resolveImport) throw new Error('the part was not asked for');
    resolveImport(module);
  };
  return { part, land };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('withPart', () => {
  it('runs the work once the part lands, with its module', async () => {
    const { part, land } = heldPart<{ answer: number }>();
    const seen: number[] = [];
    withPart(part, (module) => seen.push(module.answer));
    expect(seen).toEqual([]);

    land({ answer: 42 });
    await part.loading;
    expect(seen).toEqual([42]);
    withPart(part, (module) => seen.push(module.answer + 1));
    expect(seen).toEqual([42, 43]);
  });

  it('warns about work that throws after the part lands, instead of leaving an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { part, land } = heldPart<object>();
    const bug = new Error('the form broke');
    withPart(part, () => {
      throw bug;
    });

    land({});
    await part.loading;
    // The work runs in a callback chained after the load: one more turn for it to have run.
    await Promise.resolve();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toContain(bug);
  });

  it('warns about work that throws on a part already there, and goes on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { part, land } = heldPart<object>();
    part.load();
    land({});
    await part.loading;
    const bug = new Error('the form broke');

    expect(() =>
      withPart(part, () => {
        throw bug;
      }),
    ).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toContain(bug);
  });
});
