import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_ANSWER_DAYS,
  DEFAULT_ANSWER_DAYS_CONFIRMED,
  type ExtraUnit,
  formatExtraUnitsIssue,
  validateExtraUnitsJson,
} from '@papi/core';

export interface CollectorConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the SQLite file (the store when databaseUrl is unset). */
  readonly dbPath: string;
  /** postgres://… : the store is PostgreSQL there instead of SQLite at dbPath. */
  readonly databaseUrl?: string | undefined;
  /** Exact origins (scheme://host[:port]) allowed by CORS and allowed to POST from a browser. */
  readonly allowedOrigins: readonly string[];
  /** Bearer token for the CSV exports; undefined disables them. */
  readonly exportToken: string | undefined;
  /** Reads (statistics, health, exports) per minute per client address; 0 turns the limit off (load tests only). */
  readonly rateLimit: number;
  /** Feedback posts per minute per client address, counted apart from reads; 0 turns the limit off. */
  readonly feedbackRateLimit: number;
  /** Report posts per minute per unit token; 0 turns the limit off. */
  readonly reportRateLimit: number;
  /** Receipt look-ups per minute per client address (against guessing codes); 0 turns the limit off. */
  readonly receiptRateLimit: number;
  /** A unit's answers to feedback per minute per unit token; 0 turns the limit off. */
  readonly answerRateLimit: number;
  /** Hops of reverse proxies to trust for the client address (X-Forwarded-For); 0 trusts none. */
  readonly trustProxy: number;
  readonly logLevel: string;
  /** SQLite's synchronous setting: FULL syncs every commit to disk (survives a power cut), NORMAL does not. */
  readonly synchronous: 'FULL' | 'NORMAL';
  /** Days a resident's contact and dossier code are kept after receipt; then they are erased and the rating stays. */
  readonly contactRetentionDays: number;
  readonly bodyLimits: { readonly feedback: number; readonly reports: number; readonly answers: number };
  /** Days a unit has to answer a feedback before it counts as overdue (PAPI_ANSWER_DAYS). */
  readonly answerDays: number;
  /** False while answerDays is core's unconfirmed default; true once the town set it (PAPI_ANSWER_DAYS). */
  readonly answerDaysConfirmed: boolean;
  /** Units accepted besides the registry's (PAPI_UNITS): another commune's or ward's, with their names. */
  readonly extraUnits: readonly ExtraUnit[];
}

export const DEFAULT_ORIGINS = ['http://localhost:8080', 'http://127.0.0.1:8080'] as const;
export const MIN_TOKEN_LENGTH = 16;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  db: './data/papi.sqlite',
  rateLimit: 120,
  feedbackRateLimit: 60,
  reportRateLimit: 20,
  receiptRateLimit: 20,
  answerRateLimit: 60,
  logLevel: 'info',
  synchronous: 'FULL',
  // Unconfirmed: no legal source for this period was found (see the README, "Personal data").
  contactRetentionDays: 180,
  // An answer of 2,000 characters is at most 8 KB of UTF-8, 24 KB written as JSON escapes.
  bodyLimits: { feedback: 16 * 1024, reports: 1024 * 1024, answers: 32 * 1024 },
  // Unconfirmed: no legal source for this period was found (core's DEFAULT_ANSWER_DAYS_NOTE).
  answerDays: DEFAULT_ANSWER_DAYS,
} as const;

