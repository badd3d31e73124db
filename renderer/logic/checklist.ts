import type { ChecklistAnswer as ChecklistAnswerSchema, Decision } from '../../src/bridge/contract.js';
import type { z } from 'zod';
import { CHECKLIST_TEXT } from '../text/checklist.js';
import type { KeyedFinding } from './findings.js';

export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;
export type DecisionKind = Decision['kind'];

/** What the councillor has chosen for one finding so far (the reason may still be empty). */
export interface DecisionDraft {
  readonly kind: DecisionKind;
  readonly reason: string;
}

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
}

export interface ChecklistInput {
  readonly text: string;
  /** The live findings of the post as it stands. */
  readonly findings: readonly KeyedFinding[];
  readonly decisions: ReadonlyMap<string, DecisionDraft>;
  readonly items: readonly ChecklistItem[];
  readonly ticked: ReadonlySet<string>;
}

export interface ChecklistState {
  readonly complete: boolean;
  /** Why the post cannot be copied yet, in plain words, in the order to deal with them. */
  readonly missing: readonly string[];
  /** The decisions to send with the copy: one per open finding that stops copying. */
  readonly decisions: readonly Decision[];
  readonly answers: readonly ChecklistAnswer[];
}

function needsReason(kind: DecisionKind): boolean {
  return kind === 'override' || kind === 'not-a-problem';
}

/** Whether a decision settles a finding of this severity. */
export function isSettled(severity: KeyedFinding['severity'], decision: DecisionDraft | undefined): boolean {
  if (!decision) return false;
  if (needsReason(decision.kind)) return decision.reason.trim().length > 0;
  return severity === 'warn' && decision.kind === 'acknowledged';
}

/**
 * Where the checklist stands: every "fix" finding overridden with a reason (or gone because
 * it was fixed), every "check" finding acknowledged or marked not a problem with a reason, and
 * every question ticked.
 */
export function checklistState(input: ChecklistInput): ChecklistState {
  const open = input.findings.filter((finding) => finding.severity !== 'advise');
  let blocks = 0;
  let warns = 0;
  let reasons = 0;
  const decisions: Decision[] = [];
  for (const finding of open) {
    const decision = input.decisions.get(finding.key);
    if (isSettled(finding.severity, decision) && decision) {
      const reason = decision.reason.trim();
      decisions.push({ findingKey: finding.key, kind: decision.kind, ...(needsReason(decision.kind) ? { reason } : {}) });
    } else if (decision && needsReason(decision.kind)) reasons++;
    else if (finding.severity === 'block') blocks++;
    else warns++;
  }
  const unticked = input.items.filter((item) => !input.ticked.has(item.id)).length;
  const missing: string[] = [];
  if (input.text.trim().length === 0) missing.push(CHECKLIST_TEXT.emptyPost);
  if (blocks > 0) missing.push(CHECKLIST_TEXT.fixOrOverride(blocks));
  if (warns > 0) missing.push(CHECKLIST_TEXT.acknowledge(warns));
  if (reasons > 0) missing.push(CHECKLIST_TEXT.writeReasons(reasons));
  if (unticked > 0) missing.push(CHECKLIST_TEXT.tickQuestions(unticked));
  return {
    complete: missing.length === 0,
    missing,
    decisions,
    answers: input.items.map((item) => ({ id: item.id, text: item.text, answer: input.ticked.has(item.id) })),
  };
}

/** Decisions as the draft keeps them, for the choices carried into the checklist. */
export function decisionMap(decisions: readonly Decision[]): Map<string, DecisionDraft> {
  return new Map(decisions.map((decision) => [decision.findingKey, { kind: decision.kind, reason: decision.reason ?? '' }]));
}
