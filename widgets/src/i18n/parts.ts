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
  'papi-feedback-status': ['status'],
  'papi-feedback-inbox': ['inbox'],
  'papi-feedback-summary': ['summary'],
} as const satisfies Readonly<Record<string, readonly StringsPart[]>>;

export type WidgetTag = keyof typeof ELEMENT_STRINGS;

/** The feedback button in the counter's kiosk mode shows the kiosk's strings too. */
export const KIOSK_STRINGS = ['feedback', 'kiosk'] as const satisfies readonly StringsPart[];

/** The strings an element on the page will show: its kind's, and the kiosk's for a button in kiosk mode. */
export function stringsOf(tag: WidgetTag, element: Element): readonly StringsPart[] {
  return tag === 'papi-feedback-button' && isKiosk(element.getAttribute('mode')) ? KIOSK_STRINGS : ELEMENT_STRINGS[tag];
}

/** Whether a feedback button's mode attribute asks for the counter's kiosk. */
export const isKiosk = (mode: string | null | undefined): boolean => mode?.trim().toLowerCase() === 'kiosk';
