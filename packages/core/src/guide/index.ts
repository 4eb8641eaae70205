export type * from './types.js';
export { LOCATOR_STRATEGIES } from './types.js';
export * from './fold.js';
export * from './url.js';
export * from './schema.js';
export * from './runner.js';
