import { describe, expect, test } from 'vitest';
import { clauseCoverage, wrap } from '../../../src/cli/clauses-command.js';
import { CHECKS } from '../../../src/checks/index.js';
import { CLAUSES, type Clause } from '../../../src/checks/clauses.js';
import { runMain } from './run-main.js';

const ENTRIES = Object.entries(CLAUSES as Record<string, Clause>);

describe('post-check clauses', () => {
  test('lists every bullet of the Members\' Code in order, then the house rules', async () => {
    const run = await runMain(['clauses', '--json']);
    const { clauses } = JSON.parse(run.stdout) as { clauses: Array<{ id: string; source: string }> };
    const codeIds = ENTRIES.filter(([, clause]) => clause.source === 'members-code').map(([id]) => id);
    const otherIds = ENTRIES.filter(([, clause]) => clause.source !== 'members-code').map(([id]) => id);
    expect([run.code, clauses.map((clause) => clause.id)]).toEqual([0, [...codeIds, ...otherIds]]);
  });

  test('names each covering check with its title, and the checklist items by their words', () => {
    const predetermination = clauseCoverage().find((clause) => clause.id === 'haste');
    expect(predetermination).toEqual(
      expect.objectContaining({
        checks: [{ id: 'haste', title: CHECKS.haste.meta.title }],
        checklist: [{ id: 'not-in-haste', text: 'I am not posting in haste, tired or after a drink.' }],
      }),
    );
  });

  test('prints each source and section once, with how uncovered bullets are handled', async () => {
    const run = await runMain(['clauses']);
    const headings = run.stdout.split('\n').filter((row) => row !== '' && !row.startsWith(' ') && !row.startsWith('='));
    const sections = [...new Set(clauseCoverage().flatMap((clause) => [clause.sourceTitle, clause.section]))];
    // A section named like its document (a one-section policy) is not repeated under its title.
    expect({ code: run.code, headings, passwords: run.stdout.includes('How: Passwords belong to the platform') }).toEqual({ code: 0, headings: sections, passwords: true });
  });

  test('wraps long text at word boundaries with an indent', () => {
    expect(wrap('one two three four five', '  ', 12, '- ')).toBe('- one two\n  three four\n  five');
  });
});
