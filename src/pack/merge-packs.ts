import type { RulePack } from './schema.js';

/**
 * A council's pack always sits on top of the bundled Members' Code: its identity and local
 * data win, its rule settings override, its word-list changes add to and remove from the
 * built-in lists, and its custom rules and checklist items come after the built-in ones.
 */
export function mergePacks(base: RulePack, council: RulePack): RulePack {
  const vocabulary: RulePack['vocabulary'] = { ...base.vocabulary };
  for (const [key, change] of Object.entries(council.vocabulary)) {
    const existing = vocabulary[key] ?? { add: [], remove: [] };
    const removed = new Set(change.remove.map((phrase) => phrase.toLowerCase()));
    vocabulary[key] = {
      add: [...existing.add.filter((phrase) => !removed.has(phrase.toLowerCase())), ...change.add],
      remove: [...existing.remove, ...change.remove.filter((phrase) => !change.add.includes(phrase))],
    };
  }
  const checklistIds = new Set(council.checklist.map((item) => item.id));
  return {
    ...council,
    rules: { ...base.rules, ...council.rules },
    vocabulary,
    customRules: [...base.customRules, ...council.customRules],
    checklist: [...base.checklist.filter((item) => !checklistIds.has(item.id)), ...council.checklist],
    examples: [...council.examples],
  };
}
