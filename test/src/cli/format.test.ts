import { describe, expect, test } from 'vitest';
import { positionOf, summaryLine } from '../../../src/cli/format.js';
import type { Finding, Severity } from '../../../src/engine/finding.js';

function findings(...severities: Severity[]): Finding[] {
  return severities.map((severity, index) => ({
    ruleId: 'abuse', category: 'abuse', severity, messageId: 'x', message: 'X.', clause: 'C', start: index, end: index + 1, excerpt: 'x',
  }));
}

describe('positions and summaries', () => {
  test('counts lines from 1 and columns in characters as a person sees them', () => {
    const text = 'Line one 🎉 ok\nSecond 👍 line';
    expect([positionOf(text, 0), positionOf(text, text.indexOf('ok')), positionOf(text, text.indexOf('line'))]).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 12 },
      { line: 2, column: 10 },
    ]);
  });

  test.each([
    [[], 'Nothing to fix. Read it once more before you post.'],
    [['advise'], 'Nothing to fix (1 tip above). Read it once more before you post.'],
    [['warn'], 'Nothing to fix, 1 thing to check.'],
    [['warn', 'warn', 'advise', 'advise'], 'Nothing to fix, 2 things to check, 2 tips.'],
    [['block'], '1 thing to fix before posting.'],
    [['block', 'block', 'warn'], '2 things to fix before posting, 1 to check.'],
  ] as Array<[Severity[], string]>)('%j → %s', (severities, expected) => {
    expect(summaryLine(findings(...severities))).toBe(expected);
  });
});
