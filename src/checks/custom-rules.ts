import type { CustomRule, RulePack } from '../pack/schema.js';
import type { PackTag } from '../pack/compile-pack.js';
import type { Clause } from './clauses.js';
import type { CheckModule, RawFinding } from './types.js';

/**
 * The Vale half of the rules: a pack's own rules are data (words, message, severity, clause,
 * examples) and these three kinds are the only code. Phrase and substitution rules join the
 * pack's single phrase matcher; pattern rules were vetted when the pack was loaded.
 */

function clauseOf(rule: CustomRule, pack: RulePack): Clause {
  return { source: 'pack', section: pack.council, text: rule.clause, checks: [rule.category], checklist: [] };
}

function metaOf(rule: CustomRule, pack: RulePack): CheckModule<'custom', 'custom'>['meta'] {
  return {
    id: rule.category,
    title: rule.id,
    clause: clauseOf(rule, pack),
    defaultSeverity: rule.severity,
    messages: { custom: rule.message },
    suggestions: rule.suggestion ? { custom: rule.suggestion } : {},
    examples: rule.examples,
  };
}

/** The longest stretch of text a pack's pattern is run over at once, and the most findings it may give. */
const MAX_REGEX_SPAN = 2_000;
const MAX_REGEX_FINDINGS = 50;

export function customRuleId(pack: RulePack, rule: CustomRule): string {
  return `${pack.id}/${rule.id}`;
}

/** Adds phrase entries for the pack's phrase and substitution rules and returns one check per rule. */
export function compileCustomRules(pack: RulePack, entries: Array<{ phrase: string; tag: PackTag }>): CheckModule[] {
  return pack.customRules.map((rule): CheckModule => {
    const key = `custom/${rule.id}`;
    const meta = metaOf(rule, pack);
    const ruleId = customRuleId(pack, rule);
    const suggestionId = rule.suggestion ? ('custom' as const) : undefined;
    if (rule.kind === 'regex') {
      const pattern = new RegExp(rule.pattern, `${rule.flags.replace(/g/g, '')}g`);
      return {
        meta,
        ruleId,
        check(draft) {
          // Each sentence is searched on its own, at most MAX_REGEX_SPAN characters of it, so even a
          // pattern that slipped past vetting can only backtrack over a short stretch of text.
          const found: RawFinding[] = [];
          for (const sentence of draft.sentences) {
            const text = draft.text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_REGEX_SPAN));
            for (const match of text.matchAll(pattern)) {
              if (match[0].length === 0) continue;
              const start = sentence.start + match.index;
              found.push({ messageId: 'custom', start, end: start + match[0].length, ...(suggestionId ? { suggestionId } : {}) });
              if (found.length >= MAX_REGEX_FINDINGS) return found;
            }
          }
          return found;
        },
      };
    }
    const phrases = rule.kind === 'phrase' ? rule.phrases : Object.keys(rule.swap);
    phrases.forEach((phrase, index) => entries.push({ phrase, tag: { key, index } }));
    const replacements = rule.kind === 'substitution' ? Object.values(rule.swap) : [];
    return {
      meta,
      ruleId,
      check(draft) {
        return draft.hits(key).map((hit) => {
          const replacement = replacements[hit.tag.index];
          return {
            messageId: 'custom',
            start: hit.start,
            end: hit.end,
            ...(replacement !== undefined ? { replacement, suggestionId: 'custom' as const } : suggestionId ? { suggestionId } : {}),
          };
        });
      },
    };
  });
}
