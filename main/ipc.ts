import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, METHOD_NAMES } from '../src/bridge/methods.js';
import type { Dispatch } from './dispatch.js';
import { REFUSALS } from './services/messages.js';

/**
 * The only file that touches ipcMain. One handler per bridge method (`pc:<method>`), no
 * generic channel. Each message's sender is checked before anything else: it must be the main
 * frame of one of the app's own windows, showing the app's own page. Then dispatch.ts
 * validates the payload and runs the service.
 */

/** What the sender check needs to know about the frame a message came from. */
export interface SenderFrame {
  /** The id of the window's webContents. */
  readonly webContentsId: number;
  /** The frame's current address. */
  readonly url: string;
  /** True for the window's top-level frame, false for an iframe. */
  readonly isMainFrame: boolean;
}

/** True only for the main frame of a trusted window showing a page under the app's own address. */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedWebContentsIds: ReadonlySet<number>, appUrlPrefix: string): boolean {
  if (!frame || !frame.isMainFrame || !trustedWebContentsIds.has(frame.webContentsId)) return false;
  if (!appUrlPrefix.endsWith('/')) return false;
  let url: URL;
  let prefix: URL;
  try {
    url = new URL(frame.url);
    prefix = new URL(appUrlPrefix);
  } catch {
    return false;
  }
  // Compare normalised addresses, so "…/renderer/../elsewhere/" cannot pass for the app.
  return url.protocol === prefix.protocol && url.host === prefix.host && url.href.startsWith(prefix.href) && url.username === '' && url.password === '';
}

/** The sender of an IPC message as `isTrustedSender` sees it; null when its frame has gone. */
export function describeSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderFrame | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  const main = event.sender.mainFrame;
  return {
    webContentsId: event.sender.id,
    url: frame.url,
    isMainFrame: frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
  };
}

export interface IpcOptions {
  readonly dispatch: Dispatch;
  /** The webContents ids of the app's own windows, asked afresh for every message. */
  readonly trustedWebContentsIds: () => ReadonlySet<number>;
  /** The address every page of the app starts with, e.g. `file:///…/dist/renderer/`. */
  readonly appUrlPrefix: string;
}

/** Registers a handler for every bridge method; returns a function that removes them. */
export function registerIpc({ dispatch, trustedWebContentsIds, appUrlPrefix }: IpcOptions): () => void {
  const channels = METHOD_NAMES.map((name) => `${CHANNEL_PREFIX}${name}`);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(describeSender(event), trustedWebContentsIds(), appUrlPrefix)) {
        return { ok: false, error: { code: 'not-allowed', message: REFUSALS.untrustedSender } };
      }
      return dispatch(channel, request);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
