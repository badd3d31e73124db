import { expect, test } from 'vitest';
import { runExamples, type ExampleFailure } from '../../src/checks/example-runner.js';
import type { CheckModule } from '../../src/checks/types.js';
import { exampleCompiledPack } from './builders.js';

/**
 * ESLint's RuleTester, adapted: every `flag` example must give at least one finding from the
 * check (with the named messageId or excerpt, if given), every `pass` example none; duplicate
 * examples and unknown message ids are errors. `post-check pack test` runs the same function.
 */
export function runCheckExamples(check: CheckModule): void {
  test(`${check.meta.id}: its examples flag and pass as they say`, () => {
    const failures: ExampleFailure[] = runExamples(check, exampleCompiledPack());
    expect(failures).toEqual([]);
  });
}
