import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium.mjs';

/** Launches the Chromium the end-to-end tests drive, or says how to install one. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
}

/** What went wrong on a page while a test drove it. */
export interface PageProblems {
  /** `securitypolicyviolation` events: "directive blocked-uri (source:line)". */
  readonly cspViolations: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** The kit's warnings about how the page uses it (`[dvc-kit] …`: no client, a bad attribute…). */
  readonly kitWarnings: string[];
}

/**
 * Records a page's CSP violations (from the document's `securitypolicyviolation` events, listened to
 * before any of the page's scripts run), console errors, uncaught exceptions and the kit's warnings.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { cspViolations: [], errors: [], kitWarnings: [] };
  await page.exposeFunction('__reportCspViolation', (line: string) => problems.cspViolations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(line: string): void }).__reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning' && message.text().startsWith('[dvc-kit]')) {
      problems.kitWarnings.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  return problems;
}
