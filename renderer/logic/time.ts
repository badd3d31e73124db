import { APP_TEXT } from '../text/common.js';

/** "Saved just now", "Saved 12 s ago", "Saved 3 min ago", or the time for older saves. */
export function savedAgo(savedAt: number, now: number, formatTime: (at: number) => string): string {
  const seconds = Math.max(0, Math.floor((now - savedAt) / 1000));
  if (seconds < 3) return APP_TEXT.savedAgo(APP_TEXT.justNow);
  if (seconds < 60) return APP_TEXT.savedAgo(APP_TEXT.secondsAgo(seconds));
  if (seconds < 3600) return APP_TEXT.savedAgo(APP_TEXT.minutesAgo(Math.floor(seconds / 60)));
  return APP_TEXT.savedAgo(APP_TEXT.savedAt(formatTime(savedAt)));
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/**
 * A local date ("2027-04-20") and time ("21:30") as an instant with its UTC offset
 * ("2027-04-20T21:30:00+01:00"), given the offset in minutes east of UTC at that moment.
 * Null when either part is missing or malformed.
 */
export function postAtFrom(date: string, time: string, offsetMinutes: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${date}T${time}:00${offset}`;
}

/** The local date and time of an instant, given the local offset in minutes east of UTC then. */
export function localPartsOf(instant: string, offsetMinutes: number): { date: string; time: string } | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + offsetMinutes * 60_000);
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** A date and time as people in the UK write it: "23 Nov 2026, 20:15" (in this computer's time zone). */
export function formatWhen(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
