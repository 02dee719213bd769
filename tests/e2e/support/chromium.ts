import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The OS's Chromium (Debian's `chromium` package), unless CHROME_PATH names another. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags of /work/shared/design/toolchain.md: as root Chromium needs `--no-sandbox`; the rest keep a
 * headless run from reaching for the network (there is none but the npm registry) or a GPU.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches the Chromium the end-to-end tests drive, or says how to install one. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install one with \`apt-get install -y chromium\` (Debian/Ubuntu) ` +
        'or point CHROME_PATH at a Chrome or Chromium executable.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
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
