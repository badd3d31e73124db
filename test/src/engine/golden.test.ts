import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { positionOf } from '../../../src/cli/format.js';
import { runChecks } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

/**
 * Whole-engine output on a few drafts, Vale-style: one line per finding, `line:column category
 * severity messageId “excerpt”`. A change in what the engine reports shows up here as a diff.
 */
function formatFindings(name: string, options = makeOptions()): string[] {
  const text = readFileSync(new URL(`../../fixtures/drafts/golden/${name}`, import.meta.url), 'utf8');
  return runChecks(text, options, exampleCompiledPack()).map((finding) => {
    const { line, column } = positionOf(text, finding.start);
    return `${line}:${column} ${finding.category} ${finding.severity} ${finding.messageId} “${finding.excerpt}”`;
  });
}

describe('engine output on whole drafts', () => {
  test('a post about a pending application, a Part 2 session and a resident', () => {
    expect(formatFindings('planning-row.txt', makeOptions({ profile: { committees: ['Planning Committee'], contacts: [] } }))).toMatchInlineSnapshot(`
      [
        "1:18 predetermination block closedMindMember “I'll be voting AGAINST”",
        "1:70 predetermination block closedMindMember “end of story”",
        "1:82 haste advise exclamations “!!!”",
        "3:8 confidential block privateMeeting “Part 2 session”",
        "3:85 personal-data block privatePhone “07700 900461”",
      ]
    `);
  });

  test('a campaign post in the pre-election period, late at night', () => {
    expect(formatFindings('election-night.txt', makeOptions({ capacity: 'campaign', at: '2027-04-20T23:40:00+01:00' }))).toMatchInlineSnapshot(`
      [
        "1:1 haste advise lateNight “”",
        "1:1 election-period block electionMaterial “Vote Green”",
        "2:1 safety warn awayFromHome “Off to Spain for a fortnight from tomorrow”",
        "2:52 safety warn emptyHome “house will be empty”",
      ]
    `);
  });

  test('an ordinary week of ward news', () => {
    expect(formatFindings('ordinary-week.txt')).toMatchInlineSnapshot(`[]`);
  });
});
