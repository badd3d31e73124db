import { describe, expect, test } from 'vitest';
import { findingKey } from '../../../src/bridge/contract.js';
import type { Finding, Severity } from '../../../src/engine/finding.js';
import { checklistState, decisionMap, type DecisionDraft } from '../../../renderer/logic/checklist.js';
import type { KeyedFinding } from '../../../renderer/logic/findings.js';

const TEXT = 'In the Part 2 session we agreed the sale. What an idiot!!!';
const ITEMS = [
  { id: 'facts-checked', text: 'I have checked the facts.' },
  { id: 'not-in-haste', text: 'I am not posting in haste.' },
];

function finding(words: string, severity: Severity, ruleId: string): KeyedFinding {
  const start = TEXT.indexOf(words);
  const base: Finding = { ruleId, category: 'abuse', severity, messageId: 'm', message: 'M.', clause: 'C', start, end: start + words.length, excerpt: words };
  return { ...base, key: findingKey(base) };
}

const FIX = finding('Part 2 session', 'block', 'confidential');
const CHECK = finding('idiot', 'warn', 'abuse');
const TIP = finding('!!!', 'advise', 'haste');

function state(decisions: Record<string, DecisionDraft>, ticked: string[], text = TEXT) {
  return checklistState({ text, findings: [FIX, CHECK, TIP], decisions: new Map(Object.entries(decisions)), items: ITEMS, ticked: new Set(ticked) });
}

describe('the checklist before copying', () => {
  test('says everything still to do, and tips never stop a copy', () => {
    expect(state({}, [])).toEqual({
      complete: false,
      missing: [
        'fix or override 1 thing marked “Fix before posting”',
        'say you have checked 1 thing marked “Check this”, or why it is not a problem',
        'tick 2 more questions',
      ],
      decisions: [],
      answers: [
        { id: 'facts-checked', text: 'I have checked the facts.', answer: false },
        { id: 'not-in-haste', text: 'I am not posting in haste.', answer: false },
      ],
    });
  });

  test('an override or “not a problem” needs a written reason; blank reasons do not count', () => {
    const result = state({ [FIX.key]: { kind: 'override', reason: '  ' }, [CHECK.key]: { kind: 'not-a-problem', reason: '' } }, ['facts-checked', 'not-in-haste']);
    expect([result.complete, result.missing]).toEqual([false, ['write 2 reasons']]);
  });

  test('a finding to fix cannot just be acknowledged', () => {
    const result = state({ [FIX.key]: { kind: 'acknowledged', reason: '' }, [CHECK.key]: { kind: 'acknowledged', reason: '' } }, ['facts-checked', 'not-in-haste']);
    expect(result.missing).toEqual(['fix or override 1 thing marked “Fix before posting”']);
  });

  test('is complete when every finding has a way forward and every question is ticked, and sends those decisions', () => {
    const result = state({ [FIX.key]: { kind: 'override', reason: ' Announced in public tonight. ' }, [CHECK.key]: { kind: 'acknowledged', reason: '' }, 'stale|key|gone': { kind: 'acknowledged', reason: '' } }, ['facts-checked', 'not-in-haste']);
    expect([result.complete, result.missing, result.decisions]).toEqual([
      true,
      [],
      [
        { findingKey: FIX.key, kind: 'override', reason: 'Announced in public tonight.' },
        { findingKey: CHECK.key, kind: 'acknowledged' },
      ],
    ]);
  });

  test('an empty post cannot be copied', () => {
    expect(checklistState({ text: '  ', findings: [], decisions: new Map(), items: [], ticked: new Set() }).missing).toEqual(['write your post first']);
  });

  test('decisions kept with a draft carry into the checklist', () => {
    expect(decisionMap([{ findingKey: CHECK.key, kind: 'not-a-problem', reason: 'Quoting a resident.' }, { findingKey: FIX.key, kind: 'acknowledged' }])).toEqual(
      new Map([
        [CHECK.key, { kind: 'not-a-problem', reason: 'Quoting a resident.' }],
        [FIX.key, { kind: 'acknowledged', reason: '' }],
      ]),
    );
  });
});
