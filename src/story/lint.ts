/**
 * Checks the tags of an ink source file line by line. The compiled JSON no longer knows which line a
 * tag came from, so tag errors are found here, in the source, where we can name the file and line.
 * This is a scanner for the part of ink's syntax that carries tags, not a second ink parser: the ink
 * compiler still has the last word on everything else.
 */
import type { Diagnostic } from './diagnostics.ts';
import { LINT_MESSAGES, type LintMessageCode } from './lint-messages.ts';
import { bandBreaches, findModifier, rubricEnforced } from './rubric.ts';
import { codedMessage, type CodedMessage } from './tag-messages.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags, TagError } from './tags.ts';

export interface LintOptions {
  /**
   * Require an `act:` on every choice (docs/rubric.md). Default: true for scenarios under
   * `stories/<lang>/` that are not pending conversion (see rubricEnforced).
   */
  readonly rubric?: boolean;
  /** Ids that `scene:` / `sound:` may name; when absent those ids are not checked. */
  readonly knownScenes?: ReadonlySet<string>;
  readonly knownSounds?: ReadonlySet<string>;
}

export interface LintResult {
  readonly diagnostics: Diagnostic[];
  /** Ids of the cast members declared by this file's global tags. */
  readonly cast: string[];
  /** Ids of the endings this file's lines end with (a story's INCLUDEd files may hold its endings). */
  readonly endings: string[];
}

/** The start of the warning for a declared ending no line of the file ends with. */
export const ENDING_UNUSED = /^ending "([^"]*)" is declared but no line ends with it$/;

/** Splits "text # a # b" into the text and its tags; `\#` is an escaped hash, not a tag. */
function splitTags(segment: string): { text: string; tags: string[] } {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) {
      current += ch + segment[i + 1];
      i++;
    } else if (ch === '#') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const [text = '', ...tags] = parts;
  // Ink unescapes `\|`, `\#` and friends in the runtime tag text; do the same so we check what plays.
  return { text, tags: tags.map((t) => t.replace(/\\(.)/g, '$1').trim()) };
}

