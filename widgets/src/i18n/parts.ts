import type { StringsPart } from './translate.js';

/**
 * Which strings each element shows: its element loads them (LocaleController's `strings`), and the loader
 * (papi-widgets.js) fetches them beside the element's code. The register shows badges, so it loads theirs too.
 */
export const ELEMENT_STRINGS = {
  'papi-checklist': ['checklist'],
  'papi-disclosure-badge': ['badge'],
  'papi-disclosure-register': ['register', 'badge'],
  'papi-feedback-button': ['feedback'],
  'papi-feedback-summary': ['summary'],
} as const satisfies Readonly<Record<string, readonly StringsPart[]>>;

export type WidgetTag = keyof typeof ELEMENT_STRINGS;
