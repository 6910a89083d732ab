/**
 * A small ink highlighting mode for CodeMirror (a line-by-line stream tokenizer, not a parser): knots
 * and stitches, choices and gathers, diverts, logic lines, `{…}` inline logic, tags and comments. The
 * compiler in the worker has the last word on what the text means; this only helps the eye.
 */
import { HighlightStyle, StreamLanguage, type StringStream } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

interface InkState {
  /** Inside a `/* … *\/` comment, which may span lines. */
  comment: boolean;
  /** Inside a tag (after `#`) until the end of the line or the choice's closing bracket. */
  tag: boolean;
  /** A logic line (`~`, VAR, CONST, LIST, INCLUDE, EXTERNAL): words are code, not prose. */
  logic: boolean;
  /** Depth of `{…}` inline logic on this line. */
  brace: number;
  /** Inside a choice's `[…]` on this line. */
  bracket: boolean;
}

const KEYWORDS = /^(?:VAR|CONST|LIST|INCLUDE|EXTERNAL|temp|return|true|false|not|and|or|else)\b/;

function token(stream: StringStream, state: InkState): string | null {
  if (stream.sol()) {
    state.tag = false;
    state.logic = false;
    state.bracket = false;
    // Inline logic is read within its line: a multi-line `{ cond: … }` block holds prose, not code.
    state.brace = 0;
  }
  if (state.comment) {
    if (stream.skipTo('*/')) {
      stream.pos += 2;
      state.comment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.comment = true;
    return 'comment';
  }
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (state.tag) {
    // A tag runs to the next `#`, the end of a choice's brackets, or the end of the line.
    if (stream.match('#')) return 'meta';
    while (!stream.eol()) {
      const ch = stream.peek();
      if (ch === '#' || (state.bracket && ch === ']')) break;
      if (ch === '\\') stream.next();
      stream.next();
    }
    if (stream.peek() === ']') state.tag = false;
    return 'meta';
  }
  if (stream.sol() || /^\s*$/.test(stream.string.slice(0, stream.pos))) {
    if (stream.match(/^\s*={1,3}\s*(?:function\s+)?[\w.]+/)) {
      stream.match(/^\s*(?:\([^)]*\))?\s*=*/);
      return 'heading';
    }
    if (stream.match(/^\s*~/)) {
      state.logic = true;
      return 'keyword';
    }
    if (stream.match(/^\s*(?:VAR|CONST|LIST|INCLUDE|EXTERNAL)\b/)) {
      state.logic = true;
      return 'keyword';
    }
    if (stream.match(/^\s*(?:[-*+]\s*)+(?=[^>]|$)/)) {
      stream.match(/^\(\w+\)/);
      return 'keyword';
    }
  }
  if (stream.match('->') || stream.match('<-')) {
    stream.eatSpace();
    stream.match(/^[\w.]+/);
    return 'link';
  }
  if (stream.match('#')) {
    state.tag = true;
    return 'meta';
  }
  if (stream.peek() === '{') {
    stream.next();
    state.brace++;
    return 'brace';
  }
  if (stream.peek() === '}') {
    stream.next();
    if (state.brace > 0) state.brace--;
    return 'brace';
  }
  if (stream.peek() === '[') {
    stream.next();
    state.bracket = true;
    return 'squareBracket';
  }
  if (stream.peek() === ']') {
    stream.next();
    state.bracket = false;
    return 'squareBracket';
  }
  if (state.logic || state.brace > 0) {
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^-?\d+(?:\.\d+)?/)) return 'number';
    if (stream.match(KEYWORDS)) return 'keyword';
    if (stream.match(/^\w+/)) return 'variableName';
    stream.next();
    return 'operator';
  }
  if (stream.match('<>')) return 'operator';
  // Prose: run to the next character that may start something else.
  if (!stream.match(/^[^#{}[\]\-<>/\\]+/)) stream.next();
  return null;
}

export const inkLanguage = StreamLanguage.define<InkState>({
  name: 'ink',
  startState: () => ({ comment: false, tag: false, logic: false, brace: 0, bracket: false }),
  token,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});

/** Colours for the ink tokens, readable on the Studio's light editor (contrast ≥ 4.5:1). */
export const inkHighlight = HighlightStyle.define([
  { tag: t.comment, color: '#5c6370', fontStyle: 'italic' },
  { tag: t.heading, color: '#7a2e8e', fontWeight: 'bold' },
  { tag: t.keyword, color: '#1f5fa8', fontWeight: 'bold' },
  { tag: t.link, color: '#0b6b5d' },
  { tag: t.meta, color: '#8a4b00' },
  { tag: t.string, color: '#2f6b1f' },
  { tag: t.number, color: '#a0306a' },
  { tag: t.variableName, color: '#1f5fa8' },
  { tag: [t.brace, t.squareBracket, t.operator], color: '#4a4a4a' },
]);
