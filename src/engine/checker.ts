import type { CheckOptionsInput } from '../checks/types.js';
import { compilePack, type CompiledPack } from '../pack/compile-pack.js';
import { defaultPack } from '../pack/default-pack.js';
import { mergePacks } from '../pack/merge-packs.js';
import type { RulePack } from '../pack/schema.js';
import type { Finding } from './finding.js';
import { runChecks } from './run-checks.js';

export interface Checker {
  readonly pack: CompiledPack;
  check(text: string, options?: CheckOptionsInput): Finding[];
}

/** The effective pack: the bundled Members' Code with the council's pack (if any) on top. */
export function effectivePack(councilPack?: RulePack | null): RulePack {
  return councilPack ? mergePacks(defaultPack(), councilPack) : defaultPack();
}

/** Compiles the pack once; `check` then runs per keystroke. */
export function createChecker(councilPack?: RulePack | null): Checker {
  const pack = compilePack(effectivePack(councilPack));
  return { pack, check: (text, options = {}) => runChecks(text, options, pack) };
}
