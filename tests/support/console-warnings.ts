// The warnings the elements give through `console.warn` (bad input from an app is warned about, not
// thrown, in the browser), collected so that a test can assert on them without printing them.

/** The warnings collected so far, and how to put `console.warn` back. */
export interface CapturedWarnings {
  /** Each warning's arguments joined by a space, in the order given; clear it with `length = 0`. */
  readonly warnings: string[];
  /** Puts back the `console.warn` there was before the capture. */
  restore(): void;
}

/**
 * Replaces `console.warn` with one that collects each warning as text, until `restore()`: call it in a
 * `finally`, so that a failed test does not swallow the next tests' warnings.
 *
 * @example
 * const capture = captureWarnings();
 * try {
 *   await fixture(html`<dvc-receipt layout="letter"></dvc-receipt>`);
 *   expect(capture.warnings.join('\n')).to.contain('unknown layout');
 * } finally {
 *   capture.restore();
 * }
 */
export function captureWarnings(): CapturedWarnings {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  return {
    warnings,
    restore: () => {
      console.warn = original;
    },
  };
}
