import type { CheckOptionsInput } from '../../src/checks/types.js';
import type { PlatformId } from '../../src/engine/finding.js';
import type { RulePack } from '../../src/pack/schema.js';
import type { Count } from '../../src/platforms/platforms.js';
import type { ChecklistItem } from '../logic/checklist.js';
import type { KeyedFinding } from '../logic/findings.js';

/** Messages between the window and the engine's Web Worker. */

export type ToWorker =
  /** Build the checker for this pack (only when the pack changes). */
  | { readonly type: 'configure'; readonly packKey: string; readonly councilPack: RulePack | null }
  | { readonly type: 'check'; readonly seq: number; readonly text: string; readonly options: CheckOptionsInput; readonly platforms: readonly PlatformId[] };

export interface PlatformCount {
  readonly count: Count;
  readonly byteLimit?: number;
}

export type FromWorker =
  | { readonly type: 'configured'; readonly packKey: string; readonly checklist: readonly ChecklistItem[] }
  | {
      readonly type: 'result';
      readonly seq: number;
      readonly text: string;
      readonly findings: readonly KeyedFinding[];
      readonly counts: Partial<Record<PlatformId, PlatformCount>>;
    }
  | { readonly type: 'failed'; readonly seq: number | null; readonly message: string };
