// pnpm start: serves the built demo site on localhost, starts the collector beside it, and prints both addresses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as CollectorApi from '@papi/collector';
import { issueDemoTokens } from './demo-tokens.js';
import { SAMPLE_ANSWER_BY, sampleData } from './sample-data.js';
import { createServer, listen, serveStatic } from './static-server.js';

const site = join(dirname(fileURLToPath(import.meta.url)), 'site');
const host = process.env.HOST ?? '127.0.0.1';
const requested = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a port number (0–65535), got "${process.env.PORT}"`);
  process.exit(2);
}

let collector: Awaited<ReturnType<typeof CollectorApi.startCollector>> | undefined;
/** The demo units' tokens of this start, by unit: the demo's pages show them (never written anywhere but the hash). */
let demoTokens: Record<string, string> | undefined;
const serveSite = serveStatic(site);
// The demo's pages live under a CSP of default-src 'self', so they cannot reach another port: the collector's
// API is also answered on the demo's own origin, by the same in-process collector.
const handle = (req: IncomingMessage, res: ServerResponse): void => {
  if (collector && req.url?.startsWith('/api/')) collector.app.routing(req, res);
  else if (req.url?.split('?')[0] === '/demo/tokens.json' && req.method === 'GET') {
    res.writeHead(demoTokens ? 200 : 503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(
      JSON.stringify(
        demoTokens ? { demo: true, tokens: demoTokens } : { demo: true, error: 'the demo collector has not started' },
      ),
    );
  } else serveSite(req, res);
};

const server = createServer(handle);
const port = await listen(server, requested, host);
const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
console.log(`PAPI Toolkit demo: http://${shown}:${port}/`);
if (port !== requested && requested !== 0) console.log(`(port ${requested} was busy)`);

// build.ts bundles everything it can see, but the collector carries a native module (better-sqlite3) that must load
// from node_modules: a computed specifier keeps it out of the bundle and it is imported from its own dist at run time.
const collectorPackage = '@papi/collector';
const api = (await import(collectorPackage)) as typeof CollectorApi;
const { SqliteStore, loadConfig, startCollector } = api;

/**
 * The demo's own database, never the collector's (PAPI_DB is not read here): sample data goes into it on first
 * start, so it can never mix into a deployment's records.
 */
const demoDb = resolve(process.env.PAPI_DEMO_DB || join('data', 'demo.sqlite'));
const withSample = process.env.PAPI_DEMO_SAMPLE !== '0';

/** Writes the sample through the store's own durable puts, as the collector would have received it. */
async function seed(path: string): Promise<void> {
  const store = new SqliteStore(path);
  try {
    const { feedback, answers, reports } = sampleData();
    const acks = await Promise.all(
      feedback.map((f) => store.putFeedback(f.record, { receivedAt: f.receivedAt, period: f.period })),
    );
    const receipts = new Map(acks.map((a) => [a.ack.id, a.ack.receipt]));
    // The units' answers, through the store's own append, as if their officers had answered in the inbox.
    for (const a of answers) {
      const receipt = receipts.get(a.feedbackId);
      if (receipt) await store.answerFeedback(receipt, a.change, { at: a.at, by: SAMPLE_ANSWER_BY });
    }
    await Promise.all(reports.map((r) => store.putReport(r, { receivedAt: r.submittedAt })));
    console.log(
      `Sample data: ${feedback.length} feedback (${answers.length} answered or in progress) and ${reports.length} reports written into ${path} (delete the file to start over; PAPI_DEMO_SAMPLE=0 starts without)`,
    );
  } finally {
    await store.close();
  }
}

try {
  if (withSample && !existsSync(demoDb)) await seed(demoDb);
  const base = {
    // Neither the collector's SQLite file nor its PostgreSQL database: the demo's sample must never reach them.
    ...loadConfig({
      ...process.env,
      PORT: undefined,
      PAPI_DB: undefined,
      PAPI_DATABASE_URL: undefined,
      PAPI_LOG_LEVEL: process.env.PAPI_LOG_LEVEL ?? 'warn',
    }),
    dbPath: demoDb,
  };
  const origins = [...new Set([...base.allowedOrigins, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
  // Next to the demo (PORT+1, or the next free port); a free port of the system's choosing when the demo got one.
  for (let p = requested === 0 ? 0 : port + 1, tries = 20; !collector; p++, tries--) {
    try {
      collector = await startCollector({ ...base, host, port: p, allowedOrigins: origins }, { acceptDemoTokens: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || p === 0 || tries <= 1) throw error;
    }
  }
  console.log(`PAPI collector: ${collector.url} (SQLite: ${base.dbPath}); also answers /api/ on the demo's address`);
  demoTokens = await issueDemoTokens(api, collector.store);
  console.log(
    `Demo tokens for ${Object.keys(demoTokens).join(', ')}: on the commune page and at http://${shown}:${port}/demo/tokens.json (this demo only)`,
  );
} catch (error) {
  console.error(`The collector could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const stop = (): void => {
  // Close the collector first so that its last commits land and the database is closed cleanly.
  (collector?.close() ?? Promise.resolve())
    .catch((error: unknown) =>
      console.error(`The collector did not close cleanly: ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => server.close(() => process.exit(0)));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
