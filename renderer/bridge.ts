import type { Bridge } from '../src/bridge/contract.js';

/**
 * The window's only way to main: `window.postCheck`, put there by the preload (or, in the
 * end-to-end tests, by the same bridge code over the test's own services). This is the only
 * file that reads it.
 */

declare global {
  interface Window {
    readonly postCheck?: Bridge;
  }
}

export class BridgeMissingError extends Error {
  constructor() {
    super("The app's connection to its storage is missing, so nothing can be saved.");
    this.name = 'BridgeMissingError';
  }
}

export function getBridge(): Bridge {
  const bridge = window.postCheck;
  if (!bridge) throw new BridgeMissingError();
  return bridge;
}

/** A bridge answer: the value, or the error main gave. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Calls a bridge method and turns a failure to answer at all into an ordinary error answer. */
export async function call<T>(run: (bridge: Bridge) => Promise<Answer<T>>): Promise<Answer<T>> {
  try {
    return await run(getBridge());
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
