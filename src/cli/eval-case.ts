import { z } from 'zod';
import { createChecker, type Checker } from '../engine/checker.js';
import { Capacity, Category, PlatformId, type Finding } from '../engine/finding.js';
import { PendingMatter, RulePack } from '../pack/schema.js';

/** One line of an eval set (design.md §3). Unknown fields such as "why" and "notes" are ignored. */
export const EvalCase = z.object({
  id: z.string().min(1),
  text: z.string(),
  labels: z.array(Category).default([]),
  context: z
    .object({
      capacity: Capacity.default('councillor'),
      platform: PlatformId.default('x'),
      date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).nullable().default(null),
      preElection: z.boolean().optional(),
      pendingMatters: z.array(PendingMatter).optional(),
    })
    .default({ capacity: 'councillor', platform: 'x', date: null }),
});
export type EvalCase = z.infer<typeof EvalCase>;

/**
 * Runs eval cases against a council pack (or the bundled default), adding each case's own
 * pending matters. Checkers are cached per set of matters, so a pack compiles once per set.
 */
export function createCaseRunner(councilPack: RulePack | null): (evalCase: EvalCase) => Finding[] {
  const checkers = new Map<string, Checker>();
  return (evalCase) => {
    const matters = evalCase.context.pendingMatters ?? [];
    const key = JSON.stringify(matters);
    let checker = checkers.get(key);
    if (!checker) {
      const base: RulePack = councilPack ?? RulePack.parse({ id: 'eval', version: 1, council: 'Evaluation' });
      checker = createChecker(matters.length > 0 ? { ...base, pendingMatters: [...base.pendingMatters, ...matters] } : councilPack);
      checkers.set(key, checker);
    }
    const { capacity, platform, date, preElection } = evalCase.context;
    return checker.check(evalCase.text, { capacity, platform, at: date, ...(preElection !== undefined ? { preElection } : {}) });
  };
}