/** Removes `//` and `/* *\/` comments, keeping line numbers. */
function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const rawLine of source.split(/\r?\n/)) {
    let line = '';
    for (let i = 0; i < rawLine.length; i++) {
      if (inBlock) {
        if (rawLine.startsWith('*/', i)) {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (rawLine.startsWith('/*', i)) {
        inBlock = true;
        i++;
        continue;
      }
      if (rawLine.startsWith('//', i) && rawLine[i - 1] !== ':') break;
      line += rawLine[i];
    }
    out.push(line);
  }
  return out;
}

/** A gather: one or more dashes at the start of a line (not a divert's arrow). */
const GATHER = /^\s*((?:-(?!>)\s*)+)/;
const LOGIC_LINE = /^\s*(~|VAR\b|CONST\b|LIST\b|INCLUDE\b|EXTERNAL\b|={1,3}\s*[\w(]|->)/;
const CHOICE_LINE = /^\s*(?:-\s*)*([*+](?:\s*[*+])*)(.*)$/;

export function lintInkSource(file: string, source: string, options: LintOptions = {}): LintResult {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, m: CodedMessage) =>
    diagnostics.push({ file, line, severity: 'error', ...m });
  const warn = (line: number, m: CodedMessage) =>
    diagnostics.push({ file, line, severity: 'warning', ...m });
  /** The linter's message `code` (./lint-messages.ts). */
  const say = <C extends LintMessageCode>(
    code: C,
    ...params: Parameters<(typeof LINT_MESSAGES)[C]>
  ): CodedMessage => codedMessage(LINT_MESSAGES, code, ...params);
  const tagMessage = (e: TagError): CodedMessage => ({
    message: e.message,
    code: e.code,
    params: e.params,
  });

  const lines = stripComments(source);
  const globalTags: { tag: string; line: number }[] = [];
  let inHeader = true;
  const speakers: { id: string; line: number }[] = [];
  const named: { id: string; line: number; tag: string }[] = [];
  const trusted: { id: string; line: number }[] = [];
  const requireActs = options.rubric ?? rubricEnforced(file);
  const endingsUsed: { id: string; line: number }[] = [];
  /**
   * The open choice points, by depth (the number of bullets): the line of the `timeout` choice each
   * already has, or null. A choice point is the run of choices at one depth until a gather at that
   * depth or shallower, a choice further out, or a new knot or stitch closes it.
   */
  const points = new Map<number, number | null>();
  const closePoints = (fromDepth: number) => {
    for (const depth of [...points.keys()]) if (depth >= fromDepth) points.delete(depth);
  };

  const checkLineTags = (tags: string[], lineNo: number) => {
    if (tags.length === 0) return;
    try {
      const parsed = parseLineTags(tags);
      if (parsed.speaker) speakers.push({ id: parsed.speaker, line: lineNo });
      // People named by `mood: id m` and `leave: id` must be in the cast, as speakers must.
      if (parsed.feeling) named.push({ id: parsed.feeling.person, line: lineNo, tag: 'mood' });
      for (const id of parsed.leaves ?? []) named.push({ id, line: lineNo, tag: 'leave' });
      if (parsed.via && !parsed.speaker) {
        error(lineNo, say('via-without-speaker', { via: parsed.via }));
      }
      if (parsed.ending) endingsUsed.push({ id: parsed.ending, line: lineNo });
      if (parsed.scene && options.knownScenes && !options.knownScenes.has(parsed.scene)) {
        error(lineNo, say('scene-unknown', { scene: parsed.scene }));
      }
      if (parsed.sound && options.knownSounds && !options.knownSounds.has(parsed.sound)) {
        error(lineNo, say('sound-unknown', { sound: parsed.sound }));
      }
    } catch (e) {
      if (e instanceof TagError) error(lineNo, tagMessage(e));
      else throw e;
    }
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (inHeader && trimmed.startsWith('#')) {
      for (const tag of splitTags(trimmed).tags) globalTags.push({ tag, line: lineNo });
      return;
    }
    if (inHeader && /^(VAR|CONST|LIST|INCLUDE|EXTERNAL)\b/.test(trimmed)) return;
    inHeader = false;
    if (LOGIC_LINE.test(line)) {
      if (/^\s*={1,3}\s*[\w(]/.test(line)) closePoints(1);
      if (/^\s*(={1,3}|~)/.test(line) && splitTags(line).tags.length > 0 && !/^\s*~/.test(line)) {
        error(lineNo, say('header-tags'));
      }
      return;
    }
    const gather = GATHER.exec(line);
    if (gather) closePoints((gather[1] ?? '').replace(/\s/g, '').length);
    const choice = CHOICE_LINE.exec(line);
    if (choice) {
      const depth = (choice[1] ?? '').replace(/\s/g, '').length;
      closePoints(depth + 1);
      if (!points.has(depth)) points.set(depth, null);
      const body = choice[2] ?? '';
      const open = body.indexOf('[');
      const close = open >= 0 ? body.indexOf(']', open) : -1;
      if (open < 0 || close < 0) {
        if (splitTags(body).tags.length > 0) {
          error(lineNo, say('choice-tags-without-brackets'));
        } else if (requireActs && !/^\s*(?:\([^)]*\)\s*)?(?:\{[^}]*\}\s*)*->/.test(body)) {
          error(lineNo, say('choice-without-brackets-or-act'));
        }
        return;
      }
      const before = splitTags(body.slice(0, open)).tags;
      if (before.length > 0) error(lineNo, say('tag-before-brackets'));
      const inside = splitTags(body.slice(open + 1, close));
      try {
        const parsed = parseChoiceTags(inside.tags);
        const scored = Object.keys(parsed.effects).length > 0;
        if (scored && parsed.why === null) warn(lineNo, say('why-missing'));
        if (!scored && parsed.why !== null) warn(lineNo, say('why-unscored'));
        for (const t of parsed.trust) trusted.push({ id: t.person, line: lineNo });
        if (parsed.timeout) {
          const first = points.get(depth) ?? null;
          if (first !== null) {
            error(lineNo, say('timeout-second', { first }));
          } else points.set(depth, lineNo);
        }
        if (parsed.act !== null) {
          // A modifier the act does not take has no band to check against: it is the error.
          const act = parsed.act;
          const misfits = Object.entries(parsed.modifiers).flatMap(([key, value]) => {
            const acts = Object.keys(findModifier(key, value)?.acts ?? {});
            return acts.includes(act) ? [] : [{ key, value, act, acts: acts.join(', ') }];
          });
          for (const m of misfits) error(lineNo, say('modifier-not-for-act', m));
          if (misfits.length === 0) {
            for (const b of bandBreaches(act, parsed.modifiers, parsed.effects)) {
              error(lineNo, say('band-breach', b));
            }
          }
        } else {
          if (Object.keys(parsed.modifiers).length > 0) {
            error(lineNo, say('modifier-without-act'));
          }
          if (requireActs) {
            error(lineNo, say('choice-without-act'));
          }
        }
      } catch (e) {
        if (e instanceof TagError) error(lineNo, tagMessage(e));
        else throw e;
      }
      checkLineTags(splitTags(body.slice(close + 1)).tags, lineNo);
      return;
    }
    checkLineTags(splitTags(line).tags, lineNo);
  });

  let cast: string[] = [];
  let endingTitles: string[] = [];
  if (globalTags.length > 0) {
    try {
      const meta = parseGlobalTags(globalTags.map((g) => g.tag));
      cast = meta.cast.map((c) => c.id);
      endingTitles = meta.endings.map((e) => e.id);
    } catch (e) {
      if (!(e instanceof TagError)) throw e;
      const at = globalTags.find((g) => g.tag === e.tag)?.line ?? globalTags[0]?.line ?? 1;
      error(at, tagMessage(e));
    }
  }
  if (globalTags.length > 0) {
    for (const t of trusted) {
      if (!cast.includes(t.id)) {
        error(t.line, say('trust-not-in-cast', { id: t.id }));
      }
    }
  }
  if (cast.length > 0) {
    for (const n of named) {
      if (!cast.includes(n.id)) {
        error(n.line, say('named-not-in-cast', { tag: n.tag, id: n.id }));
      }
    }
    for (const s of speakers) {
      if (s.id !== 'you' && !cast.includes(s.id)) {
        error(s.line, say('speaker-not-in-cast', { id: s.id }));
      }
    }
  }
  // An ending is shown to players by its title, in the story's language; without one they would see
  // its id. Only files with a header (not INCLUDE parts) are held to this.
  if (globalTags.length > 0) {
    for (const e of endingsUsed) {
      if (!endingTitles.includes(e.id)) {
        if (endingTitles.length > 0) error(e.line, say('ending-without-title', { id: e.id }));
        else warn(e.line, say('ending-shows-id', { id: e.id }));
      }
    }
    for (const id of endingTitles) {
      if (!endingsUsed.some((e) => e.id === id)) {
        const at = globalTags.find((g) => g.tag.startsWith(`ending: ${id}`))?.line ?? 1;
        warn(at, say('ending-unused', { id }));
      }
    }
  }
  return { diagnostics, cast, endings: endingsUsed.map((e) => e.id) };
}
