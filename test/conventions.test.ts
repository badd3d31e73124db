import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { packSchemaText } from '../src/cli/pack-schema.js';
import { CLAUSES, SOURCE_FILES, clauseQuote, type Clause } from '../src/checks/clauses.js';
import { CHECKS } from '../src/checks/index.js';
import { CheckMeta, type CheckModule } from '../src/checks/types.js';
import { Category } from '../src/engine/finding.js';

/**
 * The conventions that machines can hold us to, as ESLint lints its own rules: every check has
 * valid metadata, a mirrored test, a clause quoted word for word from the council documents
 * kept in docs/sources/, and word lists that match its data file.
 */

const root = new URL('../', import.meta.url);
const ENTRIES = Object.entries(CHECKS) as Array<[Category, CheckModule]>;
const CLAUSE_LIST = Object.entries(CLAUSES as Record<string, Clause>);
/** Files in src/checks/ that are the machinery, not a check. */
const INFRASTRUCTURE = ['clauses.ts', 'custom-rules.ts', 'define-check.ts', 'example-runner.ts', 'index.ts', 'types.ts'];

function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

describe('check modules', () => {
  test('CHECKS has one check per category, key-sorted', () => {
    expect(Object.keys(CHECKS)).toEqual([...Category.options].sort());
  });

  test('every file in src/checks/ is a check in CHECKS or part of the machinery', () => {
    const files = readdirSync(new URL('src/checks/', root)).filter((name) => name.endsWith('.ts') && !INFRASTRUCTURE.includes(name));
    expect(files.sort()).toEqual(Object.keys(CHECKS).map((id) => `${id}.ts`).sort());
  });

  describe.each(ENTRIES)('%s', (id, check) => {
    test('its meta parses as CheckMeta', () => {
      const parsed = CheckMeta.safeParse(check.meta);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    });

    test('its id is its file name and its key in CHECKS', async () => {
      const module = (await import(`../src/checks/${id}.ts`)) as { default: CheckModule };
      expect([check.meta.id, module.default === check]).toEqual([id, true]);
    });

    test('it has a mirrored test file', () => {
      expect(existsSync(new URL(`test/src/checks/${id}.test.ts`, root)), `test/src/checks/${id}.test.ts`).toBe(true);
    });

    test('its messages are plain sentences of at most 140 characters that explain rather than accuse', () => {
      const bad = Object.entries(check.meta.messages).filter(([, message]) => !/^[A-Z].*\.$/s.test(message) || message.length > 140 || /\b(breach|illegal)/i.test(message));
      expect(bad).toEqual([]);
    });

    test('its title is a sentence-case noun phrase of at most 60 characters', () => {
      expect([/^[A-Z]/.test(check.meta.title), check.meta.title.length <= 60, /\.$/.test(check.meta.title)]).toEqual([true, true, false]);
    });

    test('it cites a clause from CLAUSES that names it among its checks', () => {
      const found = CLAUSE_LIST.find(([, clause]) => clause === check.meta.clause);
      expect([found !== undefined, found?.[1].checks.includes(id)]).toEqual([true, true]);
    });

    test('the word lists it declares are the lists in its data file', () => {
      const path = `src/pack/default/vocabulary/${id}.json`;
      const lists = existsSync(new URL(path, root)) ? Object.keys(JSON.parse(readText(path)) as object).sort() : [];
      expect(lists).toEqual(Object.keys(check.meta.vocabulary ?? {}).sort());
    });
  });

  test('every word-list file belongs to a check', () => {
    const files = readdirSync(new URL('src/pack/default/vocabulary/', root)).map((name) => name.replace(/\.json$/, ''));
    expect(files.filter((name) => !(name in CHECKS))).toEqual([]);
  });
});

describe('clauses', () => {
  test.each(CLAUSE_LIST)('%s is quoted word for word from its source document', (_, clause) => {
    if (clause.source === 'pack') return;
    const document = readText(`docs/sources/${SOURCE_FILES[clause.source]}`);
    expect(document.includes(clause.text), clause.text).toBe(true);
  });

  test.each(CLAUSE_LIST)('%s quotes a sentence that is part of the clause', (_, clause) => {
    expect(clause.text.includes(clauseQuote(clause)) && clauseQuote(clause).length >= 12).toBe(true);
  });

  test('every clause names only real categories and the checklist items of the bundled pack', () => {
    const checklist = new Set((JSON.parse(readText('src/pack/default/pack.json')) as { checklist: Array<{ id: string }> }).checklist.map((item) => item.id));
    const problems = CLAUSE_LIST.flatMap(([id, clause]) => [
      ...clause.checks.filter((category) => !Category.options.includes(category)).map((category) => `${id}: no category ${category}`),
      ...clause.checklist.filter((item) => !checklist.has(item)).map((item) => `${id}: no checklist item ${item}`),
    ]);
    expect(problems).toEqual([]);
  });

  test('every bullet of the Members\' Code is covered by a check, a checklist item or a note of how', () => {
    const uncovered = CLAUSE_LIST.filter(([, clause]) => clause.source === 'members-code' && clause.checks.length === 0 && clause.checklist.length === 0 && !clause.howCovered);
    expect(uncovered.map(([id]) => id)).toEqual([]);
  });
});

describe('generated files', () => {
  test('the rule pack JSON Schema is current (run "npm run gen:schema")', () => {
    expect(readText('src/pack/rule-pack.schema.json')).toBe(packSchemaText());
  });
});
