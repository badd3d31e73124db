import { describe, expect, test } from 'vitest';
import { mergePacks } from '../../../src/pack/merge-packs.js';
import { RulePack, type RulePackInput } from '../../../src/pack/schema.js';

function pack(input: Partial<RulePackInput>): RulePack {
  return RulePack.parse({ id: 'base', version: 1, council: 'Base', ...input });
}

const rule = (id: string): RulePackInput['customRules'] & object => [
  { kind: 'phrase', id, category: 'confidential', message: 'This is a test rule.', clause: 'A test clause.', phrases: [id], examples: { flag: [id], pass: ['nothing'] } },
];

describe('mergePacks', () => {
  test('takes identity and local data from the council pack', () => {
    const merged = mergePacks(pack({}), pack({ id: 'cambs', version: 9, council: 'Cambs', pendingMatters: [{ title: 'Mill Road flats' }] }));
    expect([merged.id, merged.version, merged.council, merged.pendingMatters.map((m) => m.title)]).toEqual(['cambs', 9, 'Cambs', ['Mill Road flats']]);
  });

  test('adds to and removes from built-in word lists', () => {
    const base = pack({ vocabulary: { 'abuse/insults': { add: ['idiot', 'moron', 'numpty'] } } });
    const council = pack({ vocabulary: { 'abuse/insults': { add: ['plonker'], remove: ['NUMPTY'] }, 'abuse/slurs': { add: ['x-word'] } } });
    expect(mergePacks(base, council).vocabulary).toEqual({
      'abuse/insults': { add: ['idiot', 'moron', 'plonker'], remove: ['NUMPTY'] },
      'abuse/slurs': { add: ['x-word'], remove: [] },
    });
  });

  test('lets the council override rule settings, and appends its rules and checklist items', () => {
    const base = pack({ rules: { haste: { severity: 'warn' }, abuse: { enabled: true } }, customRules: rule('base-rule'), checklist: [{ id: 'facts', text: 'I have checked the facts.' }, { id: 'own', text: 'These are my own words.' }] });
    const council = pack({ rules: { haste: { severity: 'advise' } }, customRules: rule('local-rule'), checklist: [{ id: 'facts', text: 'I have checked every fact twice.' }] });
    const merged = mergePacks(base, council);
    expect({ rules: merged.rules, customRules: merged.customRules.map((r) => r.id), checklist: merged.checklist.map((item) => item.text) }).toEqual({
      rules: { haste: { severity: 'advise' }, abuse: { enabled: true } },
      customRules: ['base-rule', 'local-rule'],
      checklist: ['These are my own words.', 'I have checked every fact twice.'],
    });
  });
});