export const HELP = `PAPI collector: receives residents' feedback and units' self-assessment reports, stores them in SQLite
(one machine, the default) or PostgreSQL (several instances behind a load balancer).

Usage:
  papi-collector                 start the collector, configured by the variables below
  papi-collector token <unit-id> [--note <text>]
                                 issue a token for a unit; the token is the last line printed
  papi-collector token --list    the units' tokens: ids and dates, never a secret
  papi-collector token --revoke <token-id>
                                 end a token (its id as --list shows it, or the whole token)
  papi-collector token --units   the units a token can be issued for
  papi-collector backup <file>   copy the database consistently while the collector runs (never overwrites a file)
  papi-collector check           full integrity check of the database: says ok or what is wrong
  papi-collector restore <file>  put a backup in place of the database (stop the collector first; the replaced
                                 file is kept beside it)
  papi-collector forget <id>...  erase the contact, the comment and the dossier code of feedback records, on a
                                 resident's request
                                 (the unit's answers to them stay, and their receipt codes still work)
  papi-collector --help          this text

The commands work on the collector's store: PostgreSQL when PAPI_DATABASE_URL is set, else the file PAPI_DB
names. backup, check and restore are for a SQLite file; on PostgreSQL they say which of its own tools to use
(pg_dump, pg_amcheck, pg_restore). Exit status: 0 done, 1 failed, 2 bad usage or setting, 3 the database is damaged
(the collector refuses to start on it: restore a backup).

Configuration, by environment variable:
  PORT                  port to listen on (default ${DEFAULTS.port}; 0 picks a free one)
  HOST                  address to listen on (default ${DEFAULTS.host}; 0.0.0.0 for every interface)
  PAPI_DB               SQLite file, created on first start (default ${DEFAULTS.db}, relative to the working directory);
                        used when PAPI_DATABASE_URL is unset
  PAPI_DATABASE_URL     postgres://user:password@host:port/database: store in PostgreSQL (13 or newer) instead of
                        SQLite; the tables are created or migrated on start. Several collectors may share one database.
  PAPI_ALLOWED_ORIGINS  comma-separated portal origins allowed to call from a browser
                        (default ${DEFAULT_ORIGINS.join(',')}, the demo's)
  PAPI_EXPORT_TOKEN     bearer token for /api/export/*.csv, at least ${MIN_TOKEN_LENGTH} characters;
                        unset: the exports answer 503 (there is no default token)
  PAPI_RATE_LIMIT       reads (stats, health, exports) per minute per client address (default ${DEFAULTS.rateLimit}; 0 = no limit)
  PAPI_FEEDBACK_RATE_LIMIT
                        feedback posts per minute per client address, apart from reads (default ${DEFAULTS.feedbackRateLimit}; 0 = no limit)
  PAPI_REPORT_RATE_LIMIT
                        report posts per minute per unit token (default ${DEFAULTS.reportRateLimit}; 0 = no limit)
  PAPI_RECEIPT_RATE_LIMIT
                        receipt-code look-ups per minute per client address, against guessing
                        (default ${DEFAULTS.receiptRateLimit}; 0 = no limit)
  PAPI_ANSWER_RATE_LIMIT
                        a unit's answers to feedback per minute per unit token (default ${DEFAULTS.answerRateLimit}; 0 = no limit)
                        Every limit is counted by each collector instance on its own.
  PAPI_TRUST_PROXY      reverse-proxy hops to trust for the client address (default 0: none; 1 behind one nginx,
                        with HOST=127.0.0.1 so that nothing reaches the collector but through it)
  PAPI_LOG_LEVEL        ${LOG_LEVELS.join(', ')} (default ${DEFAULTS.logLevel}); logs are JSON lines on stdout
  PAPI_SQLITE_SYNC      FULL (default: every acknowledged record is on disk, even through a power cut) or NORMAL
                        (faster; survives a crash of the collector but may lose the last records in a power cut);
                        PostgreSQL always commits with synchronous_commit=on
  PAPI_UNITS            a JSON file of units to accept besides those of the units registry (Vĩnh Châu's), for any
                        other commune or ward: [{ "id": "phuong-an-binh", "name": "Phường An Bình", "parent": "…" }].
                        id: a-z, 0-9 and -, at most 64 characters, not already in the registry; name: Vietnamese, or
                        { "vi", "en", "km" }; parent (optional): a registry unit or another unit of the file. Feedback
                        and reports may then name these units, tokens may be issued for them, and /api/stats carries
                        their names. A bad entry stops the start with a message naming it.
  PAPI_ANSWER_DAYS      days a unit has to answer a resident's feedback; after that, unanswered feedback is overdue
                        in the unit's inbox and in /api/stats (default ${DEFAULTS.answerDays}, calendar days of 24 hours from
                        receipt; UNCONFIRMED: no legal source for this period was found, set what the town decides)
  PAPI_CONTACT_RETENTION_DAYS  days a resident's contact and dossier code are kept, then erased while the rating stays
                        (default ${DEFAULTS.contactRetentionDays}; UNCONFIRMED: no legal source for this period was found,
                        set what the town decides under the Personal Data Protection Law 91/2025/QH15)

Endpoints: POST /api/feedback, GET /api/receipts/<code>, POST /api/receipts/<code>/answer, GET /api/units/<unit>/feedback
and its .csv, POST /api/reports (those three with a unit's token), GET /api/stats, GET /api/export/feedback.csv,
GET /api/export/reports.csv, GET /api/health. See packages/collector/README.md.`;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integerVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** A browser sends its origin as scheme://host[:port] with no path; anything else in the list would never match. */
export function parseOrigins(raw: string): string[] {
  const origins = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(
        `PAPI_ALLOWED_ORIGINS: "${origin}" is not an origin such as https://vinhchau.cantho.gov.vn`,
      );
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        `PAPI_ALLOWED_ORIGINS: "${origin}" must be scheme://host[:port] with no path, e.g. ${url.origin}`,
      );
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
}

