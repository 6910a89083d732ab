/**
 * Finding the LMS and talking to it without ever letting it hurt the game.
 *
 * An LMS puts its run-time API on a window above the content: `API` (SCORM 1.2) or `API_1484_11`
 * (SCORM 2004). The standard discovery walks up the `parent` chain from the content's window, then
 * does the same from `opener` (a course launched in a pop-up). Windows of another origin throw on
 * access; those are skipped, never fatal.
 *
 * `LmsChannel` wraps the API in the calls both versions share. Every call is guarded: an API that
 * throws, answers "false", or disappears half-way marks the channel as failing, reports it once
 * (`onFailure`), and the game plays on; after that the channel stops calling it.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 run-time API, as an LMS exposes it on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 run-time API, as an LMS exposes it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

export type FoundApi =
  | { readonly version: '1.2'; readonly api: Scorm12Api }
  | { readonly version: '2004'; readonly api: Scorm2004Api };

/** The parts of a window the search reads (a test can hand in plain objects). */
export interface WindowLike {
  readonly parent?: unknown;
  readonly opener?: unknown;
  readonly [name: string]: unknown;
}

/** How far up the parent chain to look: ADL's own example stops at 7; real LMSs nest a few frames. */
const MAX_DEPTH = 10;

function isObject(v: unknown): v is Record<string, unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null;
}

function apiOn(win: unknown, version: ScormVersion): FoundApi | null {
  try {
    if (!isObject(win)) return null;
    if (version === '2004') {
      const api = win.API_1484_11;
      if (isObject(api) && typeof api.Initialize === 'function') {
        return { version, api: api as unknown as Scorm2004Api };
      }
    } else {
      const api = win.API;
      if (isObject(api) && typeof api.LMSInitialize === 'function') {
        return { version, api: api as unknown as Scorm12Api };
      }
    }
  } catch {
    // A window of another origin: not ours to read.
  }
  return null;
}

function parentOf(win: unknown): unknown {
  try {
    return isObject(win) ? win.parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: unknown): unknown {
  try {
    return isObject(win) ? win.opener : null;
  } catch {
    return null;
  }
}

/** Looks in `win` and its parents, nearest first. */
function searchChain(win: unknown, version: ScormVersion): FoundApi | null {
  let current = win;
  for (let depth = 0; depth <= MAX_DEPTH && isObject(current); depth++) {
    const found = apiOn(current, version);
    if (found) return found;
    const up = parentOf(current);
    if (up === current) break;
    current = up;
  }
  return null;
}

/**
 * The LMS API above `win`: the version asked for first (a package knows which one it was built for),
 * then the other, so a 1.2 package in a 2004-only LMS still finds what there is. Null outside an LMS.
 */
export function findApi(win: WindowLike, prefer: ScormVersion): FoundApi | null {
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const version of order) {
    const found = searchChain(win, version) ?? searchChain(openerOf(win), version);
    if (found) return found;
  }
  return null;
}

/** True for what SCORM calls success: the string "true" (and a real `true`, which some LMSs return). */
function succeeded(result: unknown): boolean {
  return result === true || result === 'true';
}

/** The calls the adapter needs, the same for both versions. */
export class LmsChannel {
  private failing = false;
  private reported = false;
  private open = false;
  private readonly failureListeners: ((detail: string) => void)[] = [];

  constructor(private readonly found: FoundApi) {}

  get version(): ScormVersion {
    return this.found.version;
  }

  /** Whether the LMS has answered everything so far. */
  get healthy(): boolean {
    return !this.failing;
  }

  /** Whether Initialize succeeded and Terminate has not been called yet. */
  get active(): boolean {
    return this.open && !this.failing;
  }

  /** Called once, on the first failure: the learner is told their progress is not being recorded. */
  onFailure(listener: (detail: string) => void): void {
    this.failureListeners.push(listener);
  }

  initialize(): boolean {
    const ok = this.call('Initialize', (f) =>
      f.version === '2004' ? f.api.Initialize('') : f.api.LMSInitialize(''),
    );
    this.open = ok;
    return ok;
  }

  /** The value of a data-model element; '' when it has none, or when the LMS fails. */
  get(element: string): string {
    if (!this.active) return '';
    try {
      const f = this.found;
      const value = f.version === '2004' ? f.api.GetValue(element) : f.api.LMSGetValue(element);
      if (typeof value === 'string') return value;
      // Some LMSs answer numbers for numeric elements; anything else is no answer.
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    } catch (e) {
      // Reading an element the LMS has no value for is normal (error 403 in 2004); throwing is not.
      this.fail(`GetValue(${element}) threw: ${messageOf(e)}`);
      return '';
    }
  }

  set(element: string, value: string): boolean {
    if (!this.active) return false;
    return this.call(`SetValue(${element})`, (f) =>
      f.version === '2004' ? f.api.SetValue(element, value) : f.api.LMSSetValue(element, value),
    );
  }

  commit(): boolean {
    if (!this.active) return false;
    return this.call('Commit', (f) =>
      f.version === '2004' ? f.api.Commit('') : f.api.LMSCommit(''),
    );
  }

  /** Ends the session; safe to call more than once (only the first call reaches the LMS). */
  terminate(): boolean {
    if (!this.active) return false;
    this.open = false;
    return this.call('Terminate', (f) =>
      f.version === '2004' ? f.api.Terminate('') : f.api.LMSFinish(''),
    );
  }

  private call(name: string, fn: (f: FoundApi) => unknown): boolean {
    if (this.failing) return false;
    let result: unknown;
    try {
      result = fn(this.found);
    } catch (e) {
      this.fail(`${name} threw: ${messageOf(e)}`);
      return false;
    }
    if (!succeeded(result)) {
      this.fail(`${name} answered ${String(result)} (error ${this.lastError()})`);
      return false;
    }
    return true;
  }

  private lastError(): string {
    try {
      const f = this.found;
      return String(f.version === '2004' ? f.api.GetLastError() : f.api.LMSGetLastError());
    } catch {
      return '?';
    }
  }

  private fail(detail: string): void {
    this.failing = true;
    if (this.reported) return;
    this.reported = true;
    for (const listener of this.failureListeners) {
      try {
        listener(detail);
      } catch {
        // A listener's own trouble must not turn an LMS hiccup into a crash.
      }
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
