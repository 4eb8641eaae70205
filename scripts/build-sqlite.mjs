#!/usr/bin/env node
// Builds better-sqlite3's native addon during `pnpm install` (the root postinstall), so that a fresh machine needs
// nothing but Node and a compiler. pnpm itself is told not to run the package's own install script
// (allowBuilds: false): that script first tries to download a prebuilt binary and then lets node-gyp download Node's
// headers, and pnpm passes node-gyp no `nodedir` from any configuration it reads. Here node-gyp is pointed at the
// headers that ship beside the running Node (Debian's /usr/include/node, the official tarballs' include/node), and
// the download paths are only a fallback for a Node that came without headers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fromCollector = createRequire(join(root, 'packages/collector/package.json'));
const fromRoot = createRequire(join(root, 'package.json'));

function log(message) {
  console.log(`[build-sqlite] ${message}`);
}

let packageDir;
try {
  packageDir = dirname(fromCollector.resolve('better-sqlite3/package.json'));
} catch {
  log('better-sqlite3 is not installed (a filtered install?); nothing to build.');
  process.exit(0);
}

/** Whether the addon loads and opens a database, checked in a child so a failed dlopen leaves this process clean. */
function addonWorks() {
  const probe = `const D = require(${JSON.stringify(packageDir)}); new D(':memory:').prepare('select 1').get();`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

/** A Node installation prefix whose include/node holds the headers node-gyp needs, without downloading them. */
function localNodeDir() {
  const candidates = [process.env.npm_config_nodedir, resolve(dirname(process.execPath), '..')].filter(Boolean);
  return candidates.find((dir) => existsSync(join(dir, 'include/node/common.gypi')));
}

/** Runs a build step quietly (the compiler's warnings are not the installer's business) and shows it all if it fails. */
function run(command, args) {
  log(`node ${args.map((a) => a.replace(root, '.')).join(' ')}`);
  const result = spawnSync(command, args, { cwd: packageDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}\n`);
  return result.status === 0;
}

if (addonWorks()) {
  log(`already built in ${packageDir}`);
  process.exit(0);
}

const nodeGyp = fromRoot.resolve('node-gyp/bin/node-gyp.js');
const gypArgs = ['rebuild', '--release', '--jobs=max'];
const nodeDir = localNodeDir();
let built;
if (nodeDir) {
  log(`compiling SQLite against Node's headers in ${join(nodeDir, 'include/node')} (about a minute)`);
  built = run(process.execPath, [nodeGyp, ...gypArgs, `--nodedir=${nodeDir}`]);
} else {
  log("this Node has no headers beside it: trying a prebuilt binary, then node-gyp's header download");
  const prebuild = createRequire(join(packageDir, 'package.json')).resolve('prebuild-install/bin.js');
  built = run(process.execPath, [prebuild]) || run(process.execPath, [nodeGyp, ...gypArgs]);
}

if (!built || !addonWorks()) {
  console.error(
    '[build-sqlite] better-sqlite3 could not be built. It needs python3, make and a C++ compiler ' +
      '(Debian/Ubuntu: sudo apt-get install -y python3 make g++), and Node’s headers ' +
      '(they ship with Node; or set npm_config_nodedir to a Node source or install prefix).',
  );
  process.exit(1);
}
log('better-sqlite3 is ready');
