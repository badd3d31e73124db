import { findingKey } from '../../src/bridge/contract.js';
import { createChecker, type Checker } from '../../src/engine/checker.js';
import { countFor, PLATFORMS } from '../../src/platforms/platforms.js';
import type { FromWorker, PlatformCount, ToWorker } from './protocol.js';

/**
 * Runs the engine off the window's thread, so typing never waits for a check. The checker is
 * built once per pack; each check answers with the findings (keyed for decisions) and the
 * length of the post as each chosen platform counts it.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
let checker: Checker | null = null;

function reply(message: FromWorker): void {
  scope.postMessage(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'configure') {
    try {
      checker = createChecker(message.councilPack);
      reply({ type: 'configured', packKey: message.packKey, checklist: checker.pack.pack.checklist.map(({ id, text }) => ({ id, text })) });
    } catch (error) {
      checker = null;
      reply({ type: 'failed', seq: null, message: messageOf(error) });
    }
    return;
  }
  try {
    checker ??= createChecker(null);
    const findings = checker.check(message.text, message.options).map((finding) => ({ ...finding, key: findingKey(finding) }));
    const counts: Record<string, PlatformCount> = {};
    for (const platform of message.platforms) {
      const byteLimit = PLATFORMS[platform].byteLimit;
      counts[platform] = { count: countFor(platform, message.text), ...(byteLimit !== undefined ? { byteLimit } : {}) };
    }
    reply({ type: 'result', seq: message.seq, text: message.text, findings, counts });
  } catch (error) {
    reply({ type: 'failed', seq: message.seq, message: messageOf(error) });
  }
};
