import { EXAMPLE_OPTIONS, runExamples, type ExampleFailure } from '../checks/example-runner.js';
import type { CheckOptionsInput } from '../checks/types.js';
import { createChecker } from '../engine/checker.js';
import { isFlagging } from '../engine/finding.js';
import type { RulePack } from './schema.js';

/** `post-check pack test`: a pack's own rules and example posts, through the built-in checks' tester. */

export interface PackTestResult {
  /** "rule leisure-trust-code-name" or "example 2". */
  readonly name: string;
  /** How many examples were run under this name. */
  readonly count: number;
  readonly failures: readonly ExampleFailure[];
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

export function runPackTests(pack: RulePack): PackTestResult[] {
  const checker = createChecker(pack);
  const results: PackTestResult[] = checker.pack.customChecks
    .filter((check) => pack.customRules.some((rule) => check.ruleId === `${pack.id}/${rule.id}`))
    .map((check) => ({
      name: `rule ${check.meta.title}`,
      count: check.meta.examples.flag.length + check.meta.examples.pass.length,
      failures: runExamples(check, checker.pack),
    }));
  pack.examples.forEach((example, index) => {
    const options: CheckOptionsInput = {
      ...EXAMPLE_OPTIONS,
      ...(example.capacity ? { capacity: example.capacity } : {}),
      ...(example.platform ? { platform: example.platform } : {}),
      ...(example.at ? { at: example.at } : {}),
    };
    const findings = checker.check(example.text, options).filter(isFlagging);
    const flagged = new Set(findings.map((finding) => finding.category));
    const wanted = new Set(example.labels);
    const failures: ExampleFailure[] = [];
    const missing = [...wanted].filter((category) => !flagged.has(category));
    const extra = [...flagged].filter((category) => !wanted.has(category));
    if (missing.length > 0) failures.push({ kind: 'flag', text: example.text, problem: `Should be flagged for ${missing.join(', ')} but was not.` });
    if (extra.length > 0) {
      const detail = findings.filter((finding) => extra.includes(finding.category)).map((finding) => `${finding.category} (${finding.severity}) on “${finding.excerpt}”`);
      failures.push({ kind: 'pass', text: example.text, problem: `Flagged for ${extra.join(', ')}, which its labels do not include: ${detail.join('; ')}.` });
    }
    results.push({ name: `example ${index + 1}: “${shorten(example.text)}”`, count: 1, failures });
  });
  return results;
}
