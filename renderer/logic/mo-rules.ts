import type { MoProblem } from '../../src/bridge/contract.js';
import { suggestNoticeDate } from '../../src/pack/election-dates.js';
import { MO_TEXT } from '../text/mo.js';
import { isObject, listAt, text, type Json, type JsonObject } from './mo-pack.js';

/** What the window checks itself, besides main's validation: the things the pack's schema leaves to people. */

/** Problems the window adds to main's: a rule switched off must say why. */
export function localProblems(pack: JsonObject): MoProblem[] {
  const problems: MoProblem[] = [];
  const rules = pack['rules'];
  if (isObject(rules)) {
    for (const [id, setting] of Object.entries(rules)) {
      if (isObject(setting) && setting['enabled'] === false && text(setting['reason']).trim() === '') problems.push({ path: `rules.${id}.reason`, message: MO_TEXT.rules.reasonRequired });
    }
  }
  return problems;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * The order rows are shown in, as places in the list (the list itself keeps its order, so
 * problems still point at the right item). Empty values go last either way.
 */
export function sortedIndexes(items: readonly Json[], sortKey: ((item: Json) => string) | null, direction: SortDirection): number[] {
  const indexes = items.map((_, index) => index);
  if (!sortKey) return indexes;
  const keys = items.map((item) => sortKey(item).toLocaleLowerCase('en-GB'));
  const sign = direction === 'ascending' ? 1 : -1;
  return indexes.sort((a, b) => {
    const left = keys[a] ?? '';
    const right = keys[b] ?? '';
    if (left === '' || right === '') return left === right ? a - b : left === '' ? 1 : -1;
    return sign * left.localeCompare(right, 'en-GB', { numeric: true }) || a - b;
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The suggested notice-of-election date for a polling day, or null when polling day is not a real date. */
export function noticeSuggestion(pollingDay: string): string | null {
  if (!ISO_DATE.test(pollingDay)) return null;
  try {
    return suggestNoticeDate(pollingDay);
  } catch {
    return null;
  }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2027-03-26" → "Friday 26 March 2027" (read in UTC so no time zone moves it). */
export function longDate(date: string): string {
  const words = shortDate(date);
  const at = new Date(`${date}T00:00:00Z`);
  return words === date || Number.isNaN(at.getTime()) ? date : `${WEEKDAYS[at.getUTCDay()] ?? ''} ${words}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-03-26" → "26 March 2027"; anything that is not a real date comes back as it is. */
export function shortDate(date: string): string {
  if (!ISO_DATE.test(date)) return date;
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== date) return date;
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()] ?? ''} ${at.getUTCFullYear()}`;
}

/** What a pack holds, in words, for a first publication that has nothing to be compared with. */
export function packContents(pack: JsonObject): string[] {
  const counted: Array<[string, (n: number) => string]> = [
    ['pendingMatters', MO_TEXT.contents.pending],
    ['confidentialMatters', MO_TEXT.contents.confidential],
    ['elections', MO_TEXT.contents.elections],
    ['publicContacts', MO_TEXT.contents.contacts],
    ['councilAccounts', MO_TEXT.contents.accounts],
    ['logos', MO_TEXT.contents.logos],
    ['customRules', MO_TEXT.contents.custom],
    ['checklist', MO_TEXT.contents.checklist],
    ['examples', MO_TEXT.contents.examples],
  ];
  const lines = counted.flatMap(([key, words]) => {
    const count = listAt(pack, key).length;
    return count > 0 ? [words(count)] : [];
  });
  const rules = isObject(pack['rules']) ? Object.keys(pack['rules']).length : 0;
  if (rules > 0) lines.push(MO_TEXT.contents.rules(rules));
  return lines;
}

/** A line of main's diff as a sentence: "added election …" → "Added election …". */
export function sentence(line: string): string {
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** A new id for a checklist item that is not taken yet. */
export function newChecklistId(pack: JsonObject): string {
  const taken = new Set(listAt(pack, 'checklist').map((item) => (isObject(item) ? text(item['id']) : '')));
  let number = taken.size + 1;
  while (taken.has(`council-item-${number}`)) number++;
  return `council-item-${number}`;
}
