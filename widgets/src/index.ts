// Every element of the PAPI widgets. Importing this module defines them (once, even if loaded twice).
export * from './papi-disclosure-badge/define.js';
export * from './papi-checklist/define.js';
export * from './papi-disclosure-register/define.js';
export * from './papi-feedback-button/define.js';
export * from './papi-feedback-status/define.js';
export * from './papi-feedback-inbox/define.js';
export * from './papi-feedback-summary/define.js';
export { WIDGETS_VERSION } from './shared/define.js';
