// Accessibility checks for browser tests, with axe-core (the engine behind Lighthouse and the axe
// browser extension). The UMD build registers `window.axe`.
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

// WCAG 2.2 AA (the product's bar) plus axe's best practices, minus rules about a whole page that a
// component alone cannot satisfy (landmarks, a level-one heading).
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    region: { enabled: false },
    'page-has-heading-one': { enabled: false },
    'landmark-one-main': { enabled: false },
  },
};

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map(
    (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`,
  );
  return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
}

/**
 * Runs axe on `element` (its shadow roots included) and throws with a readable list of the
 * violations, if any.
 *
 * @example
 * await expectNoAxeViolations(await fixture(html`<dvc-receipt .receipt=${receipt}></dvc-receipt>`));
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await window.axe.run(element, OPTIONS);
  if (violations.length > 0) {
    throw new Error(
      `${violations.length} accessibility violation(s):\n${violations.map(describeViolation).join('\n')}`,
    );
  }
}
