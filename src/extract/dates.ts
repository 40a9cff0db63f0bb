import type { TimeOfDay } from '../types.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals.js';
import { extractLexicon } from './lexicon.js';
import { allMatches } from '../text/regexp.js';

/** A date expression found in a sentence and what it resolves to. */
export interface DateReading {
  /** `YYYY-MM-DD` in Beijing time, or null when the text dates the event only vaguely (近日, 日前). */
  date: string | null;
  time_of_day: TimeOfDay | null;
  /** Where the expression sits in the searched text. */
  start: number;
  end: number;
  /** The last day of a range of days (7月1日至3日 → its 3rd); absent when the expression names one day. */
  through?: string;
}

const N = `[0-9０-９${CHINESE_NUMERAL_CHARS}]`;
/** What ends a day of the month (11日, 11号): every absolute date holds one, which `readDates` checks for first. */
const DAY_ENDINGS = ['日', '号'];
const DAY_ENDING = `[${DAY_ENDINGS.join('')}]`;
/** Days later than publication by more than this are taken to be from the year before (a 12月30日 in a January article). */
const MAX_DAYS_AHEAD = 31;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function ymdOf(published: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function format({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(ymd: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Day `weekday` (1 = Monday … 7 = Sunday) of the week `weeks` after publication's (weeks start on Monday); with no
 * week given, the latest such day on or before publication, or with `ahead` the next one after it.
 */
function weekdayDate(pub: Ymd, weekday: number, weeks: number | null, ahead: boolean): Ymd {
  const pubWeekday = ((new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay() + 6) % 7) + 1;
  if (weeks !== null) return addDays(pub, weeks * 7 + weekday - pubWeekday);
  return ahead ? addDays(pub, ((weekday - pubWeekday + 6) % 7) + 1) : addDays(pub, -((pubWeekday - weekday + 7) % 7));
}

/** The first day of the month `months` after (or before) the month of `ymd`. */
function addMonths(ymd: Ymd, months: number): Ymd {
  const index = ymd.year * 12 + (ymd.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

function dayNumber(ymd: Ymd): number {
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / 86_400_000;
}

let compiled: {
  pattern: RegExp;
  /** Something every date expression holds: a text without it is not searched with `pattern`. */
  anchor: RegExp;
  relative: Map<string, number>;
  relativeMonths: Map<string, number>;
  monthWords: Map<string, number>;
  weekdays: Map<string, number>;
  relativeWeeks: Map<string, number>;
  futureBefore: RegExp;
  vague: Set<string>;
  times: Map<string, TimeOfDay>;
} | null = null;

function patterns() {
  if (compiled) return compiled;
  const lex = extractLexicon();
  const relative = new Map(Object.entries(lex.dates.relative));
  const relativeMonths = new Map(Object.entries(lex.dates.relative_months));
  const monthWords = new Map(Object.entries(lex.dates.month_words));
  const weekdays = new Map(Object.entries(lex.dates.weekdays));
  const relativeWeeks = new Map(Object.entries(lex.dates.relative_weeks));
  const vague = new Set(lex.dates.vague);
  const times = new Map(Object.entries(lex.dates.time_of_day) as [string, TimeOfDay][]);
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
  // 26日—28日, 22日至24日, 1月11-17日: a range is read as its first day, when the meeting opened.
  const to = '[—–~～至到-]';
  // 連續兩日: 两 alone before 日 counts days; the second of a month is 二日 or 2日. 一連三日, 未來三日, 头三日: so do
  // days after a word of duration. 元月 is January; archives of typed-out text space their numbers (5 月 24 日).
  const absolute = `(?:(${N}{4}) ?年 ?)?(?:(${N}{1,3}) ?月 ?|(${alt(monthWords.keys())})|(${alt(relativeMonths.keys())}))?(?!两${DAY_ENDING})(?<![连续来去近头首这那前后])(${N}{1,3})(?:${to}(${N}{1,3}))? ?${DAY_ENDING}(?![内前起])`;
  const rangeEnd = `(?:${to}(?:(${N}{1,3})月)?(${N}{1,3})${DAY_ENDING})?`;
  const weekday = `(${alt(relativeWeeks.keys())})?(?:${alt(lex.dates.weekday_words)})(${alt(weekdays.keys())})`;
  const pattern = new RegExp(
    `(?:${absolute}${rangeEnd}|${weekday}|(${alt(relative.keys())})|(${alt(vague)}))(${alt(times.keys())})?`,
    'gu',
  );
  const futureBefore = new RegExp(`(?:${alt(lex.dates.future_before)})$`, 'u');
  // `pattern` costs about 100 ns per character (its classes of numerals are tested at every position); most
  // sentences it is asked about name no day, weekday, relative or vague date at all.
  const anchor = new RegExp(alt([...DAY_ENDINGS, ...lex.dates.weekday_words, ...relative.keys(), ...vague]), 'u');
  compiled = { pattern, anchor, relative, relativeMonths, monthWords, weekdays, relativeWeeks, futureBefore, vague, times };
  return compiled;
}

/**
 * The first date expression in `text` (11月11日上午, 8日, 昨天, 昨日下午, 当天, 今早, 近日), resolved against the
 * publication instant: a month-day without year takes the publication year unless that would put it more than a month
 * after publication (then the year before); a bare day takes the publication month unless it is later than the
 * publication day (then the month before). Returns null when `text` holds no date expression.
 */
export function readDate(text: string, published: string | null): DateReading | null {
  for (const reading of readDates(text, published)) return reading;
  return null;
}

/** Every date expression in `text`, in order, resolved as `readDate` does. */
export function* readDates(text: string, published: string | null): Generator<DateReading> {
  const { pattern, anchor, relative, relativeMonths, monthWords, weekdays, relativeWeeks, futureBefore, vague, times } = patterns();
  if (!anchor.test(text)) return;
  const pub = published ? ymdOf(published) : null;
  for (const m of allMatches(pattern, text)) {
    const [whole, y, mo, monthWord, relMonth, d, dayTo, monthTo, rangeDayTo, week, weekdayWord, rel, vagueWord, timeWord] = m;
    const time_of_day: TimeOfDay | null =
      (timeWord ? times.get(timeWord) : undefined) ?? (rel ? times.get(rel) : undefined) ?? null;
    const at = { start: m.index, end: m.index + whole.length };
    if (vagueWord && vague.has(vagueWord)) {
      yield { date: null, time_of_day, ...at };
      continue;
    }
    if (weekdayWord !== undefined) {
      const day = weekdays.get(weekdayWord)!;
      const weeks = week === undefined ? null : (relativeWeeks.get(week) ?? 0);
      const ahead = weeks === null && futureBefore.test(text.slice(Math.max(0, m.index - 6), m.index));
      yield { date: pub ? format(weekdayDate(pub, day, weeks, ahead)) : null, time_of_day, ...at };
      continue;
    }
    if (rel !== undefined) {
      const offset = relative.get(rel) ?? 0;
      yield { date: pub ? format(addDays(pub, offset)) : null, time_of_day, ...at };
      continue;
    }
    const day = d === undefined ? null : parseChineseNumeral(d);
    if (day === null || day < 1 || day > 31) continue;
    const month = mo !== undefined ? parseChineseNumeral(mo) : monthWord !== undefined ? (monthWords.get(monthWord) ?? null) : null;
    if (month !== null && (month < 1 || month > 12)) continue;
    const year = y === undefined ? null : parseChineseNumeral(y);
    let first: Ymd | null;
    if (year !== null && month !== null) first = { year, month, day };
    else if (!pub) first = null;
    else if (relMonth !== undefined) first = { ...addMonths(pub, relativeMonths.get(relMonth) ?? 0), day };
    else if (month !== null) {
      first = { year: pub.year, month, day };
      if (dayNumber(first) - dayNumber(pub) > MAX_DAYS_AHEAD) first = { ...first, year: pub.year - 1 };
    } else first = { ...addMonths(pub, day > pub.day ? -1 : 0), day };
    const date = first && format(first);
    const lastDay = parseChineseNumeral(dayTo ?? rangeDayTo ?? '');
    const lastMonth = monthTo !== undefined ? parseChineseNumeral(monthTo) : first?.month;
    const through = first && lastDay && lastMonth ? format({ year: first.year, month: lastMonth, day: lastDay }) : null;
    yield { date, time_of_day, ...at, ...(through && date && through > date ? { through } : {}) };
  }
}

/** The publication day (`YYYY-MM-DD`, Beijing time) of an ISO instant in +08:00. */
export function publicationDay(published: string | null): string | null {
  const ymd = published ? ymdOf(published) : null;
  return ymd ? format(ymd) : null;
}
