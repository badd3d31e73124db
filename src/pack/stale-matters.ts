/**
 * Pending matters whose decision date has passed long enough ago that they are probably
 * decided: "3 applications were decided more than 14 days ago — remove them?". Works on a pack
 * being edited too, where some items may not be valid yet (they are left alone).
 */

/** How long after its decision date a matter is offered for removal, unless told otherwise. */
export const STALE_AFTER_DAYS = 14;

export interface Dated {
  readonly decisionDate?: string | undefined;
}

export interface StaleMatter<T extends Dated> {
  /** Where it is in the list. */
  readonly index: number;
  readonly matter: T;
  readonly decisionDate: string;
  /** Whole days from the decision date to `today`. */
  readonly daysAgo: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number | null {
  if (!ISO_DATE.test(date)) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? null : Math.round(time / 86_400_000);
}

function isDated(value: unknown): value is Dated & { decisionDate: string } {
  return typeof value === 'object' && value !== null && typeof (value as Dated).decisionDate === 'string';
}

/** Matters decided more than `days` days before `today` (YYYY-MM-DD), oldest first. */
export function staleMatters<T>(matters: readonly T[], today: string, days = STALE_AFTER_DAYS): Array<StaleMatter<T & Dated>> {
  const now = dayNumber(today);
  if (now === null) throw new RangeError(`"${today}" is not a real date written as YYYY-MM-DD.`);
  const out: Array<StaleMatter<T & Dated>> = [];
  matters.forEach((matter, index) => {
    if (!isDated(matter)) return;
    const decided = dayNumber(matter.decisionDate);
    if (decided === null || now - decided <= days) return;
    out.push({ index, matter: matter as T & Dated, decisionDate: matter.decisionDate, daysAgo: now - decided });
  });
  return out.sort((a, b) => b.daysAgo - a.daysAgo || a.index - b.index);
}

/** The list without the matters `staleMatters` finds, in their order. */
export function withoutStaleMatters<T>(matters: readonly T[], today: string, days = STALE_AFTER_DAYS): T[] {
  const stale = new Set(staleMatters(matters, today, days).map((found) => found.index));
  return matters.filter((_, index) => !stale.has(index));
}
