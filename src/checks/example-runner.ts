import type { Finding } from '../engine/finding.js';
import { runCheck } from '../engine/run-checks.js';
import type { CompiledPack } from '../pack/compile-pack.js';
import type { CheckModule, CheckOptionsInput, ExampleCase } from './types.js';

/** Options the examples run with unless they say otherwise: a councillor on X, a weekday morning. */
export const EXAMPLE_OPTIONS: CheckOptionsInput = { capacity: 'councillor', platform: 'x', at: '2026-11-20T10:00:00Z' };

export interface ExampleFailure {
  readonly kind: 'flag' | 'pass' | 'duplicate' | 'unknown-message';
  readonly text: string;
  readonly problem: string;
}

function asCase(example: string | ExampleCase): ExampleCase {
  return typeof example === 'string' ? { text: example } : example;
}

function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.messageId} (${f.severity}) on “${f.excerpt}”`).join('; ');
}

/**
 * The one tester for built-in checks and a pack's own rules (ESLint's RuleTester, adapted).
 * Returns every failure; an empty list means the examples hold.
 */
export function runExamples(check: CheckModule, pack: CompiledPack): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const seen = new Set<string>();
  const ruleId = check.ruleId ?? check.meta.id;
  const messageIds = new Set(Object.keys(check.meta.messages));
  const all = [...check.meta.examples.flag.map((e) => ['flag', asCase(e)] as const), ...check.meta.examples.pass.map((e) => ['pass', asCase(e)] as const)];
  for (const [kind, example] of all) {
    if (seen.has(example.text)) failures.push({ kind: 'duplicate', text: example.text, problem: 'This example is listed twice.' });
    seen.add(example.text);
    if (example.messageId && !messageIds.has(example.messageId)) {
      failures.push({ kind: 'unknown-message', text: example.text, problem: `There is no message called "${example.messageId}".` });
    }
    const options = { ...EXAMPLE_OPTIONS, ...example.options } as CheckOptionsInput;
    const findings = runCheck(check, example.text, options, pack).filter((finding) => finding.ruleId === ruleId);
    if (kind === 'pass') {
      if (findings.length > 0) failures.push({ kind, text: example.text, problem: `Should pass but was flagged: ${describe(findings)}.` });
      continue;
    }
    const matching = findings.filter(
      (finding) => (!example.messageId || finding.messageId === example.messageId) && (!example.excerpt || finding.excerpt === example.excerpt),
    );
    if (matching.length === 0) {
      const wanted = [example.messageId && `message ${example.messageId}`, example.excerpt && `excerpt “${example.excerpt}”`].filter(Boolean).join(' and ');
      failures.push({ kind, text: example.text, problem: findings.length === 0 ? 'Should be flagged but was not.' : `Flagged, but not with ${wanted}: ${describe(findings)}.` });
    }
  }
  return failures;
}
