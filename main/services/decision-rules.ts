import { findingKey, type Decision } from '../../src/bridge/contract.js';
import type { Finding } from '../../src/engine/finding.js';

/**
 * What a councillor must have decided about each finding before the text may be copied
 * (design.md §3): a `block` needs an override with a written reason; a `warn` needs to be
 * acknowledged, or marked "not a problem here" with a reason; an `advise` needs nothing.
 */

function hasReason(decision: Decision): boolean {
  return (decision.reason ?? '').trim().length > 0;
}

export function isSettledBy(finding: Finding, decision: Decision): boolean {
  if (decision.findingKey !== findingKey(finding)) return false;
  switch (finding.severity) {
    case 'block':
      return decision.kind === 'override' && hasReason(decision);
    case 'warn':
      return decision.kind === 'acknowledged' || (decision.kind === 'not-a-problem' && hasReason(decision));
    default:
      return true;
  }
}

export interface Review {
  /** `block` findings without an override and a reason. */
  readonly blocked: readonly Finding[];
  /** `warn` findings neither acknowledged nor marked not a problem with a reason. */
  readonly unresolved: readonly Finding[];
  /** The decision that settles each finding (or the one recorded against it), trimmed, in finding order. */
  readonly decisions: readonly Decision[];
}

export function reviewFindings(findings: readonly Finding[], decisions: readonly Decision[]): Review {
  const blocked: Finding[] = [];
  const unresolved: Finding[] = [];
  const used: Decision[] = [];
  const seen = new Set<Decision>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const settling = decisions.find((decision) => isSettledBy(finding, decision));
    const recorded = settling ?? decisions.find((decision) => decision.findingKey === key);
    if (recorded && !seen.has(recorded)) {
      seen.add(recorded);
      const reason = recorded.reason?.trim();
      used.push({ findingKey: recorded.findingKey, kind: recorded.kind, ...(reason ? { reason } : {}) });
    }
    if (settling || finding.severity === 'advise') continue;
    if (finding.severity === 'block') blocked.push(finding);
    else unresolved.push(finding);
  }
  return { blocked, unresolved, decisions: used };
}

/** True when nothing in the text still needs a decision. */
export function isReviewClear(review: Review): boolean {
  return review.blocked.length === 0 && review.unresolved.length === 0;
}
