// The pending changesets, read the way `changeset version` reads them: a changeset whose front matter
// a formatter mangled (Markdown formatters turn the package lines into a heading) would otherwise fail
// only at release time, after the pull request that wrote it has long been merged.
import { readFile } from 'node:fs/promises';
import readChangesets from '@changesets/read';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

async function workspacePackageNames(): Promise<Set<string>> {
  const { workspaces } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
    workspaces: string[];
  };
  const names = await Promise.all(
    workspaces.map(
      async (folder) =>
        (JSON.parse(await readFile(new URL(`${folder}/package.json`, root), 'utf8')) as { name: string })
          .name,
    ),
  );
  return new Set(names);
}

describe('changesets', () => {
  it('each names published packages of this repository with a bump and says what changed', async () => {
    const changesets = await readChangesets(new URL('.', root).pathname);
    expect(changesets.length).toBeGreaterThan(0);
    const packages = await workspacePackageNames();
    for (const changeset of changesets) {
      expect(changeset.releases.length, changeset.id).toBeGreaterThan(0);
      for (const release of changeset.releases) {
        expect(packages.has(release.name), `${changeset.id}: ${release.name}`).toBe(true);
        expect(['major', 'minor', 'patch'], changeset.id).toContain(release.type);
      }
      expect(changeset.summary.trim(), changeset.id).not.toBe('');
    }
  });
});
