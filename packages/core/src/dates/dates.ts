/** Calendar dates as ISO strings (YYYY-MM-DD), computed without time zones so a day is always a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function dayNumber(iso: string): number {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The town's time zone: "today" for a posting or a deadline is today in Vĩnh Châu. */
export const TOWN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** What a time zone's dates are worked out with: ICU formatters, and the zone's offset per quarter hour. */
interface Zone {
  readonly day: Intl.DateTimeFormat;
  readonly clock: Intl.DateTimeFormat;
  /** Per quarter hour: the offset, the same at its first and last second, or null when it changes within. */
  readonly offsets: Map<number, number | null>;
}
// Building a DateTimeFormat costs tens of µs and ICU memory the garbage collector does not see: one set per zone.
const zones = new Map<string, Zone>();
function zoneOf(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = {
      // en-CA formats as YYYY-MM-DD.
      day: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      clock: new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
      offsets: new Map(),
    };
    zones.set(timeZone, zone);
  }
  return zone;
}

const QUARTER_HOUR = 900_000;
/** The span in which dates are worked out from a cached offset: 2000 to 2100, where years have four digits. */
const FAST_FROM = /* @__PURE__ */ Date.UTC(2000, 0, 1);
const FAST_TO = /* @__PURE__ */ Date.UTC(2100, 0, 1);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** How far the zone's clock is ahead of UTC at an instant (whole seconds, in ms). */
function offsetAt(zone: Zone, ms: number): number {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of zone.clock.formatToParts(ms)) p[type] = Number(value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - (ms - (ms % 1000));
}

/**
 * The date in the given time zone (Vietnam by default) at an instant, as YYYY-MM-DD. Formatting with ICU costs a few
 * microseconds, and a collector asks for every request: the offset changes a few times a year at most, so it is
 * looked up once per quarter hour and the date worked out from it. A quarter hour in which the offset changes is
 * left to ICU, as are instants outside 2000–2100.
 */
export function todayIso(now: Date = new Date(), timeZone: string = TOWN_TIME_ZONE): string {
  const zone = zoneOf(timeZone);
  const ms = now.getTime();
  if (!(ms >= FAST_FROM && ms < FAST_TO)) return zone.day.format(now);
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = zone.offsets.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    const first = offsetAt(zone, start);
    offset = first === offsetAt(zone, start + QUARTER_HOUR - 1000) ? first : null;
    if (zone.offsets.size >= 4096) zone.offsets.clear();
    zone.offsets.set(quarter, offset);
  }
  if (offset === null) return zone.day.format(now);
  const local = new Date(ms + offset);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time with a zone ("2026-11-27T08:30:00+07:00", "…Z"). */
export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ISO_DATE_TIME.test(value) &&
    isIsoDate(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  );
}
