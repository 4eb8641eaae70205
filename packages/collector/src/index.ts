export {
  type CollectorConfig,
  ConfigError,
  DEFAULTS,
  DEFAULT_ORIGINS,
  HELP,
  loadConfig,
  loadExtraUnits,
  parseDatabaseUrl,
  parseOrigins,
  redactDatabaseUrl,
  withDefaults,
} from './config.js';
export {
  type Collector,
  type CollectorOptions,
  type RunningCollector,
  createCollector,
  startCollector,
} from './server.js';
export type * from './store.js';
export {
  REPORT_HISTORY,
  StoreFailedError,
  bodyHash,
  canonicalFeedback,
  canonicalReport,
  effectiveSubmittedMs,
  knownId,
  placeReport,
} from './store.js';
export { DamagedDatabaseError } from './ops/integrity.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { PgStore, type PgStoreOptions } from './pg-store.js';
export { MIGRATIONS, SCHEMA_VERSION as PG_SCHEMA_VERSION, migrate } from './pg-schema.js';
export { engineName, openStore } from './open-store.js';
export { type CollectorStats, type Satisfaction, type UnitProgress, computeStats } from './stats.js';
export { type ApiIssue, ApiError, type ErrorBody, type ErrorCode, pickLocale } from './errors.js';
export { csvCell } from '@papi/core';
export { type UnitAuth, type VerifiedUnitToken, registerUnitAuth } from './tokens/auth.js';
export {
  TokenCommandError,
  hashSecret,
  issueUnitToken,
  revokeUnitToken,
  secretMatches,
  tokenUnits,
} from './tokens/issue.js';
export { runCommand } from './commands/index.js';
