import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Finding } from '../../../src/engine/finding.js';
import { runChecks } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions, makePack } from '../../helpers/builders.js';

const pack = exampleCompiledPack();

const WORDS = ['I', 'will', 'be', 'voting', 'against', 'Mill', 'Road', '24/01234/FUL', 'Part', '2', 'idiot', 'f***', 'Mrs', 'Atkins', '07700', '900461', 'CB4', '1AA', 'Vote', 'Green', '!!!', '“', '”', "'", '’', '\u200B', '👏🏽', '🏳️‍🌈', 'é', '\u0301', 'Ǆ', 'ﬁ', 'İ', '\n', '.', ',', '#StopIt', '@ExampleCC', 'x'.repeat(300)];

const draftText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 80 }).map((words) => words.join(' ')),
);

describe('runChecks', () => {
  test('never throws, and every finding has a valid span into the text as typed, in order', () => {
    fc.assert(
      fc.property(draftText, fc.constantFrom('personal', 'councillor', 'campaign' as const), (text, capacity) => {
        const findings = runChecks(text, makeOptions({ capacity, preElection: true }), pack);
        for (const finding of findings) {
          Finding.parse(finding);
          expect(finding.end).toBeGreaterThanOrEqual(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.excerpt).toBe(text.slice(finding.start, finding.end));
        }
        expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  test('applies the pack’s severity change and switches a rule off', () => {
    const text = 'I will be voting against 24/01234/FUL. In the Part 2 session we agreed the sale.';
    const changed = makePack({ rules: { predetermination: { severity: 'advise', reason: 'Testing' }, confidential: { enabled: false, reason: 'Testing' } } });
    expect(runChecks(text, makeOptions(), changed).map((f) => [f.category, f.severity])).toEqual([['predetermination', 'advise']]);
  });

  test('runs the pack’s own rules with their id, message and clause', () => {
    const [finding] = runChecks('Big news coming on Project Heron soon!', makeOptions(), pack).filter((f) => f.ruleId.startsWith('example-council/'));
    expect(finding).toMatchObject({
      ruleId: 'example-council/project-names',
      category: 'confidential',
      severity: 'block',
      message: 'This names an internal project that has not been announced.',
      excerpt: 'Project Heron',
      clause: expect.stringContaining('Example County Council'),
    });
  });
});

describe('a pack’s own patterns', () => {
  test('are run sentence by sentence, with spans into the whole text', () => {
    const pack = makePack({
      customRules: [
        {
          kind: 'regex', id: 'codename', category: 'confidential', severity: 'block', message: 'This names an internal project.', clause: 'Do not report matters meant to be confidential.',
          pattern: 'Project [A-Z][a-z]+', examples: { flag: ['Project Swift'], pass: ['project work'] },
        },
      ],
    });
    const text = 'All good here. Next week: Project Swift. And Project Lark!';
    expect(runChecks(text, makeOptions(), pack).filter((f) => f.ruleId === 'example-council/codename').map((f) => [f.start, f.excerpt])).toEqual([
      [text.indexOf('Project Swift'), 'Project Swift'],
      [text.indexOf('Project Lark'), 'Project Lark'],
    ]);
  });
});
