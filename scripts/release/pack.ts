// `pnpm pack` of one workspace package, with the repository's LICENSE inside, and unpacking a tarball for checks.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, ROOT, run } from './util.js';

export interface PackageJson {
  name: string;
  version: string;
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** npm's name for a package's tarball: "@papi/widgets" 0.1.0 → papi-widgets-0.1.0.tgz. */
export function tarballName(manifest: PackageJson): string {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}

/** Packs the package in packageDir into dest and returns the tarball's path. The root LICENSE goes in with it. */
export function pack(packageDir: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  const license = join(packageDir, 'LICENSE');
  const borrowed = !existsSync(license);
  if (borrowed) copyFileSync(join(ROOT, 'LICENSE'), license);
  try {
    run('pnpm', ['pack', '--pack-destination', dest], { cwd: packageDir });
  } finally {
    if (borrowed) rmSync(license, { force: true });
  }
  const tarball = join(dest, tarballName(readJson<PackageJson>(join(packageDir, 'package.json'))));
  if (!existsSync(tarball)) throw new Error(`pnpm pack in ${packageDir} did not write ${tarball}`);
  return tarball;
}

/** Unpacks an npm tarball into `dir`: the files of its package/ folder land in dir. */
export function unpack(tarball: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  return dir;
}
