import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CollectorConfig,
  type CollectorOptions,
  createCollector,
  issueUnitToken,
  withDefaults,
} from '../src/index.js';

export const TOKEN = 'test-export-token-0123456789';

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly raw: Buffer;
  readonly text: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  readonly json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SendOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON with Content-Type: application/json unless headers say otherwise. */
  readonly body?: string | Buffer | object;
}

/** A raw HTTP request (node:http, not fetch) so that tests control every byte and header, Origin included. */
export function send(base: string, path: string, options: SendOptions = {}): Promise<Reply> {
  const { method = options.body === undefined ? 'GET' : 'POST', body } = options;
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (body !== undefined) {
    payload = Buffer.isBuffer(body)
      ? body
      : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    if (
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type') &&
      typeof body === 'object' &&
      !Buffer.isBuffer(body)
    ) {
      headers['content-type'] = 'application/json';
    }
  }
  return new Promise((resolve, reject) => {
    // The path goes out as written, not normalised by URL, so that "/a/../b" reaches the server as such.
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text, json });
      });
    });
    // The server may answer (413) and close before a huge body is written: the answer is what counts.
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}

export const post = (
  base: string,
  path: string,
  body: string | Buffer | object,
  headers: Record<string, string> = {},
): Promise<Reply> =>
  send(base, path, {
    method: 'POST',
    body,
    headers: {
      ...(typeof body === 'object' && !Buffer.isBuffer(body) ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
  });

export function feedback(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    unit: 'xa-lac-hoa',
    service: 'khai-sinh',
    dimension: 'd5',
    rating: 4,
    comment: 'Cán bộ hướng dẫn tận tình.',
    lang: 'vi',
    page: 'https://vinhchau.cantho.gov.vn/thu-tuc/khai-sinh',
    createdAt: '2026-11-27T08:30:00+07:00',
    ...over,
  };
}

export function report(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    planId: 'vinh-chau-papi-2023',
    unit: 'xa-lac-hoa',
    period: '2023-H1',
    tasks: [
      {
        taskId: 'a-1-5',
        status: 'done',
        evidence: 'https://vinhchau.soctrang.gov.vn/tin/123',
        note: 'Đã tuyên truyền 12 buổi',
      },
      { taskId: 'a-5-1', status: 'in-progress' },
    ],
    submittedAt: '2023-06-30T16:00:00+07:00',
    ...over,
  };
}

export interface TestCollector {
  readonly url: string;
  readonly dir: string;
  readonly dbPath: string;
  readonly collector: Awaited<ReturnType<typeof createCollector>>;
  /** Issues a token for the unit into this collector's store (as papi-collector token does) and returns it. */
  token(unit: string): Promise<string>;
  close(): Promise<void>;
}

/** The Authorization header of a unit token. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A real collector on an ephemeral port of 127.0.0.1, with its SQLite file in a fresh temporary directory. */
export async function startTestCollector(
  config: Partial<CollectorConfig> = {},
  options: CollectorOptions = {},
): Promise<TestCollector> {
  const dir = mkdtempSync(join(tmpdir(), 'papi-collector-'));
  const dbPath = join(dir, 'data', 'papi.sqlite');
  const collector = await createCollector(
    withDefaults({
      dbPath,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      exportToken: TOKEN,
      rateLimit: 0,
      feedbackRateLimit: 0,
      reportRateLimit: 0,
      ...config,
    }),
    options,
  );
  const { port } = await collector.listen();
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    dbPath,
    collector,
    token: async (unit) => (await issueUnitToken(collector.store, unit)).token,
    async close() {
      await collector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const issued = new WeakMap<TestCollector, Map<string, Promise<string>>>();

/** The unit's token in this collector, issued on first use. */
export function tokenFor(c: TestCollector, unit: string): Promise<string> {
  let tokens = issued.get(c);
  if (!tokens) issued.set(c, (tokens = new Map()));
  let token = tokens.get(unit);
  if (!token) tokens.set(unit, (token = c.token(unit)));
  return token;
}

/** POSTs a report with its own unit's token, as the checklist does. */
export async function postReport(
  c: TestCollector,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return post(c.url, '/api/reports', body, { ...bearer(await tokenFor(c, String(body.unit))), ...headers });
}
