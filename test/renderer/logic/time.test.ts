import { describe, expect, test } from 'vitest';
import { localPartsOf, postAtFrom, savedAgo } from '../../../renderer/logic/time.js';

const at = Date.parse('2026-11-20T10:00:00Z');
const clockTime = (value: number): string => new Date(value).toISOString().slice(11, 16);

test('"saved … ago" reads naturally as time passes', () => {
  expect([0, 2_000, 12_000, 59_000, 60_000, 3_599_000, 3_600_000].map((elapsed) => savedAgo(at, at + elapsed, clockTime))).toEqual([
    'Saved just now',
    'Saved just now',
    'Saved 12 s ago',
    'Saved 59 s ago',
    'Saved 1 min ago',
    'Saved 59 min ago',
    'Saved at 10:00',
  ]);
});

describe('the posting time', () => {
  test('a local date and time become an instant with the offset in force then', () => {
    expect([postAtFrom('2026-11-23', '08:30', 0), postAtFrom('2027-04-20', '21:30', 60), postAtFrom('2027-04-20', '21:30', -330), postAtFrom('2027-04-20', '', 60)]).toEqual([
      '2026-11-23T08:30:00Z',
      '2027-04-20T21:30:00+01:00',
      '2027-04-20T21:30:00-05:30',
      null,
    ]);
  });

  test('an instant shows as the local date and time again', () => {
    expect([localPartsOf('2027-04-20T20:30:00Z', 60), localPartsOf('2026-12-31T23:30:00Z', 60), localPartsOf('not a time', 0)]).toEqual([
      { date: '2027-04-20', time: '21:30' },
      { date: '2027-01-01', time: '00:30' },
      null,
    ]);
  });
});
