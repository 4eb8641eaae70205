import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './util.js';
import { changelogSection, checkVersions, packageFiles, setVersion, WIDGETS_VERSION_FILE } from './versions.js';

/** A copy of the files that state a version, so that stamping can be tried without touching the repository. */
function copyOfRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papi-versions-'));
  for (const file of [...packageFiles(ROOT), 'pnpm-workspace.yaml', 'CHANGELOG.md', WIDGETS_VERSION_FILE]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('one version for the release', () => {
  it('is the same in every package.json and in WIDGETS_VERSION, and the changelog has a section for it', () => {
    const version = checkVersions(ROOT);
    expect(version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(changelogSection(ROOT, version)).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}`));
  });

  it('names each file that disagrees, and set-version writes the version everywhere and files the unreleased changes', () => {
    dir = copyOfRepo();
    const widgets = join(dir, 'widgets', 'package.json');
    writeFileSync(widgets, readFileSync(widgets, 'utf8').replace(/"version": "[^"]*"/, '"version": "9.9.9"'));
    expect(() => checkVersions(dir!)).toThrow(/widgets\/package\.json: 9\.9\.9/);

    const changelog = join(dir, 'CHANGELOG.md');
    // The repository's own Unreleased section fills up between releases: the copy starts with an empty one.
    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(/## \[Unreleased\]\n[\s\S]*?(?=## \[\d)/, '## [Unreleased]\n\n'));
    expect(() => setVersion(dir!, '1.2.3')).toThrow(/nothing under "## \[Unreleased\]"/);
    expect(readFileSync(widgets, 'utf8')).toContain('"version": "9.9.9"'); // a refusal changes nothing

    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- Something.\n'));
    const changed = setVersion(dir, '1.2.3', '2027-01-15');
    expect(changed).toEqual(expect.arrayContaining(['package.json', 'widgets/package.json', WIDGETS_VERSION_FILE, 'CHANGELOG.md']));
    expect(checkVersions(dir)).toBe('1.2.3');
    expect(readFileSync(join(dir, WIDGETS_VERSION_FILE), 'utf8')).toContain("export const WIDGETS_VERSION = '1.2.3';");
    expect(changelogSection(dir, '1.2.3')).toBe('## [1.2.3] - 2027-01-15\n\n### Fixed\n\n- Something.');
    expect(readFileSync(changelog, 'utf8')).toMatch(/## \[Unreleased\]\n\n## \[1\.2\.3\] - 2027-01-15/);
  });

  it('refuses a version that is not semantic', () => {
    dir = copyOfRepo();
    expect(() => setVersion(dir!, 'v2')).toThrow(/not a semantic version/);
  });
});
