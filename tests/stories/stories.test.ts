// Every story of the design review, rendered in a real Chromium and checked: it renders, its play
// function passes, nothing is logged as an error, and axe finds no violation. Storybook is built
// once, fresh, into a temporary directory: Vite 8 builds it in seconds, and a reused
// `storybook-static/` could be older than the code under test.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support/chromium.js';
import { buildStorybook } from './build-storybook.js';
import { type StaticServer, serveStatic } from './static-server.js';
import { checkStory, prepareStoryPage } from './story-check.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// A cold Storybook build takes 5–20 s on a 2-core machine (about 5 s warm); Chromium starts in about
// one. Four minutes leaves room for a loaded CI runner without hiding a hung build for long.
const SETUP_TIMEOUT_MS = 240_000;
// Every story, three at a time, takes well under a minute on two cores; the rest is headroom.
const ALL_STORIES_TIMEOUT_MS = 150_000;
// Pages checking stories at once: Chromium's renderers and this process share two cores, and a third
// page keeps them busy while one waits for a story to settle.
const PARALLEL_PAGES = 3;

/** An entry of Storybook's `index.json`. */
interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
  /** The stories file, `./stories/<element>.stories.ts`. */
  readonly importPath: string;
}

let outputDir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let stories: IndexEntry[] = [];

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'dvc-kit-storybook-'));
  const [, launched] = await Promise.all([buildStorybook(REPOSITORY_ROOT, outputDir), launchChromium()]);
  browser = launched;
  const index = JSON.parse(await readFile(join(outputDir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  server = await serveStatic(outputDir);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outputDir) await rm(outputDir, { recursive: true, force: true });
});

describe('the design review Storybook', () => {
  it('has stories for every element of custom-elements.json', async () => {
    const manifest = JSON.parse(
      await readFile(join(REPOSITORY_ROOT, 'packages/elements/custom-elements.json'), 'utf8'),
    ) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        declaration.tagName ? [declaration.tagName] : [],
      ),
    );
    const files = new Set(stories.map((story) => story.importPath));
    // One stories file per element, named after its tag: `<dvc-status-tracker>` → status-tracker.stories.ts.
    const missing = tags.filter((tag) => !files.has(`./stories/${tag.replace(/^dvc-/, '')}.stories.ts`));
    expect(missing).toEqual([]);
  });

  it(
    'renders every story in Chromium without errors or axe violations',
    async () => {
      expect(stories.length).toBeGreaterThan(0);
      const queue = [...stories];
      const failures: string[] = [];
      const worker = async () => {
        const page = await browser!.newPage();
        await prepareStoryPage(page);
        try {
          for (let story = queue.shift(); story !== undefined; story = queue.shift()) {
            const problems = await checkStory(page, server!.origin, story.id);
            if (problems.length > 0) {
              failures.push(`${story.title} › ${story.name} (${story.id}):\n  ${problems.join('\n  ')}`);
            }
          }
        } finally {
          await page.close();
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
      expect(
        failures,
        `${failures.length} of ${stories.length} stories failed:\n\n${failures.join('\n\n')}`,
      ).toEqual([]);
    },
    ALL_STORIES_TIMEOUT_MS,
  );
});