/** A PostgreSQL connection URL, checked for its scheme and host; the message never repeats the URL (it may hold a password). */
export function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PAPI_DATABASE_URL must be a URL such as postgres://papi:password@db.example:5432/papi');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`PAPI_DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.hostname === '' && !url.searchParams.has('host')) throw new ConfigError('PAPI_DATABASE_URL names no host');
  return raw;
}

/** The URL without its password, for the start-up line and the logs. */
export function redactDatabaseUrl(raw: string): string {
  const url = new URL(raw);
  if (url.password !== '') url.password = '***';
  for (const key of [...url.searchParams.keys()]) if (/pass/i.test(key)) url.searchParams.set(key, '***');
  return url.toString();
}

/** Most problems of a PAPI_UNITS file listed at start; the rest are counted. */
const UNITS_SHOWN = 20;

/**
 * The units of the PAPI_UNITS file (none when it is unset), checked with core's rules; a ConfigError lists every bad
 * entry by its number and id, so that the IT officer can find it in the file.
 */
export function loadExtraUnits(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): readonly ExtraUnit[] {
  const raw = env.PAPI_UNITS?.trim();
  if (!raw) return [];
  const path = resolve(cwd, raw);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'there is no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.message;
    throw new ConfigError(`PAPI_UNITS: cannot read the units file ${path}: ${why}`);
  }
  const checked = validateExtraUnitsJson(text.replace(/^\uFEFF/, ''));
  if (checked.ok) return checked.units;
  const issues = checked.issues;
  const lines = issues.slice(0, UNITS_SHOWN).map((i) => `  - ${formatExtraUnitsIssue(i, 'en')}`);
  if (issues.length > UNITS_SHOWN) lines.push(`  … and ${issues.length - UNITS_SHOWN} more`);
  throw new ConfigError(
    `PAPI_UNITS: the units file ${path} has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}, so the collector does not start.\n` +
      `${lines.join('\n')}\n` +
      'The file is a JSON list of units, e.g. [{ "id": "phuong-an-binh", "name": "Phường An Bình" }]; entries are counted from 1.',
  );
}

