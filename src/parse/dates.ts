/**
 * Publication dates as archives write them, turned into an instant in Beijing time.
 * Beijing time is a fixed +08:00: China has observed no daylight saving time since 1991, and the archives are later.
 */

const BEIJING_OFFSET_MINUTES = 8 * 60;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Thu, 11 Nov 2021 06:57:52 GMT
const RFC_2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{2}:?\d{2})?$/;

// 2021-08-10T04:47:59.333Z, 2023-03-11 19:12:38, 2018-01-15 18:49 +0800, 2018-02-24 +0800, 2019/04/17, 2019年4月17日
const ISO_LIKE =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// <!--1628592840000--> as some archives store the publication time beside the body
const EPOCH_COMMENT = /<!--\s*(\d{12,13})\s*-->/;

/** Offset in minutes east of UTC; a missing zone means Beijing time. */
function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return BEIJING_OFFSET_MINUTES;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'GMT' || upper === 'UTC' || upper === 'UT') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return BEIJING_OFFSET_MINUTES;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zone: string | undefined;
}

/** Milliseconds since the epoch, or null when the parts name no real calendar time. */
function toEpoch(parts: DateParts): number | null {
  const { year, month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return local - offsetMinutes(parts.zone) * 60_000;
}

function partsOf(text: string): DateParts | null {
  const rfc = RFC_2822.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (month === undefined) return null;
    return {
      year: Number(rfc[3]),
      month,
      day: Number(rfc[1]),
      hour: Number(rfc[4]),
      minute: Number(rfc[5]),
      second: Number(rfc[6] ?? 0),
      zone: rfc[7],
    };
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    return {
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: Number(iso[4] ?? 0),
      minute: Number(iso[5] ?? 0),
      second: Number(iso[6] ?? 0),
      zone: iso[7],
    };
  }
  return null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Formats an instant as ISO 8601 in Beijing time: `2021-11-11T14:57:52+08:00`. */
export function formatBeijing(epochMs: number): string {
  const local = new Date(epochMs + BEIJING_OFFSET_MINUTES * 60_000);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+08:00`
  );
}

/**
 * Parses a publication date (RFC 2822, ISO 8601 with or without offset, naive dates meaning Beijing time)
 * into ISO 8601 in +08:00; null when the text is no date huiyi can read.
 */
export function parsePublished(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatBeijing(value.getTime());
  if (typeof value === 'number' && Number.isFinite(value)) return parseEpoch(value);
  if (typeof value !== 'string') return null;
  const parts = partsOf(value.trim().replace(/\s+/g, ' '));
  if (!parts) return null;
  const epoch = toEpoch(parts);
  return epoch === null ? null : formatBeijing(epoch);
}

/** Seconds or milliseconds since the epoch (told apart by size) as ISO 8601 in +08:00. */
function parseEpoch(value: number): string | null {
  const ms = value < 1e11 ? value * 1000 : value;
  return formatBeijing(ms);
}

/** The epoch-milliseconds comment (`<!--1628592840000-->`) some archives keep, as ISO 8601 in +08:00. */
export function epochCommentDate(content: string): string | null {
  const match = EPOCH_COMMENT.exec(content);
  return match ? parseEpoch(Number(match[1])) : null;
}
