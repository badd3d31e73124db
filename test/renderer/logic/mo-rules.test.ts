import { describe, expect, test } from 'vitest';
import { localProblems, longDate, newChecklistId, noticeSuggestion, packContents, sentence, shortDate, sortedIndexes } from '../../../renderer/logic/mo-rules.js';

describe('what the window checks and says itself', () => {
  test('asks for the reason when a rule is switched off, and only then', () => {
    expect(
      localProblems({
        rules: { abuse: { enabled: false }, haste: { enabled: false, reason: '  ' }, references: { enabled: false, reason: 'Our own scheme.' }, copyright: { severity: 'warn' } },
      }).map((problem) => problem.path),
    ).toEqual(['rules.abuse.reason', 'rules.haste.reason']);
  });

  test('sorts rows by a column with empty values last, keeping places in the list', () => {
    const items = [{ d: '2027-02-01' }, { d: '' }, { d: '2026-12-03' }, { d: '2027-01-14' }];
    const key = (item: unknown): string => (item as { d: string }).d;
    expect([sortedIndexes(items, key, 'ascending'), sortedIndexes(items, key, 'descending'), sortedIndexes(items, null, 'ascending')]).toEqual([
      [2, 3, 0, 1],
      [0, 3, 2, 1],
      [0, 1, 2, 3],
    ]);
  });

  test('suggests the notice of election date only for a real polling day', () => {
    expect([noticeSuggestion('2027-05-06'), noticeSuggestion('2027-02-30'), noticeSuggestion('6/5/2027')]).toEqual(['2027-03-31', null, null]);
  });

  test('writes dates in words without any time zone moving them', () => {
    expect([shortDate('2027-03-26'), longDate('2027-03-26'), shortDate('not a date')]).toEqual(['26 March 2027', 'Friday 26 March 2027', 'not a date']);
  });

  test('says what a first version holds, and words the changes as sentences', () => {
    expect(packContents({ pendingMatters: [{}, {}], elections: [{}], logos: [], rules: { abuse: { enabled: false } } })).toEqual(['2 pending matters', '1 election period', '1 rule changed']);
    expect(sentence('added election County council elections 2027')).toBe('Added election County council elections 2027');
  });

  test('gives a new checklist item an id no other item has', () => {
    expect(newChecklistId({ checklist: [{ id: 'council-item-2' }, { id: 'declared-interests' }] })).toBe('council-item-3');
  });
});