/** Reads the configuration from the environment; throws ConfigError with a sentence naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): CollectorConfig {
  const token = env.PAPI_EXPORT_TOKEN;
  if (token !== undefined && token !== '' && token.trim().length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(
      `PAPI_EXPORT_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (e.g. the output of: openssl rand -hex 24)`,
    );
  }
  const logLevel = env.PAPI_LOG_LEVEL?.trim() || DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`PAPI_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const synchronous = (env.PAPI_SQLITE_SYNC?.trim() || DEFAULTS.synchronous).toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL')
    throw new ConfigError(`PAPI_SQLITE_SYNC must be FULL or NORMAL, got "${synchronous}"`);
  const originsRaw = env.PAPI_ALLOWED_ORIGINS;
  const databaseUrl = env.PAPI_DATABASE_URL?.trim() || undefined;
  return {
    port: integerVar(env, 'PORT', DEFAULTS.port, 0, 65535),
    host: env.HOST?.trim() || DEFAULTS.host,
    dbPath: dbPathFrom(env, cwd),
    databaseUrl: databaseUrl === undefined ? undefined : parseDatabaseUrl(databaseUrl),
    allowedOrigins:
      originsRaw === undefined || originsRaw.trim() === '' ? [...DEFAULT_ORIGINS] : parseOrigins(originsRaw),
    exportToken: token === undefined || token === '' ? undefined : token.trim(),
    rateLimit: integerVar(env, 'PAPI_RATE_LIMIT', DEFAULTS.rateLimit, 0, 1_000_000),
    feedbackRateLimit: integerVar(env, 'PAPI_FEEDBACK_RATE_LIMIT', DEFAULTS.feedbackRateLimit, 0, 1_000_000),
    reportRateLimit: integerVar(env, 'PAPI_REPORT_RATE_LIMIT', DEFAULTS.reportRateLimit, 0, 1_000_000),
    receiptRateLimit: integerVar(env, 'PAPI_RECEIPT_RATE_LIMIT', DEFAULTS.receiptRateLimit, 0, 1_000_000),
    answerRateLimit: integerVar(env, 'PAPI_ANSWER_RATE_LIMIT', DEFAULTS.answerRateLimit, 0, 1_000_000),
    trustProxy: integerVar(env, 'PAPI_TRUST_PROXY', 0, 0, 10),
    logLevel,
    synchronous,
    contactRetentionDays: integerVar(env, 'PAPI_CONTACT_RETENTION_DAYS', DEFAULTS.contactRetentionDays, 1, 36500),
    bodyLimits: DEFAULTS.bodyLimits,
    extraUnits: loadExtraUnits(env, cwd),
    answerDays: integerVar(env, 'PAPI_ANSWER_DAYS', DEFAULTS.answerDays, 1, 365),
    // Set by the town, it is the town's decision; core's default stays marked as unconfirmed.
    answerDaysConfirmed: env.PAPI_ANSWER_DAYS?.trim() ? true : DEFAULT_ANSWER_DAYS_CONFIRMED,
  };
}

/** The database file alone, for the maintenance commands (backup, check, restore, forget). */
export function dbPathFrom(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return resolve(cwd, env.PAPI_DB?.trim() || DEFAULTS.db);
}

/** The configuration with defaults for whatever the caller leaves out (the demo and the tests start it this way). */
export function withDefaults(partial: Partial<CollectorConfig> & { readonly dbPath: string }): CollectorConfig {
  return {
    port: DEFAULTS.port,
    host: DEFAULTS.host,
    allowedOrigins: [...DEFAULT_ORIGINS],
    exportToken: undefined,
    rateLimit: DEFAULTS.rateLimit,
    feedbackRateLimit: DEFAULTS.feedbackRateLimit,
    reportRateLimit: DEFAULTS.reportRateLimit,
    receiptRateLimit: DEFAULTS.receiptRateLimit,
    answerRateLimit: DEFAULTS.answerRateLimit,
    trustProxy: 0,
    logLevel: DEFAULTS.logLevel,
    synchronous: DEFAULTS.synchronous,
    contactRetentionDays: DEFAULTS.contactRetentionDays,
    bodyLimits: DEFAULTS.bodyLimits,
    extraUnits: [],
    answerDays: DEFAULTS.answerDays,
    answerDaysConfirmed: DEFAULT_ANSWER_DAYS_CONFIRMED,
    ...partial,
  };
}
