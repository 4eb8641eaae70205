import type { Localized } from '../i18n/locale.js';

/** A unit's name in every locale, as the registry's two parts write it (one helper, so a bundle holding both has one). */
export const name = /* @__NO_SIDE_EFFECTS__ */ (vi: string, en: string, km: string): Localized => ({ vi, en, km });
