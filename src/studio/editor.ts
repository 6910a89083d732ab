/**
 * The CodeMirror editor the Studio writes in: line numbers, undo history, the ink highlighting mode and
 * lint markers in the margin. The markers come from the worker's answers, never from CodeMirror's own
 * linter loop, so a slow check can never hold up typing.
 */
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../story/index.ts';
import { inkHighlight, inkLanguage } from './ink-mode.ts';
import type { TextChange } from './includes.ts';
import editorCss from './editor.css?inline';

/** A message from a story can quote the story: keep what is shown short. */
const MAX_MESSAGE = 400;

export function clip(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface InkEditor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole story (a template, a copy, a file), as one undoable change. */
  setText(text: string): void;
  /** Shows these diagnostics of `file` as margin markers (others are listed, not marked). */
  mark(diagnostics: readonly Diagnostic[]): void;
  /** Puts the cursor at the start of a line, scrolls it into view and focuses the editor. */
  goTo(line: number): void;
  /**
   * The editor holds one document per tab (each with its own undo history and markers); `show`
   * swaps the one on view, creating it with `text` the first time. `textOf` reads any of them.
   */
  show(id: string, text?: string): void;
  textOf(id: string): string | null;
  /** Forgets a tab's document (not the one on view). */
  drop(id: string): void;
  /** Creates a document not on view (an included file of a language), in place of any of that id. */
  add(id: string, text: string): void;
  /** Changes any document (on view or not) as one undoable step of its own history. */
  edit(id: string, changes: readonly TextChange[]): void;
  /** The id of the document on view. */
  current(): string;
}

/**
 * The editor's own root. CodeMirror mounts its themes into the root it is drawn in: in the document
 * that is a <style> element, which the Content-Security-Policy blocks; in a shadow root it is a
 * constructed stylesheet, which the policy allows. So the editor is drawn in a shadow root of `host`,
 * with editor.css adopted beside CodeMirror's themes. Without shadow roots it is drawn in `host`.
 */
function editorRoot(host: HTMLElement): HTMLElement {
  if (typeof host.attachShadow !== 'function' || typeof CSSStyleSheet === 'undefined') return host;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(editorCss);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const parent = host.ownerDocument.createElement('div');
  shadow.append(parent);
  return parent;
}

export function createEditor(
  host: HTMLElement,
  options: { text: string; label: string; onChange: () => void; id?: string },
): InkEditor {
  const newState = (doc: string) =>
    EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        // Tab indents (ink nests by indentation); Escape then Tab leaves the editor, as CodeMirror documents.
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        inkLanguage,
        syntaxHighlighting(inkHighlight),
        lintGutter(),
        EditorView.lineWrapping,
        // The text is a contenteditable textbox, in the Tab order already; the explicit tabindex
        // only says so to checkers (axe counts no contenteditable as focusable, and so reported the
        // editor's scrolling box as one no keyboard could reach, though moving the caret scrolls it).
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange();
        }),
      ],
    });
  const view = new EditorView({ parent: editorRoot(host), state: newState(options.text) });
  /** Every tab's document but the one on view; `current` names the one on view. */
  const docs = new Map<string, EditorState>();
  let current = options.id ?? 'main';
  const lineRange = (line: number) => {
    const doc = view.state.doc;
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return { from: l.from, to: l.to };
  };
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    mark(diagnostics) {
      const marks: CmDiagnostic[] = diagnostics.map((d) => ({
        ...lineRange(d.line),
        severity: d.severity,
        message: clip(d.message),
      }));
      view.dispatch(setDiagnostics(view.state, marks));
    },
    goTo(line) {
      const { from } = lineRange(line);
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
      view.focus();
    },
    show(id, text = '') {
      if (id === current) return;
      docs.set(current, view.state);
      view.setState(docs.get(id) ?? newState(text));
      docs.delete(id);
      current = id;
    },
    textOf(id) {
      if (id === current) return view.state.doc.toString();
      return docs.get(id)?.doc.toString() ?? null;
    },
    drop(id) {
      docs.delete(id);
    },
    add(id, text) {
      if (id === current) view.setState(newState(text));
      else docs.set(id, newState(text));
    },
    edit(id, changes) {
      if (changes.length === 0) return;
      if (id === current) {
        view.dispatch({ changes: [...changes] });
        return;
      }
      const state = docs.get(id);
      if (state) docs.set(id, state.update({ changes: [...changes] }).state);
    },
    current: () => current,
  };
}
