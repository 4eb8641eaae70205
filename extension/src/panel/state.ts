/** The side panel's shared state and helpers: which section shows, the clerk's options, and the failure notice. */
import { signal } from '@preact/signals';
import type { Locale } from '@papi/core';
import { tp, type PanelKey } from '../i18n/panel.js';
import type { Settings } from '../settings.js';

export type Tab = 'procedures' | 'guide' | 'cases' | 'reports' | 'authors' | 'options';

export const settings = signal<Settings>({ locale: 'vi' });
export const tab = signal<Tab>('procedures');
/** Set when a click's work failed (the background did not answer, storage refused): the clerk sees it, not only the console. */
export const failed = signal(false);

/**
 * Runs what a click or a message started, which nobody awaits. A failure is said on the panel (role="alert") and
 * logged with where it came from; the next success clears it.
 */
export function attempt(work: Promise<unknown>, where: string): void {
  work.then(
    () => (failed.value = false),
    (error: unknown) => {
      failed.value = true;
      console.warn(`papi panel ${where}:`, error);
    },
  );
}

export const L = (): Locale => settings.value.locale;
export const tr = (key: PanelKey, params?: Record<string, string | number>): string => tp(L(), key, params);
