/**
 * The page's side of the worker protocol: one worker, requests numbered, and only the answer to the
 * newest request delivered (an answer to an edit that was already overtaken is dropped).
 */
import type { CheckProgress, StudioFile, StudioPair, StudioResponse } from './protocol.ts';

export interface CompileAnswer {
  readonly response: Exclude<StudioResponse, { type: 'progress' }>;
  /** Milliseconds from the request to the answer on the page (worker time plus messaging). */
  readonly roundTrip: number;
}

export class StudioWorker {
  private worker: Worker | null = null;
  private next = 1;
  private latest = 0;
  private sentAt = new Map<number, number>();

  constructor(private readonly onAnswer: (answer: CompileAnswer) => void) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'mingle-studio',
    });
    worker.addEventListener('message', (e: MessageEvent<StudioResponse>) => {
      const response = e.data;
      if (response.type === 'progress') return;
      const sent = this.sentAt.get(response.id);
      this.sentAt.delete(response.id);
      if (response.id !== this.latest || sent === undefined) return;
      this.onAnswer({ response, roundTrip: performance.now() - sent });
    });
    this.worker = worker;
    return worker;
  }

  compile(files: readonly StudioFile[]): void {
    const id = this.next++;
    this.latest = id;
    this.sentAt.set(id, performance.now());
    this.ensure().postMessage({ type: 'compile', id, files });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sentAt.clear();
  }
}

/** A full check, in a worker of its own so typing keeps its answers; cancel ends that worker. */
export interface RunningCheck {
  readonly done: Promise<StudioResponse | null>;
  cancel(): void;
}

export function runCheck(
  files: readonly StudioFile[],
  lang: string,
  onProgress: (progress: CheckProgress) => void = () => undefined,
  /** The other language of a language pair: the check then compares the two (parity). */
  pair: StudioPair | null = null,
): RunningCheck {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'mingle-studio-check',
  });
  let settle: (r: StudioResponse | null) => void = () => undefined;
  const done = new Promise<StudioResponse | null>((resolve) => {
    settle = resolve;
  });
  let over = false;
  worker.addEventListener('message', (e: MessageEvent<StudioResponse>) => {
    if (over) return;
    if (e.data.type === 'progress') {
      onProgress(e.data);
      return;
    }
    over = true;
    worker.terminate();
    settle(e.data);
  });
  worker.addEventListener('error', () => {
    worker.terminate();
    settle(null);
  });
  worker.postMessage({ type: 'check', id: 1, files, lang, ...(pair ? { pair } : {}) });
  return {
    done,
    cancel() {
      over = true;
      worker.terminate();
      settle(null);
    },
  };
}
