import { createTranslator } from '@papi/core';
import * as en from './en.js';
import * as km from './km.js';
import * as vi from './vi.js';

/*
 * One translator per element over its own part and the shared one. The calls are pure, so a bundle keeps only the
 * translators (and so the strings) of the elements it holds.
 */
/** Loading and error texts, for the shared views. */
export const commonText = /* @__PURE__ */ createTranslator({ vi: vi.common, en: en.common, km: km.common });
export const badgeText = /* @__PURE__ */ createTranslator({
  vi: { ...vi.common, ...vi.badge },
  en: { ...en.common, ...en.badge },
  km: { ...km.common, ...km.badge },
});
export const checklistText = /* @__PURE__ */ createTranslator({
  vi: { ...vi.common, ...vi.checklist },
  en: { ...en.common, ...en.checklist },
  km: { ...km.common, ...km.checklist },
});
export const registerText = /* @__PURE__ */ createTranslator({
  vi: { ...vi.common, ...vi.register },
  en: { ...en.common, ...en.register },
  km: { ...km.common, ...km.register },
});
export const feedbackText = /* @__PURE__ */ createTranslator({
  vi: { ...vi.common, ...vi.feedback },
  en: { ...en.common, ...en.feedback },
  km: { ...km.common, ...km.feedback },
});
export const summaryText = /* @__PURE__ */ createTranslator({
  vi: { ...vi.common, ...vi.summary },
  en: { ...en.common, ...en.summary },
  km: { ...km.common, ...km.summary },
});
