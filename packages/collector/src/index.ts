export { type CollectorConfig, ConfigError, DEFAULTS, DEFAULT_ORIGINS, HELP, loadConfig, parseOrigins, withDefaults } from './config.js';
export { type Collector, type CollectorOptions, type RunningCollector, createCollector, startCollector } from './server.js';
export type * from './store.js';
export { canonicalFeedback, canonicalReport } from './store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { type CollectorStats, type Satisfaction, type UnitProgress, computeStats } from './stats.js';
export { type ApiIssue, ApiError, type ErrorBody, type ErrorCode, pickLocale } from './errors.js';
export { csvCell } from '@papi/core';
