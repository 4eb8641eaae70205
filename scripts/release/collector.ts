// The collector's release: an installable package whose dist/ is bundled (core inside, so no workspace package is
// needed from the registry) and whose dependencies, better-sqlite3 among them, install as usual. Verifying installs
// the tarball with npm into an empty folder and runs the papi-collector command from there.
import { spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pack, type PackageJson } from './pack.js';
import { cleanEnv, readJson, ROOT, run } from './util.js';

export const COLLECTOR = join(ROOT, 'packages', 'collector');

export function packCollector(dest: string): string {
  if (!existsSync(join(COLLECTOR, 'dist', 'cli.js'))) throw new Error('packages/collector/dist is not built: run `pnpm build` first.');
  return pack(COLLECTOR, dest);
}

/** What is wrong with an unpacked collector package: a missing command, a workspace or undeclared import. */
export function collectorPackageProblems(dir: string): string[] {
  const problems: string[] = [];
  const manifest = readJson<PackageJson>(join(dir, 'package.json'));
  const bin = manifest.bin?.['papi-collector'];
  if (!bin) problems.push('package.json has no bin "papi-collector"');
  else if (!existsSync(join(dir, bin))) problems.push(`bin "papi-collector" points at ${bin}, which is not in the package`);
  else if (!readFileSync(join(dir, bin), 'utf8').startsWith('#!/usr/bin/env node')) problems.push(`${bin} does not start with #!/usr/bin/env node`);
  if (existsSync(join(dir, 'src'))) problems.push('the TypeScript sources are in the package (only dist/ is needed)');
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  for (const name of declared) if (name.startsWith('@papi/')) problems.push(`dependencies name ${name}, which is bundled and not published`);
  const builtins = new Set(builtinModules);
  for (const file of readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, 'dist', file), 'utf8');
    const specifiers = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require(?:\.resolve)?\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => (m[1] ?? m[2] ?? m[3])!,
    );
    for (const spec of specifiers) {
      if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      if (!declared.has(name)) problems.push(`dist/${file} imports ${spec}, which is not in dependencies`);
    }
  }
  if (!existsSync(join(dir, 'LICENSE'))) problems.push('no LICENSE in the package');
  return [...new Set(problems)];
}

/** The Node installation prefix whose include/node has the headers, as scripts/build-sqlite.mjs finds it. */
function localNodeDir(): string | undefined {
  const prefix = resolve(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include', 'node', 'common.gypi')) ? prefix : undefined;
}

/**
 * Installs the tarball with npm into an empty folder (better-sqlite3 compiles there when no prebuilt binary can be
 * had), checks that `npx papi-collector --help` prints the settings, and that the command starts on a fresh SQLite
 * file and answers its health check.
 */
export async function verifyCollectorInstall(tarball: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'papi-collector-install-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    const env = cleanEnv();
    const nodeDir = localNodeDir();
    if (nodeDir && !env.npm_config_nodedir) env.npm_config_nodedir = nodeDir;
    env.npm_config_jobs ??= 'max'; // node-gyp compiles SQLite on every core
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir, env });
    const help = run('npx', ['--no-install', 'papi-collector', '--help'], { cwd: dir, env });
    if (!help.includes('PAPI_DB')) throw new Error(`npx papi-collector --help did not list the settings:\n${help}`);
    await startsAndAnswers(join(dir, 'node_modules', '.bin', 'papi-collector'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the installed command on port 0 with a fresh database, asks /api/health, and stops it. */
async function startsAndAnswers(command: string, dir: string): Promise<void> {
  const child = spawn(command, [], {
    cwd: dir,
    env: { ...cleanEnv(), PORT: '0', HOST: '127.0.0.1', PAPI_DB: join(dir, 'data', 'papi.sqlite'), PAPI_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`papi-collector did not start within 20 s:\n${output}`)), 20_000);
      const look = (): void => {
        const m = /PAPI collector: (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', look);
      exited.then((code) => reject(new Error(`papi-collector exited with ${code}:\n${output}`)), reject);
    });
    const health = await fetch(new URL('api/health', url));
    if (health.status !== 200) throw new Error(`GET ${url}api/health answered ${health.status}: ${await health.text()}`);
    if (!existsSync(join(dir, 'data', 'papi.sqlite'))) throw new Error('papi-collector started without creating its SQLite file');
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
