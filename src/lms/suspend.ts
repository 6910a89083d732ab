/**
 * What an LMS keeps between two sessions of one scenario (`cmi.suspend_data`): the choices taken and
 * the memory the story started with, never ink's own state. A replay of those choices lands on the same
 * line with the same scores (GameSession replays a path), and it is tiny: one character per choice.
 *
 * SCORM 1.2 allows 4,096 characters and some LMSs allow less, so the format is terse and ASCII only:
 *
 *     m1|<lang>|<story version>|<memory>|<path>[|<pressure>]
 *
 * - `m1`: this format; a reader meeting any other prefix treats the data as foreign and starts fresh.
 * - `<story version>`: the build's hash of the compiled story; another hash means the story changed.
 * - `<memory>`: `name:value` pairs joined by `,`, the `mem_` prefix left off; values are `t`/`f`,
 *   `n<number>` or `s<text>` (text and names percent-encoded, so no separator can appear inside).
 * - `<path>`: one base-36 digit per choice index (0–35); a larger index is written `(<base 36>)`.
 * - `<pressure>`, only when a choice of the path was made on a timed choice point: `<step><t|r>` per
 *   such choice, joined by `,`; the step (its position in the path) in base 36, `t` when the player
 *   chose while the countdown ran, `r` when it ran out. Without it a resumed play's debrief would
 *   lose the marks its timed choices earned.
 */
import {
  MEMORY_PREFIX,
  isMemoryName,
  type MemoryValue,
  type MemoryValues,
  type Pressure,
  type PressureMark,
} from '../vocabulary/index.ts';

export const SUSPEND_FORMAT = 'm1';

/** SCORM 1.2's limit for `cmi.suspend_data` (CMIString4096); SCORM 2004 allows 64,000. */
export const SCORM12_SUSPEND_LIMIT = 4096;

export interface SuspendState {
  readonly lang: string;
  readonly version: string;
  readonly memory: MemoryValues;
  readonly path: readonly number[];
  /** The choices of `path` made under time pressure; absent when none was. */
  readonly pressure?: readonly PressureMark[];
}

const PRESSURE_LETTER: Record<Pressure, string> = { timed: 't', 'ran-out': 'r' };

function encodePressure(marks: readonly PressureMark[]): string {
  return [...marks]
    .sort((a, b) => a.step - b.step)
    .map((m) => `${m.step.toString(36)}${PRESSURE_LETTER[m.pressure]}`)
    .join(',');
}

/** The marks, or null when any is damaged, repeated or beyond the path. */
function decodePressure(text: string, steps: number): PressureMark[] | null {
  const marks: PressureMark[] = [];
  for (const item of text.split(',')) {
    const match = /^([0-9a-z]+)([tr])$/.exec(item);
    if (!match) return null;
    const step = parseInt(match[1] ?? '', 36);
    if (step >= steps || marks.some((m) => m.step === step)) return null;
    marks.push({ step, pressure: match[2] === 't' ? 'timed' : 'ran-out' });
  }
  return marks;
}

function encodeValue(value: MemoryValue): string {
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return `n${String(value)}`;
  return `s${encodeURIComponent(value)}`;
}

function decodeValue(text: string): MemoryValue | null {
  if (text === 't') return true;
  if (text === 'f') return false;
  if (text.startsWith('n')) {
    const n = Number(text.slice(1));
    return text.length > 1 && Number.isFinite(n) ? n : null;
  }
  if (text.startsWith('s')) {
    try {
      return decodeURIComponent(text.slice(1));
    } catch {
      return null;
    }
  }
  return null;
}

function encodePath(path: readonly number[]): string {
  return path.map((i) => (i < 36 ? i.toString(36) : `(${i.toString(36)})`)).join('');
}

function decodePath(text: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') {
      const end = text.indexOf(')', i);
      if (end < 0) return null;
      const n = parseInt(text.slice(i + 1, end), 36);
      if (!Number.isInteger(n) || !/^[0-9a-z]+$/.test(text.slice(i + 1, end))) return null;
      out.push(n);
      i = end;
    } else if (/^[0-9a-z]$/.test(ch)) {
      out.push(parseInt(ch, 36));
    } else {
      return null;
    }
  }
  return out;
}

/** The suspend_data string for a play in progress. */
export function encodeSuspend(state: SuspendState): string {
  const memory = Object.entries(state.memory)
    .filter(([name]) => isMemoryName(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name.slice(MEMORY_PREFIX.length))}:${encodeValue(value)}`,
    )
    .join(',');
  const fields = [
    SUSPEND_FORMAT,
    encodeURIComponent(state.lang),
    encodeURIComponent(state.version),
    memory,
    encodePath(state.path),
  ];
  if (state.pressure && state.pressure.length > 0) fields.push(encodePressure(state.pressure));
  return fields.join('|');
}

/**
 * Reads suspend_data back; null for anything that is not exactly what encodeSuspend writes (empty,
 * another format, damaged), so a caller starts fresh instead of replaying nonsense.
 */
export function decodeSuspend(text: string): SuspendState | null {
  const parts = text.split('|');
  if ((parts.length !== 5 && parts.length !== 6) || parts[0] !== SUSPEND_FORMAT) return null;
  const [, lang = '', version = '', memoryText = '', pathText = '', pressureText] = parts;
  let decodedLang: string;
  let decodedVersion: string;
  try {
    decodedLang = decodeURIComponent(lang);
    decodedVersion = decodeURIComponent(version);
  } catch {
    return null;
  }
  if (decodedLang === '' || decodedVersion === '') return null;
  const memory: Record<string, MemoryValue> = {};
  if (memoryText !== '') {
    for (const pair of memoryText.split(',')) {
      const colon = pair.indexOf(':');
      if (colon <= 0) return null;
      let name: string;
      try {
        name = decodeURIComponent(pair.slice(0, colon));
      } catch {
        return null;
      }
      const value = decodeValue(pair.slice(colon + 1));
      if (value === null || !isMemoryName(MEMORY_PREFIX + name)) return null;
      memory[MEMORY_PREFIX + name] = value;
    }
  }
  const path = decodePath(pathText);
  if (!path) return null;
  if (pressureText === undefined)
    return { lang: decodedLang, version: decodedVersion, memory, path };
  const pressure = decodePressure(pressureText, path.length);
  if (!pressure) return null;
  return { lang: decodedLang, version: decodedVersion, memory, path, pressure };
}

/** SCORM 2004's limit for `cmi.suspend_data` (characterstring SPM 64000). */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** The most resume data an LMS of this version must accept. */
export function suspendLimit(version: '1.2' | '2004'): number {
  return version === '1.2' ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT;
}
