import Fastify, { type FastifyHttpOptions, type FastifyInstance } from 'fastify';
import type { Server } from 'node:http';
import type { Writable } from 'node:stream';
import { type Plan, UNIT_IDS, VINH_CHAU_PLAN_2023 } from '@papi/core';
import type { CollectorConfig } from './config.js';
import { ApiError, pickLocale } from './errors.js';
import { parseBody } from './input.js';
import { openStore } from './open-store.js';
import { contactRetention } from './ops/retention.js';
import { securityPlugin } from './plugins/security.js';
import { storePlugin } from './plugins/store.js';
import type { RouteDeps } from './routes/deps.js';
import { exportRoutes } from './routes/exports.js';
import { feedbackRoutes } from './routes/feedback.js';
import { healthRoutes } from './routes/health.js';
import { receiptRoutes } from './routes/receipts.js';
import { reportRoutes } from './routes/reports.js';
import { statsRoutes } from './routes/stats.js';
import { unitFeedbackRoutes } from './routes/unit-feedback.js';
import { type Store, StoreFailedError } from './store.js';

export interface CollectorOptions {
  /** The storage; by default PostgreSQL at config.databaseUrl when set, else SQLite at config.dbPath. */
  readonly store?: Store;
  /** Plans the reports may name; the 2023 plan by default. Reports for a known plan may only name its tasks. */
  readonly plans?: readonly Plan[];
  /** The clock, for tests. */
  readonly now?: () => Date;
  /** Where the JSON log lines go (stdout by default); tests capture them to check that no address is logged. */
  readonly logStream?: Writable;
  /** Accept the tokens the demo issued for its own database (only `pnpm start` sets this). */
  readonly acceptDemoTokens?: boolean;
  /** How often contacts past their retention are looked for, besides at start (hourly by default). */
  readonly retentionEveryMs?: number;
}

export interface Collector {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly config: CollectorConfig;
  /** Listens on config.host and config.port; resolves with the base URL. */
  listen(): Promise<RunningCollector>;
  close(): Promise<void>;
}

export interface RunningCollector {
  /** http://localhost:PORT/ for a loopback or wildcard host. */
  readonly url: string;
  readonly port: number;
}

/** Paths and methods only: the logs never hold an address, a query string, a token or a body. */
const serializers = {
  req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

const loopback = (host: string): boolean =>
  host === '127.0.0.1' || host === '0.0.0.0' || host === '::' || host === '::1' || host === 'localhost';

export async function createCollector(config: CollectorConfig, options: CollectorOptions = {}): Promise<Collector> {
  const store = options.store ?? (await openStore(config));
  const clock = options.now ?? (() => new Date());
  const plans = new Map((options.plans ?? [VINH_CHAU_PLAN_2023]).map((p) => [p.id, p]));
  // The registry's units and PAPI_UNITS': one set, so that core's validators build their schema once.
  const units: ReadonlySet<string> =
    config.extraUnits.length === 0 ? UNIT_IDS : new Set([...UNIT_IDS, ...config.extraUnits.map((u) => u.id)]);

  const logger: FastifyHttpOptions<Server>['logger'] =
    config.logLevel === 'silent'
      ? false
      : { level: config.logLevel, serializers, ...(options.logStream ? { stream: options.logStream } : {}) };
  const app = Fastify({
    logger,
    // Trusts the given number of proxy hops, as fastify does for a number (which its types do not admit).
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    bodyLimit: config.bodyLimits.reports,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // fastify hands a body without any Content-Type to this parser as well; only declared UTF-8 JSON is taken.
    const type = request.headers['content-type'];
    const charset = charsetOf(type);
    if (
      !type ||
      !/^\s*application\/json\s*(;|$)/i.test(type) ||
      (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    ) {
      return done(new ApiError(415, 'unsupported-media-type'), undefined);
    }
    try {
      done(null, parseBody(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  await app.register(storePlugin, { store });
  await app.register(securityPlugin, { config, acceptDemoTokens: options.acceptDemoTokens === true });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    let api: ApiError;
    if (error instanceof ApiError) api = error;
    else if (error instanceof StoreFailedError) api = app.storeFailed(error.detail);
    else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      api = new ApiError(413, 'body-too-large', { max: request.routeOptions.bodyLimit ?? config.bodyLimits.reports });
    else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      api = new ApiError(415, 'unsupported-media-type');
    else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') api = new ApiError(400, 'invalid-json');
    else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      api = new ApiError(error.statusCode, 'bad-request', { detail: error.code ?? 'malformed request' });
    } else {
      // Only the error's class and stack: a storage error may quote a statement but never a resident's text.
      request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'request failed');
      api = new ApiError(500, 'internal');
    }
    if (api.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="papi-collector"');
    void reply
      .status(api.status)
      .headers(api.headers)
      .header('Cache-Control', 'no-store')
      .send(api.body(pickLocale(request.headers['accept-language'])));
  });

  app.setNotFoundHandler((request) => {
    throw new ApiError(404, 'not-found', { method: request.method, path: request.url.split('?')[0]!.slice(0, 100) });
  });

  // One route module per resource (routes/); the store and the checks are the plugins' decorators.
  const deps: RouteDeps = { config, clock, units, plans };
  await app.register(healthRoutes);
  await app.register(feedbackRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(receiptRoutes, deps);
  await app.register(unitFeedbackRoutes, deps);
  await app.register(statsRoutes, deps);
  await app.register(exportRoutes, deps);

  const retention = contactRetention(store, config.contactRetentionDays, clock, app.log, options.retentionEveryMs);
  await retention.run();

  return {
    app,
    store,
    config,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const host = loopback(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
      return { url: `http://${host}:${port}/`, port };
    },
    async close() {
      retention.stop();
      // The store plugin closes the store once the server has answered its last request.
      await app.close();
    },
  };
}

/** Creates the collector and listens: what the CLI and `pnpm start` call. */
export async function startCollector(
  config: CollectorConfig,
  options: CollectorOptions = {},
): Promise<Collector & RunningCollector> {
  const collector = await createCollector(config, options);
  try {
    const running = await collector.listen();
    return { ...collector, ...running };
  } catch (error) {
    await collector.close();
    throw error;
  }
}
