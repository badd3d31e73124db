import { CHECKS } from '../../../src/checks/index.js';
import { CLAUSES, SOURCE_TITLES } from '../../../src/checks/clauses.js';
import type { Category, Severity } from '../../../src/engine/finding.js';

/**
 * What the built-in checks are, for the Monitoring Officer's forms: their titles and usual
 * severities, the word lists they read, and the Members' Code clauses a custom rule can quote.
 * Read from the checks themselves, so the forms never disagree with the engine.
 */

export interface BuiltInRule {
  readonly id: Category;
  readonly title: string;
  readonly defaultSeverity: Severity;
}

export const BUILT_IN_RULES: readonly BuiltInRule[] = (Object.keys(CHECKS) as Category[]).map((id) => ({ id, title: CHECKS[id].meta.title, defaultSeverity: CHECKS[id].meta.defaultSeverity }));

export const CATEGORY_TITLES: Readonly<Record<string, string>> = Object.fromEntries(BUILT_IN_RULES.map((rule) => [rule.id, rule.title]));

export interface WordList {
  /** "category/list", as the pack's vocabulary is keyed. */
  readonly key: string;
  readonly description: string;
}

export const WORD_LISTS: readonly WordList[] = (Object.keys(CHECKS) as Category[]).flatMap((id) =>
  Object.entries(CHECKS[id].meta.vocabulary ?? {}).map(([list, description]) => ({ key: `${id}/${list}`, description: String(description) })),
);

export interface CodeClause {
  readonly id: string;
  /** "Practices to Avoid, bullet 3". */
  readonly label: string;
  readonly text: string;
}

export const CODE_CLAUSES: readonly CodeClause[] = Object.entries(CLAUSES)
  .filter(([, clause]) => clause.source === 'members-code')
  .map(([id, clause]) => ({ id, label: `${SOURCE_TITLES[clause.source]}: ${clause.section}${'bullet' in clause && clause.bullet ? `, bullet ${clause.bullet}` : ''}`, text: clause.text }));
