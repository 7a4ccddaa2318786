import { judgeText, type Verdict } from './judge';

/** What the validation worker answers about a dataset's text (see judge.ts). */
export type { Verdict };

/**
 * Below this size (about 3,000 events) starting a worker costs more than it
 * saves, and the main thread validates.
 */
const WORKER_MIN_CHARS = 2_000_000;

/**
 * Validate `text` in a worker, or null for small texts and where there are no
 * workers (tests in jsdom): the caller then validates on the main thread.
 * Aborting `signal` terminates the worker at once; the verdict is then moot.
 */
export function validateInWorker(text: string, signal?: AbortSignal): Promise<Verdict> | null {
  if (typeof Worker === 'undefined' || text.length < WORKER_MIN_CHARS) return null;
  const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Verdict>((resolve) => {
    worker.onmessage = (e: MessageEvent<Verdict>) => resolve(e.data);
    // A worker that cannot start (a strict CSP, a broken chunk) must not hang loading,
    // nor blame the data: judge it here instead, slower but the same verdict.
    worker.onerror = (e) => {
      e.preventDefault();
      resolve(judgeText(text));
    };
    signal?.addEventListener(
      'abort',
      () => resolve({ ok: false, code: 'schema', problems: ['Validation was cancelled.'] }),
      { once: true },
    );
    worker.postMessage(text);
  }).finally(() => worker.terminate());
}
