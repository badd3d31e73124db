import { CliError } from './io.js';

/**
 * Reads `--at`: a date (2026-11-20) or a date and time. A time without an offset is UK time
 * (Europe/London, with summer time), because that is what a councillor means by "at 11pm".
 * Returns what the engine accepts: the date as given, or a date-time with seconds and offset.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });

const USAGE = 'use a date such as 2026-11-20, or a date and UK time such as 2026-11-20T21:30 (or with an offset: 2026-11-20T21:30:00Z)';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function londonOffsetMinutes(instant: number): number {
  const name = londonOffset.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** The UK offset in force at a wall-clock time in London. */
export function ukOffsetAt(year: number, month: number, day: number, hour: number, minute: number): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = londonOffsetMinutes(wall);
  return formatOffset(londonOffsetMinutes(wall - guess * 60_000));
}

export function parseAt(value: string): string {
  const trimmed = value.trim();
  const date = DATE.exec(trimmed);
  if (date) {
    if (!isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))) throw new CliError(`--at "${value}" is not a real date: ${USAGE}.`);
    return trimmed;
  }
  const parts = DATE_TIME.exec(trimmed);
  if (!parts) throw new CliError(`--at "${value}" is not a date or time I can read: ${USAGE}.`);
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (!isRealDate(year, month, day)) throw new CliError(`--at "${value}" is not a real date: ${USAGE}.`);
  if (hour > 23 || minute > 59 || second > 59) throw new CliError(`--at "${value}" is not a real time: ${USAGE}.`);
  const rawOffset = parts[7];
  let offset: string;
  if (!rawOffset) offset = ukOffsetAt(year, month, day, hour, minute);
  else if (rawOffset.toUpperCase() === 'Z') offset = 'Z';
  else {
    const digits = rawOffset.replace(':', '');
    if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3, 5)) > 59) throw new CliError(`--at "${value}" has an offset I cannot read: ${USAGE}.`);
    offset = `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
  }
  return `${parts[1]}-${parts[2]}-${parts[3]}T${parts[4]}:${parts[5]}:${pad(second)}${offset}`;
}
