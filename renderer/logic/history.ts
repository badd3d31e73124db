import type { DraftStatus, HistoryQuery } from '../../src/bridge/contract.js';
import type { PlatformId } from '../../src/engine/finding.js';
import type { z } from 'zod';

export interface HistoryFilters {
  readonly text: string;
  readonly status: DraftStatus | '';
  readonly platform: PlatformId | '';
  /** Dates as the date inputs give them ("2026-11-23"), or empty. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: HistoryFilters = { text: '', status: '', platform: '', from: '', to: '' };

export const PAGE_SIZE = 50;

/** The History query for the filters, leaving out what is not set. */
export function historyQuery(filters: HistoryFilters, limit = PAGE_SIZE): z.input<typeof HistoryQuery> {
  const text = filters.text.trim().slice(0, 200);
  return {
    ...(text ? { text } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.platform ? { platform: filters.platform } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    offset: 0,
    limit,
  };
}

/** Whether the dates make sense together: "from" must not be after "to". */
export function hasDateProblem(filters: HistoryFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}

export function hasFilters(filters: HistoryFilters): boolean {
  return filters.text.trim() !== '' || filters.status !== '' || filters.platform !== '' || filters.from !== '' || filters.to !== '';
}
