import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore, issueUnitToken, revokeUnitToken } from '../../collector/src/index.js';
import { DEMO_TOKEN_UNITS, issueDemoTokens } from '../src/demo-tokens.js';

const api = { issueUnitToken, revokeUnitToken };
const dirs: string[] = [];
const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'papi-demo-tokens-'));
  dirs.push(dir);
  return new SqliteStore(join(dir, 'demo.sqlite'));
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the demo’s tokens', () => {
  it('are issued for the wards and communes of 2025, marked as the demo’s, and replaced at each start', async () => {
    const s = store();
    try {
      expect(DEMO_TOKEN_UNITS).toEqual([
        'phuong-vinh-chau-2025',
        'phuong-khanh-hoa-2025',
        'phuong-vinh-phuoc-2025',
        'xa-vinh-hai-2025',
        'xa-lai-hoa-2025',
      ]);
      const first = await issueDemoTokens(api, s);
      expect(Object.keys(first)).toEqual(DEMO_TOKEN_UNITS);
      const second = await issueDemoTokens(api, s);
      const listed = await s.listTokens();
      expect(listed).toHaveLength(10);
      expect(listed.every((t) => t.demo)).toBe(true);
      // The first start's tokens are revoked; only this start's are live.
      const live = listed.filter((t) => t.revokedAt === null).map((t) => t.id);
      expect(live.sort()).toEqual(
        Object.values(second)
          .map((t) => t.slice(5, 15))
          .sort(),
      );
    } finally {
      await s.close();
    }
  });

  it('are never issued into a database that holds a token issued with papi-collector token', async () => {
    const s = store();
    try {
      await issueUnitToken(s, 'xa-lai-hoa-2025');
      await expect(issueDemoTokens(api, s)).rejects.toThrow(
        /holds 1 unit token\(s\) issued with papi-collector token: it looks like a deployment's database.*PAPI_DEMO_DB/,
      );
      expect(await s.listTokens()).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});
