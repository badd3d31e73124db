import { describe, expect, test } from 'vitest';
import { findingKey } from '../../../src/bridge/contract.js';
import { createChecker } from '../../../src/engine/checker.js';
import type { Finding, Severity } from '../../../src/engine/finding.js';
import { applyReplacement, countOpen, findingAtCaret, highlightSegments, listOrder, splitClause, stepFinding, type KeyedFinding } from '../../../renderer/logic/findings.js';

function finding(text: string, words: string, severity: Severity, extra: Partial<Finding> = {}): KeyedFinding {
  const start = text.indexOf(words);
  const base: Finding = { ruleId: 'abuse', category: 'abuse', severity, messageId: 'insult', message: 'M.', clause: 'C', start, end: start + words.length, excerpt: words, ...extra };
  return { ...base, key: findingKey(base) };
}

const TEXT = 'What an idiot. Ring 07700 900123!!!';

describe('the findings beside the editor', () => {
  test('are listed most severe first, then in reading order', () => {
    const tip = finding(TEXT, '!!!', 'advise');
    const check = finding(TEXT, 'idiot', 'warn');
    const fix = finding(TEXT, '07700 900123', 'block');
    expect(listOrder([tip, check, fix]).map((item) => item.excerpt)).toEqual(['07700 900123', 'idiot', '!!!']);
  });

  test('are counted by severity, with those marked not a problem counted apart', () => {
    const findings = [finding(TEXT, 'idiot', 'warn'), finding(TEXT, '07700 900123', 'block'), finding(TEXT, '!!!', 'advise')];
    expect(countOpen(findings, new Set([findings[0]?.key ?? '']))).toEqual({ block: 1, warn: 0, advise: 1, settled: 1 });
  });

  test('work with the engine’s own findings', () => {
    const text = 'In the Part 2 session we agreed to sell the car park.';
    const found = createChecker().check(text, { at: '2026-11-20T10:00:00Z' }).map((item) => ({ ...item, key: findingKey(item) }));
    expect(highlightSegments(text.length, found)).toEqual([
      { start: 0, end: text.indexOf('Part 2'), severity: null, keys: [] },
      { start: text.indexOf('Part 2'), end: text.indexOf(' we agreed'), severity: 'block', keys: ['confidential|privateMeeting|Part 2 session'] },
      { start: text.indexOf(' we agreed'), end: text.length, severity: null, keys: [] },
    ]);
  });
});

describe('the highlight layer', () => {
  test('draws overlapping findings in the most severe style and remembers both', () => {
    const text = 'They must be refused now.';
    const wide = finding(text, 'must be refused', 'warn', { ruleId: 'predetermination', category: 'predetermination', messageId: 'closedMind' });
    const narrow = finding(text, 'refused', 'block', { ruleId: 'confidential', category: 'confidential', messageId: 'x' });
    expect(highlightSegments(text.length, [wide, narrow])).toEqual([
      { start: 0, end: 5, severity: null, keys: [] },
      { start: 5, end: 13, severity: 'warn', keys: [wide.key] },
      { start: 13, end: 20, severity: 'block', keys: [wide.key, narrow.key] },
      { start: 20, end: text.length, severity: null, keys: [] },
    ]);
  });

  test('keeps spans inside the text even when the text has just become shorter', () => {
    const stale = finding(TEXT, '07700 900123', 'block');
    expect(highlightSegments(22, [stale])).toEqual([
      { start: 0, end: 20, severity: null, keys: [] },
      { start: 20, end: 22, severity: 'block', keys: [stale.key] },
    ]);
  });

  test('is one plain stretch when there is nothing to show', () => {
    expect(highlightSegments(5, [])).toEqual([{ start: 0, end: 5, severity: null, keys: [] }]);
    expect(highlightSegments(0, [])).toEqual([]);
  });
});

describe('moving between findings', () => {
  test('F8 goes forward and wraps; Shift+F8 goes back and wraps', () => {
    expect([stepFinding(3, null, 1), stepFinding(3, 0, 1), stepFinding(3, 2, 1), stepFinding(3, null, -1), stepFinding(3, 0, -1), stepFinding(0, null, 1)]).toEqual([0, 1, 0, 2, 2, null]);
  });

  test('the caret inside underlined words picks the most severe finding there', () => {
    const ordered = listOrder([finding(TEXT, 'idiot', 'warn'), finding(TEXT, '07700 900123', 'block')]);
    expect([findingAtCaret(ordered, TEXT.indexOf('idiot') + 2), findingAtCaret(ordered, 0)]).toEqual([ordered[1]?.key, null]);
  });
});

describe('applying a suggestion', () => {
  test('replaces exactly the words found and says where the new words are', () => {
    const text = 'The pavements are disgraceful.';
    const found = finding(text, 'disgraceful', 'warn', { replacement: 'not good enough' });
    expect(applyReplacement(text, found)).toEqual({ text: 'The pavements are not good enough.', start: 18, end: 33 });
  });

  test('does nothing when the words have changed since the check', () => {
    const found = finding('The pavements are disgraceful.', 'disgraceful', 'warn', { replacement: 'not good enough' });
    expect(applyReplacement('The paths are disgraceful.', found)).toBeNull();
  });
});

test('a clause splits into where it is and its words', () => {
  expect(splitClause('Members\' Code on social media, Practices to Avoid, bullet 3: “Do not say anything.”')).toEqual({
    where: "Members' Code on social media, Practices to Avoid, bullet 3",
    words: 'Do not say anything.',
  });
  expect(splitClause('Treat others with respect.')).toEqual({ where: 'Treat others with respect.', words: '' });
});
