/**
 * Election timetable dates for England: bank holidays, working days, and the latest day the
 * notice of election may be published (when the pre-election period starts).
 *
 * The notice of election is published "not later than the twenty-fifth day before the day of
 * election" (Local Elections (Principal Areas) (England and Wales) Rules 2006, Schedule 2 rule 1;
 * the Electoral Commission's timetable counts it as 25 working days before the poll, for example
 * Tuesday 26 March 2024 for polling day Thursday 2 May 2024). In computing the timetable "a
 * Saturday or Sunday, Christmas Eve, Christmas Day, Good Friday, a bank holiday, or a day
 * appointed for public thanksgiving or mourning" is disregarded (Schedule 2 rule 2).
 *
 * Bank holidays in England and Wales follow the Banking and Financial Dealings Act 1971 and the
 * yearly royal proclamations: computed from their rules below, with the one-off days and moved
 * days listed in data (source: GOV.UK, https://www.gov.uk/bank-holidays, and the proclamations
 * in The Gazette). A day of mourning or thanksgiving that is not a bank holiday is not known in
 * advance: the Monitoring Officer corrects the suggestion when one is appointed.
 *
 * Dates are "YYYY-MM-DD" strings, counted in UTC days so no time zone can shift them.
 */

/** The working days counted back from polling day to the notice of election. */
export const NOTICE_WORKING_DAYS = 25;

/** Bank holidays declared for one year only (GOV.UK, England and Wales). */
const EXTRA_HOLIDAYS: readonly string[] = [
  '1999-12-31', // Millennium celebrations
  '2002-06-03', // Golden Jubilee (spring bank holiday moved to 4 June)
  '2011-04-29', // Royal wedding
  '2012-06-05', // Diamond Jubilee (spring bank holiday moved to 4 June)
  '2022-06-03', // Platinum Jubilee (spring bank holiday moved to 2 June)
  '2022-09-19', // State funeral of Queen Elizabeth II
  '2023-05-08', // Coronation of King Charles III
];

/** Bank holidays moved by proclamation: the rule's day → the day actually taken. */
const MOVED_HOLIDAYS: Readonly<Record<string, string>> = {
  '1995-05-01': '1995-05-08', // Early May bank holiday moved for the 50th anniversary of VE Day
  '2002-05-27': '2002-06-04', // Spring bank holiday moved for the Golden Jubilee
  '2012-05-28': '2012-06-04', // Spring bank holiday moved for the Diamond Jubilee
  '2020-05-04': '2020-05-08', // Early May bank holiday moved for the 75th anniversary of VE Day
  '2022-05-30': '2022-06-02', // Spring bank holiday moved for the Platinum Jubilee
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real "YYYY-MM-DD" date; throws RangeError otherwise. */
function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [Number.NaN, Number.NaN, Number.NaN];
  const time = Date.UTC(year, month - 1, day);
  if (!match || Number.isNaN(time) || new Date(time).getUTCDate() !== day || new Date(time).getUTCMonth() !== month - 1) {
    throw new RangeError(`"${date}" is not a real date written as YYYY-MM-DD.`);
  }
  return Math.round(time / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function utcDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(utcDay(year, month, day));
}

/** The first Monday of a month, or with `last` the last one. */
function monday(year: number, month: number, last: boolean): number {
  if (!last) {
    const first = utcDay(year, month, 1);
    return first + ((8 - weekday(first)) % 7);
  }
  const end = utcDay(year, month + 1, 0);
  return end - ((weekday(end) + 6) % 7);
}

/** A holiday falling on a weekend is taken on the next weekday not already a holiday. */
function substitute(day: number, taken: ReadonlySet<number>): number {
  let out = day;
  while (weekday(out) === 0 || weekday(out) === 6 || taken.has(out)) out++;
  return out;
}

const cache = new Map<number, ReadonlySet<number>>();

/** The bank holidays of a year in England and Wales, as day numbers. */
function holidaysOf(year: number): ReadonlySet<number> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Set<number>();
  const easter = dayNumber(easterSunday(year));
  days.add(substitute(utcDay(year, 1, 1), days));
  days.add(easter - 2);
  days.add(easter + 1);
  days.add(monday(year, 5, false));
  days.add(monday(year, 5, true));
  days.add(monday(year, 8, true));
  // Christmas first, so Boxing Day's substitute comes after Christmas Day's.
  const christmas = utcDay(year, 12, 25);
  days.add(substitute(christmas, days));
  days.add(substitute(christmas + 1, days));
  for (const [from, to] of Object.entries(MOVED_HOLIDAYS)) {
    if (from.startsWith(`${year}-`)) {
      days.delete(dayNumber(from));
      days.add(dayNumber(to));
    }
  }
  for (const extra of EXTRA_HOLIDAYS) if (extra.startsWith(`${year}-`)) days.add(dayNumber(extra));
  cache.set(year, days);
  return days;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function isHoliday(day: number): boolean {
  return holidaysOf(yearOf(day)).has(day);
}

/** Every bank holiday of a year in England and Wales, in date order. */
export function englishBankHolidays(year: number): string[] {
  return [...holidaysOf(year)].sort((a, b) => a - b).map(dateOf);
}

/** True on a bank holiday in England (and Wales), including Good Friday, Christmas Day and substitute days. */
export function isEnglishBankHoliday(date: string): boolean {
  return isHoliday(dayNumber(date));
}

function isChristmasEve(day: number): boolean {
  return dateOf(day).endsWith('-12-24');
}

/** A day counted in the election timetable: not a weekend, Christmas Eve or bank holiday. */
function isWorkingDayNumber(day: number): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !isChristmasEve(day) && !isHoliday(day);
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/**
 * The working days from `from` (counted when it is one) up to `to` (not counted): the
 * working days "before" `to` that fall on or after `from`. Negative when `from` is after `to`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (start > end) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = start; day < end; day++) if (isWorkingDayNumber(day)) count++;
  return count;
}

/** The working day `count` working days before `date` (`date` itself is not counted). */
export function workingDaysBefore(date: string, count: number): string {
  let day = dayNumber(date);
  for (let left = count; left > 0; ) {
    day--;
    if (isWorkingDayNumber(day)) left--;
  }
  return dateOf(day);
}

/**
 * The latest date the notice of election may be published for a poll on `pollingDay`: the 25th
 * working day before it. The pre-election period runs from then to the end of polling day.
 * Throws RangeError when `pollingDay` is not a real YYYY-MM-DD date.
 */
export function suggestNoticeDate(pollingDay: string): string {
  return workingDaysBefore(pollingDay, NOTICE_WORKING_DAYS);
}
