// pnpm release [--cdn-base URL] [--skip-verify]: builds everything the project ships into release/ (see the README's
// "Releases"): the widgets' npm package and CDN folder with embed snippets, the extension's store and sources zips,
// and the collector's package, all under the one version of the root package.json.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { collectorPackageProblems, packCollector, verifyCollectorInstall } from './release/collector.js';
import { rebuildFromSources, sourcesZipProblems, zipExtension } from './release/extension.js';
import { unpack } from './release/pack.js';
import { changelogSection, checkVersions } from './release/versions.js';
import { checkWidgetsTypes, embedMarkdown, packWidgets, widgetsPackageProblems, writeCdn } from './release/widgets.js';
import { ROOT, run, sha256Hex } from './release/util.js';

const USAGE = `usage: pnpm release [--cdn-base URL] [--skip-verify]
  --cdn-base URL   where the widgets' CDN folder will be served, for the embed snippets (default: /widgets/)
  --skip-verify    skip the slow checks: the widgets' types compiled by a site, the extension rebuilt from its
                   sources zip, the collector installed with npm and started`;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`);
  return value;
}

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

const known = new Set(['--cdn-base', '--skip-verify', '--help', '-h']);
const unknown = process.argv
  .slice(2)
  .filter((arg, i, all) => arg.startsWith('-') && !known.has(arg) && all[i - 1] !== '--cdn-base');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length > 0) fail(`unknown option ${unknown.join(' ')}\n${USAGE}`);
const cdnBase = option('--cdn-base') ?? '/widgets/';
const verify = !process.argv.includes('--skip-verify');

const started = Date.now();
async function step<T>(title: string, action: () => T | Promise<T>): Promise<T> {
  const t0 = Date.now();
  process.stdout.write(`• ${title} … `);
  try {
    const result = await action();
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.log('failed');
    fail(error instanceof Error ? error.message : String(error));
  }
}

function expectNone(what: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}

/** Checks an npm tarball's contents in a scratch folder. */
function inspect(tarball: string, check: (dir: string) => string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'papi-release-'));
  try {
    expectNone(basename(tarball), check(unpack(tarball, join(dir, 'package'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const version = await step('versions agree', () => {
  const v = checkVersions(ROOT);
  if (!changelogSection(ROOT, v))
    throw new Error(`CHANGELOG.md has no "## [${v}]" section: write one (or \`pnpm set-version\`).`);
  return v;
});
const out = join(ROOT, 'release');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await step('build the widgets, their types and the collector', () => {
  run('pnpm', ['--filter', '@papi/widgets', 'build']);
  run('pnpm', ['--filter', '@papi/widgets', 'build:types']);
  run('pnpm', ['--filter', '@papi/collector', 'build']);
});

const widgets = await step('widgets: npm package', () => {
  const tarball = packWidgets(out);
  inspect(tarball, (dir) => widgetsPackageProblems(dir, { types: true }));
  return tarball;
});
if (verify) await step('widgets: a site compiles against the types', () => checkWidgetsTypes(widgets));
await step(`widgets: CDN folder and embed snippets (${cdnBase})`, () => {
  const folder = `papi-widgets-${version}-cdn`;
  const cdn = writeCdn(join(out, folder));
  writeFileSync(join(out, `papi-widgets-${version}-embed.md`), embedMarkdown(cdn, { version, base: cdnBase, folder }));
});

const zips = await step('extension: Chrome, Firefox and sources zips', () => {
  const made = zipExtension(version);
  expectNone(basename(made.sources), sourcesZipProblems(made.sources));
  for (const zip of Object.values(made)) copyFileSync(zip, join(out, basename(zip)));
  return made;
});
if (verify)
  await step('extension: rebuilt from the sources zip, identical to the store zips', () => rebuildFromSources(zips));

const collector = await step('collector: npm package', () => {
  const tarball = packCollector(out);
  inspect(tarball, collectorPackageProblems);
  return tarball;
});
if (verify)
  await step('collector: npm install, papi-collector --help, start and health check', () =>
    verifyCollectorInstall(collector),
  );

await step('release notes and checksums', () => {
  writeFileSync(
    join(out, 'RELEASE-NOTES.md'),
    `${changelogSection(ROOT, version)!.replace(/^## \[([^\]]+)\] - (.*)/, '# PAPI Toolkit $1 ($2)')}\n`,
  );
  const files = readdirSync(out)
    .filter((name) => statSync(join(out, name)).isFile() && name !== 'SHA256SUMS')
    .sort();
  writeFileSync(
    join(out, 'SHA256SUMS'),
    files.map((name) => `${sha256Hex(readFileSync(join(out, name)))}  ${name}\n`).join(''),
  );
});

console.log(
  `\nPAPI Toolkit ${version} in ${relative(process.cwd(), out) || '.'}/ (${((Date.now() - started) / 1000).toFixed(0)} s${verify ? '' : ', not verified'}):`,
);
for (const name of readdirSync(out).sort()) {
  const path = join(out, name);
  const stat = statSync(path);
  const size = stat.isDirectory() ? `${readdirSync(path).length} files` : `${(stat.size / 1024).toFixed(1)} KB`;
  console.log(`  ${name.padEnd(44)} ${size}`);
}
