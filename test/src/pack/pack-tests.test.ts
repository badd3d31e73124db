import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPack } from '../../../src/pack/load-pack.js';
import { runPackTests } from '../../../src/pack/pack-tests.js';
import type { RulePack } from '../../../src/pack/schema.js';

function goodPack(): RulePack {
  const result = loadPack(readFileSync(new URL('../../fixtures/packs/good.json', import.meta.url)));
  if (!result.ok) throw new Error('the fixture should be valid');
  return result.pack;
}

describe('runPackTests', () => {
  test('passes a pack whose rules and example posts hold', () => {
    expect(runPackTests(goodPack()).map((result) => [result.name, result.failures.length])).toEqual([
      ['rule leisure-trust-code-name', 0],
      ['rule official-names', 0],
      ['example 1: “I will be voting against the Tanners Lane estate, whatever …”', 0],
      ['example 2: “The Tanners Lane application goes to Planning Committee on …”', 0],
    ]);
  });

  test('reports a rule example that is not flagged and a post flagged for a category it is not labelled with', () => {
    const pack = goodPack();
    const rule = pack.customRules[0]!;
    const broken: RulePack = {
      ...pack,
      customRules: [{ ...rule, examples: { flag: ['Kestrels are nesting in the churchyard again.'], pass: ['Great progress on Project Kestrel today!'] } }],
      examples: [{ text: 'I will be voting against the Tanners Lane estate, whatever the officers say.', labels: [] }],
    };
    expect(runPackTests(broken).map((result) => result.failures.map((failure) => [failure.kind, failure.problem.split(':')[0]]))).toEqual([
      [
        ['flag', 'Should be flagged but was not.'],
        ['pass', 'Should pass but was flagged'],
      ],
      [['pass', 'Flagged for predetermination, which its labels do not include']],
    ]);
  });
});
