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

/**
 * The compiler's worker, as the author types. At most one compile is in the worker at a time: a text
 * asked for while it is busy waits, and a newer one replaces it, so the worker never works through a
 * queue of edits that were already overtaken (each a whole compile of the story) before the newest.
 */
export class StudioWorker {
  private worker: Worker | null = null;
  private next = 1;
  private latest = 0;
  private sentAt = new Map<number, number>();
  /** The request in the worker, and the newest one waiting for it to finish. */
  private busy = false;
  private waiting: { readonly id: number; readonly files: readonly StudioFile[] } | null = null;

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
      this.busy = false;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.send(next.id, next.files);
      const sent = this.sentAt.get(response.id);
      this.sentAt.delete(response.id);
      if (response.id !== this.latest || sent === undefined) return;
      this.onAnswer({ response, roundTrip: performance.now() - sent });
    });
    this.worker = worker;
    return worker;
  }

  private send(id: number, files: readonly StudioFile[]): void {
    this.busy = true;
    this.ensure().postMessage({ type: 'compile', id, files });
  }

  compile(files: readonly StudioFile[]): void {
    const id = this.next++;
    this.latest = id;
    this.sentAt.set(id, performance.now());
    if (!this.busy) {
      this.send(id, files);
      return;
    }
    if (this.waiting) this.sentAt.delete(this.waiting.id);
    this.waiting = { id, files };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.waiting = null;
    this.sentAt.clear();
  }
}

/**
 * A full check, in a worker of its own so typing keeps its answers; cancel ends that worker.
 *
 * A worker that finished its check is kept, idle, for the next one: a fresh worker starts with cold
 * code (the compiler and the analyzer interpreted until the engine has seen them run), and measured
 * that way a check of hard-seller took 2.5–2.9 times the command line's (npm run bench:studio), most
 * of it warming up. Only a cancelled check's worker is ended (it may be deep in a runaway story).
 */
export interface RunningCheck {
  readonly done: Promise<StudioResponse | null>;
  cancel(): void;
}

/** The check worker waiting for the next check (null: none yet, or it is busy or was ended). */
let idle: Worker | null = null;
/**
 * Checks running now. Their workers come back warm, so no spare is started meanwhile: a cold spare
 * started during a check (the editor's compile answers ask for one) used to take the warm worker's
 * place when the check ended, so every other check ran cold (three to eight times the command
 * line's time on the smaller bundled stories), and its start competed with the check for the CPU.
 */
let running = 0;

function checkWorker(): Worker {
  const spare = idle;
  idle = null;
  return (
    spare ??
    new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'mingle-studio-check',
    })
  );
}

/** Starts the check worker ahead of the first check, so its code is loaded by the time it is asked. */
export function prepareCheckWorker(): void {
  if (running === 0) idle ??= checkWorker();
}

/** Ends the idle check worker (the Studio closed); a check still running ends on its own. */
export function releaseCheckWorker(): void {
  idle?.terminate();
  idle = null;
}

export function runCheck(
  files: readonly StudioFile[],
  lang: string,
  onProgress: (progress: CheckProgress) => void = () => undefined,
  /** The other language of a language pair: the check then compares the two (parity). */
  pair: StudioPair | null = null,
): RunningCheck {
  const worker = checkWorker();
  running++;
  let settle: (r: StudioResponse | null) => void = () => undefined;
  const done = new Promise<StudioResponse | null>((resolve) => {
    settle = resolve;
  }).finally(() => running--);
  let over = false;
  const onMessage = (e: MessageEvent<StudioResponse>) => {
    if (over) return;
    if (e.data.type === 'progress') {
      onProgress(e.data);
      return;
    }
    over = true;
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
    // Kept, warm, for the next check; a worker already waiting (two checks ran at once) is ended.
    idle?.terminate();
    idle = worker;
    settle(e.data);
  };
  const onError = () => {
    over = true;
    worker.terminate();
    settle(null);
  };
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  worker.postMessage({ type: 'check', id: 1, files, lang, ...(pair ? { pair } : {}) });
  return {
    done,
    cancel() {
      if (over) return;
      over = true;
      worker.terminate();
      settle(null);
    },
  };
}
