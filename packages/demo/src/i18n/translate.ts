import { CATALOGUES, createTranslator } from '@papi/core';
import { demoEn } from './en.js';
import { demoKm } from './km.js';
import { demoVi } from './vi.js';

/** The demo's strings and core's shared ones, through one lookup with core's fallback rules. */
export const t = createTranslator({
  vi: { ...CATALOGUES.vi, ...demoVi } as Record<keyof typeof demoVi | keyof typeof CATALOGUES.vi, string>,
  en: { ...CATALOGUES.en, ...demoEn },
  km: { ...CATALOGUES.km, ...demoKm },
});
export type DemoKey = Parameters<typeof t>[1];
