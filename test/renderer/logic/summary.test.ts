import { expect, test } from 'vitest';
import { summaryLine } from '../../../renderer/logic/summary.js';

const none = { block: 0, warn: 0, advise: 0, settled: 0 };

test('the summary line is calm and counts what matters', () => {
  expect([
    summaryLine(none, false),
    summaryLine(none, true),
    summaryLine({ ...none, block: 2, warn: 1 }, true),
    summaryLine({ ...none, block: 1 }, true),
    summaryLine({ ...none, warn: 3, advise: 1 }, true),
    summaryLine({ ...none, advise: 2 }, true),
    summaryLine({ ...none, settled: 1 }, true),
  ]).toEqual([
    'Start typing your post. It is checked as you type.',
    'Nothing to fix. Read it once more before you post.',
    '2 things to fix before posting · 1 to check',
    '1 thing to fix before posting',
    '3 to check · 1 tip',
    'Nothing to fix · 2 tips',
    'Nothing to fix · 1 marked not a problem',
  ]);
});
