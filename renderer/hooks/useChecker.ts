import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivePack } from '../../src/bridge/contract.js';
import type { CheckOptionsInput } from '../../src/checks/types.js';
import type { PlatformId } from '../../src/engine/finding.js';
import type { ChecklistItem } from '../logic/checklist.js';
import type { KeyedFinding } from '../logic/findings.js';
import { APP_TEXT } from '../text/common.js';
import type { FromWorker, PlatformCount, ToWorker } from '../worker/protocol.js';

export interface CheckResult {
  /** The text these findings are for. */
  readonly text: string;
  readonly findings: readonly KeyedFinding[];
  readonly counts: Partial<Record<PlatformId, PlatformCount>>;
}

export interface Checker {
  readonly result: CheckResult | null;
  /** The pack's before-posting questions, once the worker has built the checker. */
  readonly checklist: readonly ChecklistItem[];
  readonly error: string | null;
  check(text: string, options: CheckOptionsInput, platforms: readonly PlatformId[]): void;
}

/** What identifies a pack: its hash when installed, else its id and version. */
export function packKeyOf(pack: ActivePack): string {
  return pack.hash ?? `${pack.id}@${pack.version}`;
}

/**
 * Runs the engine in its Web Worker. Only one check is in flight at a time; while it runs,
 * newer text replaces any request still waiting, so the worker never falls behind typing.
 * The checker is rebuilt only when the pack changes.
 */
export function useChecker(pack: ActivePack): Checker {
  const workerRef = useRef<Worker | null>(null);
  const busy = useRef(false);
  const waiting = useRef<ToWorker | null>(null);
  /** The newest check asked for: sent as soon as a worker is there to take it. */
  const newest = useRef<ToWorker | null>(null);
  const seq = useRef(0);
  const packKey = packKeyOf(pack);
  const councilPack = pack.councilPack;
  const activePack = useRef({ packKey, councilPack });
  activePack.current = { packKey, councilPack };
  const configuredKey = useRef<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checklist, setChecklist] = useState<readonly ChecklistItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  const post = useCallback((message: ToWorker) => {
    const worker = workerRef.current;
    if (!worker) return;
    if (message.type === 'check') busy.current = true;
    worker.postMessage(message);
  }, []);

  /** Builds the checker for the active pack, unless it already is; says whether it had to. */
  const configure = useCallback((): boolean => {
    const { packKey: key, councilPack: rules } = activePack.current;
    if (!workerRef.current || configuredKey.current === key) return false;
    configuredKey.current = key;
    post({ type: 'configure', packKey: key, councilPack: rules });
    return true;
  }, [post]);

  useEffect(() => {
    const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    workerRef.current = worker;
    busy.current = false;
    waiting.current = null;
    configuredKey.current = null;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'configured') {
        setChecklist(message.checklist);
        return;
      }
      if (message.type === 'result') {
        setError(null);
        setResult({ text: message.text, findings: message.findings, counts: message.counts });
      } else setError(message.message);
      if (message.seq !== null) {
        busy.current = false;
        const next = waiting.current;
        waiting.current = null;
        if (next) post(next);
      }
    };
    worker.onerror = (event) => {
      busy.current = false;
      setError(event.message || APP_TEXT.engineStopped);
    };
    // Checks asked for before the worker existed (the editor can be ready first) go now.
    configure();
    if (newest.current) post(newest.current);
    return () => {
      worker.terminate();
      workerRef.current = null;
      busy.current = false;
      waiting.current = null;
    };
  }, [configure, post]);

  // A new pack: build the checker again (only then), and check the newest text with it.
  useEffect(() => {
    if (!configure() || !newest.current) return;
    if (busy.current) waiting.current = newest.current;
    else post(newest.current);
  }, [packKey, councilPack, configure, post]);

  const check = useCallback(
    (text: string, options: CheckOptionsInput, platforms: readonly PlatformId[]) => {
      seq.current += 1;
      const message: ToWorker = { type: 'check', seq: seq.current, text, options, platforms };
      newest.current = message;
      if (!workerRef.current) return;
      if (busy.current) waiting.current = message;
      else post(message);
    },
    [post],
  );

  return { result, checklist, error, check };
}
