import { createContext, useContext } from 'react';
import type { Bridge, MoProblem, MoWorkingCopy } from '../../../src/bridge/contract.js';
import type { Answer } from '../../bridge.js';
import type { Json, JsonObject, PathPart } from '../../logic/mo-pack.js';

/** The list item whose editor is open. */
export interface OpenItem {
  readonly list: string;
  readonly index: number;
}

/** What every part of the editor shares: the pack as edited, its problems, and ways to change it. */
export interface MoEditing {
  readonly pack: JsonObject;
  /** Main's validation problems and the window's own, together. */
  readonly problems: readonly MoProblem[];
  edit(change: (pack: JsonObject) => JsonObject): void;
  /** Sets one value (undefined removes it); with `prune`, objects left empty go too. */
  set(parts: readonly PathPart[], value: Json | undefined, prune?: boolean): void;
  readonly open: OpenItem | null;
  setOpen(open: OpenItem | null): void;
  /** Moves focus to the element with this id once the window has drawn it. */
  requestFocus(id: string): void;
  /** A short message with an optional way to undo what was just done. */
  announce(text: string, undo?: () => void): void;
  /** Calls main once the latest edits are saved, so it works on the pack as the window shows it. */
  callSaved<T>(run: (bridge: Bridge) => Promise<Answer<T>>): Promise<Answer<T>>;
  /** Takes main's working copy as the pack being edited (after an import, say). */
  adopt(workingCopy: MoWorkingCopy): void;
}

export const MoContext = createContext<MoEditing | null>(null);

export function useMo(): MoEditing {
  const value = useContext(MoContext);
  if (!value) throw new Error('useMo is used outside Monitoring Officer mode.');
  return value;
}
