// The extension's release: the Chrome and Firefox store zips and the sources zip addons.mozilla.org asks for
// (`wxt zip`), checked to hold what a reviewer needs to rebuild, and, when verifying, rebuilt from it byte for byte.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, ROOT, run } from './util.js';

export const EXTENSION = join(ROOT, 'extension');

export interface ExtensionZips {
  chrome: string;
  firefox: string;
  sources: string;
}

/** Builds and zips the extension for both browsers (wxt.config.ts names the files); returns their paths. */
export function zipExtension(version: string): ExtensionZips {
  run('pnpm', ['--filter', '@papi/extension', 'zip']);
  const output = join(EXTENSION, '.output');
  const zips = {
    chrome: join(output, `papi-extension-${version}-chrome.zip`),
    firefox: join(output, `papi-extension-${version}-firefox.zip`),
    sources: join(output, `papi-extension-${version}-sources.zip`),
  };
  for (const path of Object.values(zips)) if (!existsSync(path)) throw new Error(`wxt zip did not write ${path}`);
  return zips;
}

/** The files (not folders) in a zip. */
export function zipEntries(zip: string): string[] {
  return run('unzip', ['-Z1', zip])
    .split('\n')
    .filter((name) => name && !name.endsWith('/'));
}

/** What a reviewer needs to rebuild from the sources zip; a missing one is a problem. */
const NEEDED = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'README.md',
  'scripts/build-sqlite.mjs', // the root postinstall: `pnpm install` fails without it
  'tsconfig.base.json',
  'extension/package.json',
  'extension/README.md',
  'extension/wxt.config.ts',
  'packages/core/package.json',
  'packages/core/src/index.ts',
];

/** What is wrong with a sources zip: something needed is missing, or it carries installed or built files. */
export function sourcesZipProblems(zip: string): string[] {
  const entries = zipEntries(zip);
  const problems = NEEDED.filter((file) => !entries.includes(file)).map((file) => `${file} is missing`);
  const built = entries.filter((name) => /(^|\/)(node_modules|dist|\.output|\.wxt)\//.test(name));
  if (built.length > 0) problems.push(`installed or built files are inside: ${built.slice(0, 5).join(', ')}${built.length > 5 ? ', …' : ''}`);
  return problems;
}

/**
 * Does what a store reviewer does: unpacks the sources zip into an empty folder, installs with the lockfile, builds
 * the extension, and compares each browser's build with the zip that goes to the store. Throws on any difference.
 */
export function rebuildFromSources(zips: ExtensionZips): void {
  const dir = mkdtempSync(join(tmpdir(), 'papi-extension-sources-'));
  try {
    run('unzip', ['-q', zips.sources, '-d', join(dir, 'src')]);
    const env = cleanEnv();
    const cwd = join(dir, 'src');
    try {
      run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd, env });
    } catch {
      run('pnpm', ['install', '--frozen-lockfile'], { cwd, env }); // the local store lacked something: fetch it
    }
    run('pnpm', ['--filter', '@papi/extension', 'build'], { cwd, env });
    for (const [browser, folder] of [
      ['chrome', 'chrome-mv3'],
      ['firefox', 'firefox-mv2'],
    ] as const) {
      const store = join(dir, browser);
      run('unzip', ['-q', zips[browser], '-d', store]);
      const rebuilt = join(cwd, 'extension', '.output', folder);
      const differences = compareTrees(store, rebuilt);
      if (differences.length > 0) throw new Error(`The ${browser} build from the sources zip differs from the store zip:\n  ${differences.join('\n  ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

function compareTrees(a: string, b: string): string[] {
  const left = new Set(files(a));
  const right = new Set(files(b));
  const out: string[] = [];
  for (const f of left) if (!right.has(f)) out.push(`${f}: only in the store zip`);
  for (const f of right) if (!left.has(f)) out.push(`${f}: only in the rebuild`);
  for (const f of left) if (right.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`${f}: contents differ`);
  return out;
}
