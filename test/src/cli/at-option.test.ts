import { describe, expect, test } from 'vitest';
import { parseAt } from '../../../src/cli/at-option.js';
import { CliError } from '../../../src/cli/io.js';

describe('--at', () => {
  test.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20T21:30', '2026-11-20T21:30:00+00:00'],
    ['2027-04-20T23:30', '2027-04-20T23:30:00+01:00'],
    ['2027-04-20 23:30:15', '2027-04-20T23:30:15+01:00'],
    ['2026-11-20T21:30:00Z', '2026-11-20T21:30:00Z'],
    ['2026-11-20t21:30z', '2026-11-20T21:30:00Z'],
    ['2026-11-20T21:30:00.250+0530', '2026-11-20T21:30:00+05:30'],
    ['2027-03-28T00:30', '2027-03-28T00:30:00+00:00'],
    ['2027-03-28T03:00', '2027-03-28T03:00:00+01:00'],
  ])('reads %s as %s (a time without an offset is UK time)', (input, expected) => {
    expect(parseAt(input)).toBe(expected);
  });

  test.each(['20/11/2026', 'tomorrow', '2026-11-31', '2026-11-20T24:00', '2026-11-20T21:60', '2026-11-20T21:30+25:00', ''])('refuses %j', (input) => {
    expect(() => parseAt(input)).toThrow(CliError);
  });
});
