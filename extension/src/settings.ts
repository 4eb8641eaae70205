/** The clerk's options: language, unit and the Authors section, in the extension's storage.local (nothing personal). */
import { isLocale, type Locale, UNIT_FACTS_2025 } from '@papi/core';

export interface Settings {
  readonly locale: Locale;
  readonly unitId?: string;
  /** The Authors section (import and check guides), for the IT officer: off unless turned on in the options. */
  readonly authors?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'vi' };
export const SETTINGS_KEY = 'settings';

/**
 * The units a clerk can belong to: the communes and wards since 1/7/2025 (from core's list of today's units, so the
 * background does not carry the 2023 registry).
 */
export const CLERK_UNITS = UNIT_FACTS_2025.filter((u) => u.kind === 'ward' || u.kind === 'commune');
const clerkUnit = (id: string) => CLERK_UNITS.find((u) => u.id === id);

export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const locale = isLocale(r.locale) ? r.locale : 'vi';
  const unitId = typeof r.unitId === 'string' && clerkUnit(r.unitId) ? r.unitId : undefined;
  return { locale, ...(unitId ? { unitId } : {}), ...(r.authors === true ? { authors: true } : {}) };
}

/** The unit's name as the portal's option lists write it ("Phường Vĩnh Phước"). */
export function unitPortalName(unitId: string | undefined): string | undefined {
  return unitId ? clerkUnit(unitId)?.name.vi : undefined;
}

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(area: SettingsArea, s: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: s });
}
