import type { CheckOptionsInput } from '../../src/checks/types.js';
import { compilePack, type CompiledPack } from '../../src/pack/compile-pack.js';
import { defaultPack } from '../../src/pack/default-pack.js';
import { EXAMPLE_PACK } from '../../src/pack/example-pack.js';
import { mergePacks } from '../../src/pack/merge-packs.js';
import { RulePack, type PendingMatter, type RulePackInput } from '../../src/pack/schema.js';

/** A pack for tests: the bundled default with the given council pack (EXAMPLE_PACK unless told) on top. */
export function makePack(overrides: Partial<RulePackInput> = {}, base: RulePackInput = EXAMPLE_PACK): CompiledPack {
  return compilePack(mergePacks(defaultPack(), RulePack.parse({ ...base, ...overrides })));
}

let examplePack: CompiledPack | undefined;
export function exampleCompiledPack(): CompiledPack {
  examplePack ??= makePack();
  return examplePack;
}

/** Options as a councillor posting on X on an ordinary weekday morning. */
export function makeOptions(overrides: CheckOptionsInput = {}): CheckOptionsInput {
  return { capacity: 'councillor', platform: 'x', at: '2026-11-20T10:00:00Z', ...overrides };
}

export function matter(title: string, extra: Partial<PendingMatter> = {}): PendingMatter {
  return { title, kind: 'planning', keywords: [], ...extra };
}
