import type { z } from 'zod';
import type { LogoMatch } from '../../src/checks/types.js';
import type { Logo } from '../../src/pack/schema.js';

/** Messages between the window and the picture Web Worker (decoding, previews, the logo scan). */

export type LogoMatchValue = z.infer<typeof LogoMatch>;

export type ToImageWorker =
  /** The logos to look for (only when the pack changes). */
  | { readonly type: 'logos'; readonly packKey: string; readonly logos: ReadonlyArray<z.infer<typeof Logo>> }
  /**
   * Read, decode, make a preview and the bytes as base64 for main (when asked), and look for
   * the logos. The bytes are handed over, or come as main sent them (base64).
   */
  | {
      readonly type: 'prepare';
      readonly job: number;
      readonly source: { readonly bytes: ArrayBuffer } | { readonly base64: string };
      /** For a picture being attached: a preview and the bytes as base64. */
      readonly forAttaching: boolean;
    };

export type FromImageWorker =
  | {
      readonly type: 'prepared';
      readonly job: number;
      /** SHA-256 of the bytes, hex. */
      readonly hash: string;
      /** A JPEG preview as a data: URL, and the bytes as base64, when attaching. */
      readonly thumbnail: string | null;
      readonly dataBase64: string | null;
      readonly logoMatches: LogoMatchValue[];
      /** The pack the logos came from. */
      readonly scannedFor: string;
    }
  /** The picture could not be used; `message` says why in one sentence. */
  | { readonly type: 'refused'; readonly job: number; readonly message: string };
