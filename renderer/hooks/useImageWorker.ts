import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ActivePack } from '../../src/bridge/contract.js';
import { IMAGE_TEXT } from '../text/images.js';
import type { FromImageWorker, ToImageWorker } from '../worker/image-protocol.js';
import { packKeyOf } from './useChecker.js';

export type PrepareSource = Extract<ToImageWorker, { type: 'prepare' }>['source'];

export interface ImageWorker {
  /** The pack whose logos are looked for. */
  readonly packKey: string;
  /** Whether the pack has any logos to look for. */
  readonly hasLogos: boolean;
  prepare(source: PrepareSource, forAttaching: boolean): Promise<FromImageWorker>;
}

/**
 * The picture worker: one for the window, told the pack's logos only when the pack changes.
 * Each request gets its own answer (by job number); a bytes buffer is handed over, not copied.
 */
export function useImageWorker(pack: ActivePack): ImageWorker {
  const workerRef = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (answer: FromImageWorker) => void>());
  const jobs = useRef(0);
  const packKey = packKeyOf(pack);
  const logos = pack.councilPack?.logos ?? [];
  const configured = useRef<string | null>(null);
  const active = useRef({ packKey, logos });
  active.current = { packKey, logos };

  const configure = useCallback(() => {
    const worker = workerRef.current;
    const { packKey: key, logos: list } = active.current;
    if (!worker || configured.current === key) return;
    configured.current = key;
    worker.postMessage({ type: 'logos', packKey: key, logos: list } satisfies ToImageWorker);
  }, []);

  useEffect(() => {
    const worker = new Worker(new URL('../worker/image.worker.ts', import.meta.url), { type: 'module', name: 'pictures' });
    workerRef.current = worker;
    configured.current = null;
    const waiting = pending.current;
    worker.onmessage = (event: MessageEvent<FromImageWorker>) => {
      const answer = event.data;
      waiting.get(answer.job)?.(answer);
      waiting.delete(answer.job);
    };
    worker.onerror = () => {
      for (const [job, resolve] of waiting) resolve({ type: 'refused', job, message: IMAGE_TEXT.cannotOpen });
      waiting.clear();
    };
    configure();
    return () => {
      worker.terminate();
      workerRef.current = null;
      for (const [job, resolve] of waiting) resolve({ type: 'refused', job, message: IMAGE_TEXT.cannotOpen });
      waiting.clear();
    };
  }, [configure]);

  useEffect(() => configure(), [packKey, configure]);

  const prepare = useCallback(
    (source: PrepareSource, forAttaching: boolean): Promise<FromImageWorker> => {
      const job = ++jobs.current;
      return new Promise((resolve) => {
        const worker = workerRef.current;
        if (!worker) {
          resolve({ type: 'refused', job, message: IMAGE_TEXT.cannotOpen });
          return;
        }
        configure();
        pending.current.set(job, resolve);
        const message: ToImageWorker = { type: 'prepare', job, source, forAttaching };
        worker.postMessage(message, 'bytes' in source ? [source.bytes] : []);
      });
    },
    [configure],
  );

  const hasLogos = logos.length > 0;
  return useMemo(() => ({ packKey, hasLogos, prepare }), [packKey, hasLogos, prepare]);
}
