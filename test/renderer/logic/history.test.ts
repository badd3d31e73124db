import { expect, test } from 'vitest';
import { hasDateProblem, hasFilters, historyQuery, NO_FILTERS } from '../../../renderer/logic/history.js';

test('the history query leaves out what is not set', () => {
  expect([historyQuery(NO_FILTERS), historyQuery({ text: '  Mill Road ', status: 'copied', platform: 'x', from: '2026-11-01', to: '2026-11-30' }, 20)]).toEqual([
    { offset: 0, limit: 50 },
    { text: 'Mill Road', status: 'copied', platform: 'x', from: '2026-11-01', to: '2026-11-30', offset: 0, limit: 20 },
  ]);
});

test('dates the wrong way round are a problem, and any filter counts as filtering', () => {
  expect([
    hasDateProblem({ ...NO_FILTERS, from: '2026-11-21', to: '2026-11-20' }),
    hasDateProblem({ ...NO_FILTERS, from: '2026-11-20', to: '2026-11-20' }),
    hasDateProblem({ ...NO_FILTERS, from: '2026-11-21' }),
    hasFilters(NO_FILTERS),
    hasFilters({ ...NO_FILTERS, text: '   ' }),
    hasFilters({ ...NO_FILTERS, platform: 'bluesky' }),
  ]).toEqual([true, false, false, false, false, true]);
});
