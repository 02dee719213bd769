// Opens one story of a built Storybook in a Chromium page and reports what is wrong with it: a story
// that throws, a page error, a console error, an empty canvas, an axe violation. Runs in Node with
// playwright-core; the functions handed to `page.evaluate` run in the page.
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { ConsoleMessage, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

// The same bar as the elements' browser tests (`tests/support/axe.ts`): WCAG 2.2 AA plus axe's best
// practices, minus the rules about a whole page that a story alone cannot satisfy.
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    region: { enabled: false },
    'page-has-heading-one': { enabled: false },
    'landmark-one-main': { enabled: false },
  },
};

// How long the DOM must stay still, with the example API idle, before the story counts as settled:
// a few frames past the last render (the example API covers the client's waits between retries).
const QUIET_MS = 300;
// The longest a story may take to settle: the slowest one answers after a 2 s latency and retries.
const SETTLE_TIMEOUT_MS = 15_000;
// A problem's text in the report: enough for a stack trace or an axe node list, not a whole DOM dump.
const MAX_PROBLEM_LENGTH = 2_000;
// Loading the preview (about 2 MB of scripts, cached after the first story) and running the story.
const RENDER_TIMEOUT_MS = 30_000;

/** What the page records about the story's run (set up by {@link hookStorybookChannel}). */
interface StoryRunRecord {
  finished?: { status: string };
  errors: string[];
}

/**
 * Runs in the page before Storybook: catches the preview's channel as Storybook installs it, and
 * records when the story has finished (its play function included) and any error event.
 */
function hookStorybookChannel(): void {
  const record: StoryRunRecord = { errors: [] };
  let channel: { on(event: string, listener: (payload: unknown) => void): void } | undefined;
  Object.assign(window, { storyRunRecord: record });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: NonNullable<typeof channel>) {
      channel = value;
      value.on('storyFinished', (payload) => {
        record.finished = payload as { status: string };
      });
      for (const event of [
        'storyErrored',
        'storyMissing',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
      ]) {
        value.on(event, (payload) => record.errors.push(`${event}: ${JSON.stringify(payload)}`));
      }
    },
  });
}

/** Waits, in the page, until the example API is idle and the DOM (shadow roots included) is still. */
async function settle({ quietMs, timeoutMs }: { quietMs: number; timeoutMs: number }): Promise<boolean> {
  const stories = (window as unknown as { dvcStories?: { exampleApiBusy(): boolean } }).dvcStories;
  let lastChange = performance.now();
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
  });
  const observed = new WeakSet<Node>();
  const observeAll = (root: Document | ShadowRoot) => {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observeAll(element.shadowRoot);
  };
  const started = performance.now();
  try {
    for (;;) {
      observeAll(document);
      const now = performance.now();
      if (stories?.exampleApiBusy()) lastChange = now;
      if (now - lastChange >= quietMs) return true;
      if (now - started > timeoutMs) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    observer.disconnect();
  }
}

/** Awaits, in the page, `updateComplete` of every Lit element under the story's root, shadow roots included. */
async function awaitUpdates(): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      const update = (element as { updateComplete?: Promise<unknown> }).updateComplete;
      if (update instanceof Promise) pending.push(update);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  const root = document.querySelector('#storybook-root');
  if (root) visit(root);
  await Promise.all(pending);
}

/** A violation as plain data, to cross from the page to Node. */
interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

async function runAxe(options: RunOptions): Promise<Violation[]> {
  const { axe } = window as unknown as {
    axe: { run(context: string, options: RunOptions): Promise<AxeResults> };
  };
  const results = await axe.run('#storybook-root', options);
  return results.violations.map((violation: Result) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown impact',
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' '),
      summary: node.failureSummary ?? '',
    })),
  }));
}

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.map(
    (node) => `      ${node.target}\n        ${node.summary.replaceAll('\n', ' ')}`,
  );
  return `axe ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
}

/**
 * Opens `iframe.html?id=<storyId>&viewMode=story` on `page`, waits until the story has rendered, its
 * play function has run and its data has arrived, then checks it. Returns the problems found; none
 * when the story is fine.
 */
export async function checkStory(page: Page, origin: string, storyId: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.stack ?? error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    // `a11y.manual`: the a11y addon's own axe run (for the panel) is skipped; this check runs axe once.
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=a11y.manual:!true`,
    );
    await page.waitForFunction(
      () => {
        const { storyRunRecord } = window as unknown as { storyRunRecord: StoryRunRecord };
        return storyRunRecord.finished !== undefined || storyRunRecord.errors.length > 0;
      },
      undefined,
      { timeout: RENDER_TIMEOUT_MS },
    );
    const record = await page.evaluate(
      () => (window as unknown as { storyRunRecord: StoryRunRecord }).storyRunRecord,
    );
    problems.push(...record.errors);
    if (record.errors.length > 0) return problems;

    if (!(await page.evaluate(settle, { quietMs: QUIET_MS, timeoutMs: SETTLE_TIMEOUT_MS }))) {
      problems.push(
        `did not settle within ${SETTLE_TIMEOUT_MS} ms (requests in flight or a DOM that keeps changing)`,
      );
    }
    await page.evaluate(awaitUpdates);
    const rendered = await page.evaluate(() => {
      // Storybook renders into `#root-inner` inside the root.
      const root = document.querySelector('#storybook-root');
      return ((root?.querySelector('#root-inner') ?? root)?.childElementCount ?? 0) > 0;
    });
    if (!rendered) problems.push('#storybook-root is empty');

    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate(runAxe, AXE_OPTIONS);
    problems.push(...violations.map(describeViolation));
  } catch (error) {
    problems.push(`could not check: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems.map((problem) =>
    problem.length > MAX_PROBLEM_LENGTH ? `${problem.slice(0, MAX_PROBLEM_LENGTH)}…` : problem,
  );
}

/** Prepares a page for {@link checkStory}: the channel hook runs before each story's scripts. */
export async function prepareStoryPage(page: Page): Promise<void> {
  await page.addInitScript(hookStorybookChannel);
}
