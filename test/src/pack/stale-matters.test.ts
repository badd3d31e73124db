import { describe, expect, test } from 'vitest';
import { staleMatters, withoutStaleMatters } from '../../../src/pack/stale-matters.js';

const MATTERS = [
  { ref: 'A', title: 'Decided long ago', decisionDate: '2026-10-01' },
  { ref: 'B', title: 'Decided exactly 14 days ago', decisionDate: '2026-11-06' },
  { ref: 'C', title: 'Decided 15 days ago', decisionDate: '2026-11-05' },
  { ref: 'D', title: 'Not yet decided', decisionDate: '2026-12-03' },
  { ref: 'E', title: 'No date' },
  { ref: 'F', title: 'Half-typed date', decisionDate: '2026-11' },
  null,
];

describe('stale matters', () => {
  test('lists the matters decided more than 14 days before today, oldest first', () => {
    expect(staleMatters(MATTERS, '2026-11-20').map(({ index, decisionDate, daysAgo }) => ({ index, decisionDate, daysAgo }))).toEqual([
      { index: 0, decisionDate: '2026-10-01', daysAgo: 50 },
      { index: 2, decisionDate: '2026-11-05', daysAgo: 15 },
    ]);
  });

  test('takes another number of days', () => {
    expect(staleMatters(MATTERS, '2026-11-20', 0).map((found) => found.index)).toEqual([0, 2, 1]);
  });

  test('removes them and keeps everything else, including items not valid yet, in order', () => {
    expect(withoutStaleMatters(MATTERS, '2026-11-20').map((matter) => matter?.ref ?? null)).toEqual(['B', 'D', 'E', 'F', null]);
  });

  test('refuses a today that is not a date', () => {
    expect(() => staleMatters(MATTERS, '20/11/2026')).toThrow(RangeError);
  });
});
