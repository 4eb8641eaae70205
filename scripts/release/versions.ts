// One version for everything the release ships: the root package.json's. `pnpm set-version X` writes it into every
// workspace package.json and the widgets' WIDGETS_VERSION (which a page's console shows when two versions meet), and
// moves the changelog's Unreleased section under it; the release refuses to run while any of them disagree.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from './util.js';

export const WIDGETS_VERSION_FILE = 'widgets/src/shared/define.ts';
const WIDGETS_VERSION_LINE = /^export const WIDGETS_VERSION = '([^']*)';$/m;
const PACKAGE_VERSION_LINE = /^ {2}"version": "[^"]*"/m;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The workspace's package.json files (root first), from pnpm-workspace.yaml's `packages` globs (one level of *). */
export function packageFiles(root: string): string[] {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\n((?:[ \t]+-.*\n?)+)/m.exec(yaml)?.[1] ?? '';
  const globs = [...block.matchAll(/-\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => m[1]!);
  const dirs = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return ['package.json', ...dirs.map((dir) => `${dir}/package.json`).filter((file) => existsSync(join(root, file)))];
}

export interface VersionPlace {
  file: string;
  version: string | undefined;
}

/** Every place that states a version. A package.json without one (the private test package) states none. */
export function versionPlaces(root: string): VersionPlace[] {
  const places: VersionPlace[] = packageFiles(root).map((file) => ({ file, version: readJson<{ version?: string }>(join(root, file)).version }));
  const source = readFileSync(join(root, WIDGETS_VERSION_FILE), 'utf8');
  places.push({ file: WIDGETS_VERSION_FILE, version: WIDGETS_VERSION_LINE.exec(source)?.[1] });
  return places;
}

/** The release's version; throws, naming each file that says otherwise, when they disagree. */
export function checkVersions(root: string): string {
  const places = versionPlaces(root);
  const version = places[0]!.version;
  if (!version || !SEMVER.test(version)) throw new Error(`package.json: "version" must be a semantic version such as 0.2.0, not ${JSON.stringify(version)}`);
  const widgets = places.find((p) => p.file === WIDGETS_VERSION_FILE)!;
  const wrong = places.filter((p) => (p.version !== undefined || p === widgets) && p.version !== version);
  if (wrong.length > 0) {
    const lines = wrong.map((p) => `  ${p.file}: ${p.version ?? 'no WIDGETS_VERSION line'}`).join('\n');
    throw new Error(`Versions disagree with package.json's ${version}:\n${lines}\nRun \`pnpm set-version ${version}\` to write it everywhere.`);
  }
  return version;
}

/** Whether CHANGELOG.md has a section for this version ("## [0.2.0] - 2027-01-15"). */
export function changelogSection(root: string, version: string): string | undefined {
  const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const start = text.indexOf(`\n## [${version}]`);
  if (start < 0) return undefined;
  const next = text.indexOf('\n## [', start + 1);
  return text.slice(start + 1, next < 0 ? undefined : next).trim();
}

/** Writes the version everywhere and files the changelog's Unreleased changes under it. Returns the files changed. */
export function setVersion(root: string, version: string, date = new Date().toISOString().slice(0, 10)): string[] {
  if (!SEMVER.test(version)) throw new Error(`"${version}" is not a semantic version such as 0.2.0`);
  // The changelog first: a refusal there must leave every file as it was.
  let changelog: { before: string; after: string } | undefined;
  if (changelogSection(root, version) === undefined) {
    const before = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    const match = /^## \[Unreleased\]\n([^]*?)(?=^## \[|(?![^]))/m.exec(before);
    if (!match || match[1]!.trim() === '') {
      throw new Error(`CHANGELOG.md: nothing under "## [Unreleased]" to file as ${version}; write what changed there first.`);
    }
    changelog = { before, after: before.replace(match[0], () => `## [Unreleased]\n\n## [${version}] - ${date}\n\n${match[1]!.trim()}\n\n`) };
  }
  const changed: string[] = [];
  const write = (file: string, before: string, after: string): void => {
    if (after === before) return;
    writeFileSync(join(root, file), after);
    changed.push(file);
  };
  for (const place of versionPlaces(root)) {
    if (place.version === undefined && place.file !== WIDGETS_VERSION_FILE) continue;
    const before = readFileSync(join(root, place.file), 'utf8');
    const after =
      place.file === WIDGETS_VERSION_FILE
        ? before.replace(WIDGETS_VERSION_LINE, `export const WIDGETS_VERSION = '${version}';`)
        : before.replace(PACKAGE_VERSION_LINE, `  "version": "${version}"`);
    write(place.file, before, after);
  }
  if (changelog) write('CHANGELOG.md', changelog.before, changelog.after);
  return changed;
}
