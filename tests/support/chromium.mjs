// The one place that knows how tests find and start Chromium: web-test-runner, the Storybook check and
// the end-to-end tests all launch it from here.
import { existsSync } from 'node:fs';

/** The OS's Chromium (Debian's `chromium` package): Playwright cannot download its own here. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags of shared/design/toolchain.md: as root Chromium needs `--no-sandbox`; the rest keep a headless
 * run from reaching for the network (there is none but the npm registry) or a GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `CHROME_PATH`, else Debian's Chromium; throws with how to install one when neither exists. */
export function chromiumPath() {
  const candidate = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (existsSync(candidate)) return candidate;
  throw new Error(
    `No Chromium found at ${candidate}. Install one with \`apt-get install -y chromium\` ` +
      '(Debian/Ubuntu) or point CHROME_PATH at a Chrome or Chromium executable.',
  );
}
