import Database from 'better-sqlite3';
import { type SpawnSyncReturns, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TestCollector, bearer, post, report, startTestCollector } from './helpers.js';

/** `papi-collector token`, run as Phòng Nội vụ runs it: the built command, in its own process, on a real SQLite file. */
// Several runs of the command a test, each a Node process: on a busy machine, about 2 s each.
vi.setConfig({ testTimeout: 60_000 });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', `token-cli-test-${process.pid}`);
let dir: string;
let dbPath: string;

beforeAll(() => {
  // Its own build, so that a concurrent `pnpm build` of dist cannot pull the file away mid-test.
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--outdir', outdir], { stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'papi-token-cli-'));
  dbPath = join(dir, 'data', 'papi.sqlite');
});
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(outdir, 'cli.js'), 'token', ...args], {
    env: { ...process.env, PAPI_DB: dbPath, PAPI_EXPORT_TOKEN: '' },
    encoding: 'utf8',
    timeout: 15_000,
  });
}
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1)!;

/** A collector on the same file, as the office's server would be while tokens are issued. */
async function withCollector<T>(run: (c: TestCollector) => Promise<T>): Promise<T> {
  const c = await startTestCollector({ dbPath });
  try {
    return await run(c);
  } finally {
    await c.close(); // its own temporary folder; the database stays in ours
  }
}

// Each test starts the built CLI several times: seconds of CPU on a busy 2-core machine, not a state awaited.
describe('papi-collector token', { timeout: 60_000 }, () => {
  let token: string;

  it('issues a token for a unit, prints it last, and keeps only its hash', async () => {
    const r = cli('xa-lac-hoa', '--note', 'Chị Lan, văn phòng UBND xã');
    expect([r.status, r.stderr]).toEqual([0, '']);
    token = lastLine(r.stdout);
    expect(token).toMatch(/^papi_[a-z2-7]{10}_[a-z2-7]{52}$/);
    expect(r.stdout).toContain('Xã Lạc Hòa (xa-lac-hoa)');
    expect(r.stdout).toContain(dbPath);
    expect(r.stdout).toContain(`--revoke ${token.slice(0, 15)}`);
    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db.prepare('SELECT * FROM unit_tokens').all() as Record<string, unknown>[];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id: token.slice(5, 15),
        unit: 'xa-lac-hoa',
        note: 'Chị Lan, văn phòng UBND xã',
        demo: 0,
        revoked_at: null,
      });
      expect(JSON.stringify(rows)).not.toContain(token.slice(16));
    } finally {
      db.close();
    }
    // A second token for the same unit is another token; both work until one is revoked.
    expect(lastLine(cli('xa-lac-hoa').stdout)).not.toBe(token);
  });

  it('gives a token the collector accepts for its unit only', async () => {
    await withCollector(async (c) => {
      expect((await post(c.url, '/api/reports', report({ unit: 'xa-lac-hoa' }), bearer(token))).status).toBe(201);
      expect((await post(c.url, '/api/reports', report({ unit: 'xa-vinh-hai' }), bearer(token))).status).toBe(403);
    });
  });

  it('--list shows units, ids and dates, and never a secret', () => {
    const r = cli('--list');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Unit tokens in ${dbPath} (times in Vietnam, UTC+7):`);
    expect(lines[1]).toMatch(/^token id\s+unit\s+issued\s+last used\s+state\s+note$/);
    const mine = lines.find((l) => l.startsWith(token.slice(0, 15)))!;
    expect(mine).toMatch(
      /^papi_\w{10}\s+xa-lac-hoa \(Xã Lạc Hòa\)\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+active\s+Chị Lan, văn phòng UBND xã$/,
    );
    expect(lines).toHaveLength(4);
    expect(r.stdout).not.toMatch(/papi_\w{10}_\w/);
  });

  it('--revoke ends a token, named by its id or given whole, and the collector refuses it from then on', async () => {
    const r = cli('--revoke', token.slice(0, 15));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(
      /^Revoked token papi_\w{10} of Xã Lạc Hòa \(xa-lac-hoa\) at \d{4}-\d\d-\d\d \d\d:\d\d: the collector refuses it from now on\.\n$/,
    );
    expect(cli('--revoke', token).stdout).toMatch(/was already revoked on/);
    expect(cli('--list').stdout).toMatch(new RegExp(`${token.slice(0, 15)}.*revoked \\d{4}-`));
    await withCollector(async (c) => {
      const refused = await post(c.url, '/api/reports', report({ unit: 'xa-lac-hoa' }), bearer(token));
      expect([refused.status, refused.json.error.code]).toEqual([401, 'token-invalid']);
    });
  });

  it('says clearly what is wrong: an unknown unit, a group, a bad id, nothing to do', () => {
    const typo = cli('xa-lac-hao');
    expect(typo.status).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe(
      'papi-collector token: there is no unit "xa-lac-hao" in the units registry (did you mean xa-lac-hoa?); papi-collector token --units lists the units\n',
    );
    const group = cli('ubnd-xa-phuong');
    expect(group.status).toBe(2);
    expect(group.stderr).toContain('"ubnd-xa-phuong" (Ủy ban nhân dân xã, phường) is a group of units, not one unit');
    const bad = cli('--revoke', 'abc');
    expect([bad.status, bad.stderr]).toEqual([
      2,
      'papi-collector token: "abc" is neither a token id (papi_ and 10 letters or digits, as --list shows) nor a token\n',
    ]);
    const none = cli('--revoke', 'papi_aaaaaaaaaa');
    expect([none.status, none.stderr]).toEqual([1, 'papi-collector token: there is no token papi_aaaaaaaaaa\n']);
    const nothing = cli();
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/^papi-collector token: name a unit, or --list, --revoke or --units\nUsage:/);
    const units = cli('--units');
    expect(units.stdout).toMatch(/^xa-lai-hoa-2025\s+Xã Lai Hòa$/m);
    expect(units.stdout).not.toContain('ubnd-xa-phuong');
  });

  it('lists or revokes only in an existing database', () => {
    const r = spawnSync(process.execPath, [join(outdir, 'cli.js'), 'token', '--list'], {
      env: { ...process.env, PAPI_DB: join(dir, 'nowhere', 'x.sqlite') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`there is no database at ${join(dir, 'nowhere', 'x.sqlite')}`);
  });
});
