import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ExtraUnit } from '@papi/core';
import { ConfigError, type CollectorConfig, issueUnitToken, loadConfig } from '../src/index.js';
import { type BuiltCli, buildCli } from './cli.js';
import { bearer, feedback, post, report, send, startTestCollector } from './helpers.js';
import { describePg, freshSchema } from './pg.js';

// Another town's units, as an IT officer writes them into the PAPI_UNITS file.
const UNITS: readonly ExtraUnit[] = [
  { id: 'phuong-an-binh', name: { vi: 'Phường An Bình', en: 'An Bình Ward' }, parent: 'ubnd-thanh-pho-can-tho' },
  { id: 'xa-thoi-lai-2025', name: 'Xã Thới Lai' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-units-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unitsFile = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('PAPI_UNITS, read at start', () => {
  it('adds the units of the file to the configuration, and none without it', () => {
    const path = unitsFile('good.json', UNITS);
    expect(loadConfig({ PAPI_UNITS: path }, dir).extraUnits).toEqual(UNITS);
    expect(loadConfig({ PAPI_UNITS: 'good.json' }, dir).extraUnits).toEqual(UNITS);
    expect(loadConfig({}, dir).extraUnits).toEqual([]);
  });

  it('refuses a bad file with every bad entry named by its number, its id and what is wrong', () => {
    const path = unitsFile('bad.json', [
      { id: 'phuong-an-binh', name: 'Phường An Bình' },
      { id: 'Xã Thới Lai', name: 'Xã Thới Lai' },
      { id: 'xa-lai-hoa-2025', name: 'Xã Lai Hòa' },
      { id: 'xa-truong-long', name: '', parent: 'huyen-phong-dien' },
    ]);
    expect(() => loadConfig({ PAPI_UNITS: path }, dir)).toThrow(ConfigError);
    expect(() => loadConfig({ PAPI_UNITS: path }, dir)).toThrow(
      [
        `PAPI_UNITS: the units file ${path} has 4 problems, so the collector does not start.`,
        '  - entry 2 (id "Xã Thới Lai"): [1].id: "Xã Thới Lai" has the wrong format (use only a-z, 0-9, -)',
        '  - entry 4 (id "xa-truong-long"): [3].name: must not be empty',
        '  - entry 3 (id "xa-lai-hoa-2025"): [2].id: unit "xa-lai-hoa-2025" is already in the units registry: leave this entry out, or give the new unit an id of its own',
        '  - entry 4 (id "xa-truong-long"): [3].parent: unknown unit "huyen-phong-dien"',
        'The file is a JSON list of units, e.g. [{ "id": "phuong-an-binh", "name": "Phường An Bình" }]; entries are counted from 1.',
      ].join('\n'),
    );
    expect(() => loadConfig({ PAPI_UNITS: unitsFile('syntax.json', '[{"id": "xa-a",}]') }, dir)).toThrow(
      /has a problem, so the collector does not start\.\n {2}- is not valid JSON \(.+\)\n/,
    );
    expect(() => loadConfig({ PAPI_UNITS: join(dir, 'missing.json') }, dir)).toThrow(
      `PAPI_UNITS: cannot read the units file ${join(dir, 'missing.json')}: there is no such file`,
    );
  });

  describe('the papi-collector command', () => {
    vi.setConfig({ testTimeout: 60_000 });
    let cli: BuiltCli;
    beforeAll(() => {
      cli = buildCli('units');
    });
    afterAll(() => cli.remove());

    it('does not start on a bad file, and says which entry to fix (exit 2)', async () => {
      const path = unitsFile('bad-cli.json', [
        { id: 'phuong-an-binh', name: 'Phường An Bình', parent: 'phuong-an-binh' },
      ]);
      const run = await cli.run([], { PAPI_UNITS: path, PAPI_DB: join(dir, 'cli.sqlite'), PORT: '0' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `papi-collector: PAPI_UNITS: the units file ${path} has a problem, so the collector does not start.\n  - entry 1 (id "phuong-an-binh"): [0].parent: the parent "phuong-an-binh" leads back to this unit`,
      );
      expect(run.stdout).not.toContain('PAPI collector:');
    });

    it('documents PAPI_UNITS in --help, and lists its units among those a token can be issued for', async () => {
      expect((await cli.run(['--help'])).stdout).toMatch(/^ {2}PAPI_UNITS {12}a JSON file of units to accept/m);
      const listed = await cli.run(['token', '--units'], { PAPI_UNITS: unitsFile('cli.json', UNITS) });
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('phuong-an-binh                 Phường An Bình (PAPI_UNITS)');
      expect(listed.stdout).toContain('xa-thoi-lai-2025               Xã Thới Lai (PAPI_UNITS)');
    });
  });
});

/** What a collector with PAPI_UNITS accepts and answers, on a store the setup gives. */
function acceptsExtraUnits(setup: () => Promise<{ config: Partial<CollectorConfig>; cleanup: () => Promise<void> }>) {
  it('takes feedback and reports for the added units, refuses unknown and malformed ones as before, and names the added units in the statistics', async () => {
    const { config, cleanup } = await setup();
    const c = await startTestCollector({ ...config, extraUnits: UNITS });
    try {
      expect((await post(c.url, '/api/feedback', feedback({ unit: 'phuong-an-binh', rating: 5 }))).status).toBe(201);
      expect((await post(c.url, '/api/feedback', feedback({ unit: 'xa-lac-hoa', rating: 2 }))).status).toBe(201);

      const unknown = await post(c.url, '/api/feedback', feedback({ unit: 'xa-truong-long' }));
      expect(unknown.status).toBe(400);
      expect(unknown.json.error.code).toBe('invalid-body');
      expect(unknown.json.error.issues).toEqual([
        { path: 'unit', code: 'unknown-unit', message: 'unit: unknown unit "xa-truong-long"' },
      ]);
      const malformed = await post(c.url, '/api/feedback', feedback({ unit: 'Phường An Bình' }));
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.issues[0]).toMatchObject({ path: 'unit', code: 'invalid-format' });

      // A report needs the unit's token, which Phòng Nội vụ can issue for an added unit too.
      const { token } = await issueUnitToken(c.collector.store, 'xa-thoi-lai-2025', { extraUnits: UNITS });
      const sent = await post(c.url, '/api/reports', report({ unit: 'xa-thoi-lai-2025' }), bearer(token));
      expect(sent.status).toBe(201);

      const stats = (await send(c.url, '/api/stats')).json;
      expect(stats.feedback.byUnit.map((u: { unit: string }) => u.unit)).toEqual(['phuong-an-binh', 'xa-lac-hoa']);
      expect(stats.selfAssessment.map((r: { unit: string }) => r.unit)).toEqual(['xa-thoi-lai-2025']);
      // The names of the added units the figures name; the registry's (xa-lac-hoa) are core's.
      expect(stats.units).toEqual(UNITS);
    } finally {
      await c.close();
      await cleanup();
    }
  });

  it('answers the statistics as before when no added unit has figures', async () => {
    const { config, cleanup } = await setup();
    const c = await startTestCollector({ ...config, extraUnits: UNITS });
    try {
      expect((await post(c.url, '/api/feedback', feedback())).status).toBe(201);
      expect((await send(c.url, '/api/stats')).json).not.toHaveProperty('units');
    } finally {
      await c.close();
      await cleanup();
    }
  });
}

describe('a collector with PAPI_UNITS on SQLite', () => {
  acceptsExtraUnits(async () => ({ config: {}, cleanup: async () => {} }));
});

describePg('a collector with PAPI_UNITS on PostgreSQL', () => {
  acceptsExtraUnits(async () => {
    const db = await freshSchema();
    return { config: { databaseUrl: db.url }, cleanup: () => db.drop() };
  });
});
