// Builds the Storybook of `.storybook/` and `stories/` into a directory, as `npm run build-storybook`
// does, for the stories test.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// A build's output is short with `--quiet`; a failing one prints its errors, which this keeps.
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * Runs `storybook build -o <outputDir> --quiet --disable-telemetry` from `repositoryRoot` and rejects
 * with the build's output when it fails.
 */
export async function buildStorybook(repositoryRoot: string, outputDir: string): Promise<void> {
  const require = createRequire(join(repositoryRoot, 'package.json'));
  const packageJson = require.resolve('storybook/package.json');
  const { bin } = require(packageJson) as { bin: string | Record<string, string> };
  const cli = join(dirname(packageJson), typeof bin === 'string' ? bin : (bin.storybook ?? ''));
  try {
    await run(process.execPath, [cli, 'build', '-o', outputDir, '--quiet', '--disable-telemetry'], {
      cwd: repositoryRoot,
      // Offline (no telemetry), and `CI` so that no interactive prompt of the CLI can hold the test.
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
      maxBuffer: MAX_OUTPUT_BYTES,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`storybook build failed:\n${stdout}\n${stderr}`);
  }
}
