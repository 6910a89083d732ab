/**
 * The Studio screen: where to start from (the template, a copy of a bundled scenario, a file), the
 * editor, and the problems the worker found, each a button that jumps to its line. Everything from a
 * story (its text, the messages quoting it) reaches the page as text, never as markup.
 */
import { h } from '../ui/dom.ts';
import type { Screen, UiContext } from '../ui/context.ts';
import { dictionaries, LANGS, isLang, type Lang } from '../i18n/index.ts';
import type { Diagnostic, ScenarioInfo } from '../story/index.ts';
import { createEditor, clip, type InkEditor } from './editor.ts';
import { StudioWorker, type CompileAnswer } from './client.ts';
import { checkPane } from './check-pane.ts';
import { mapView } from './map-view.ts';
import { MAX_FILE_CHARS, PAUSE_MS } from './protocol.ts';
import type { CompiledScenario } from '../story/index.ts';
import { TEMPLATES } from './template.ts';
import { bundledSource } from './sources.ts';
import type { DraftStore } from './drafts.ts';
import { exportName } from './export-name.ts';

/** The story's file name inside the Studio (its INCLUDEs name their parts beside it). */
export const STORY_FILE = 'story.ink';
/** At most this many problems are listed (the first ones matter; the count says how many there are). */
const MAX_LISTED = 200;

export interface StudioDeps {
  readonly catalogue: readonly ScenarioInfo[];
  back(): void;
  /** Plays a checked draft in the game's own screens (absent: no play-test offered). */
  playTest?(scenario: CompiledScenario): void;
  /** Where the draft is kept between visits and reloads. */
  readonly drafts: DraftStore;
}

/** How long after the last edit the draft is saved (and at once when the page is left). */
export const SAVE_PAUSE_MS = 400;

/** Offers text as a file download (a Blob of plain text: nothing from the story is ever markup). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function studioScreen(ctx: UiContext, deps: StudioDeps): Screen {
  const s = ctx.t.studio;
  // The draft saved in this browser (a play-test, another screen or a reload finds it as it was left).
  const loaded = deps.drafts.load();
  let storyLang: Lang = loaded.draft?.lang ?? ctx.lang;
  const initialText = loaded.draft?.texts[storyLang] ?? TEMPLATES[storyLang];
  /** The text last put in the editor whole (a template, a copy, a file): replacing it needs no asking. */
  let loadedText: string | null = loaded.draft ? null : initialText;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let editor: InkEditor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the last edit's pause ended (the check was sent), for the keystroke-to-errors figure. */
  let pauseEnded = 0;
  let changes = 0;

  const heading = h('h1', { id: 'studio-heading', tabindex: -1 }, s.title);
  const status = h('p', { class: 'studio-status', role: 'status', 'aria-live': 'polite' });
  const problems = h('ol', { class: 'studio-problems', 'aria-labelledby': 'studio-problems-h' });
  const notice = h('p', { class: 'studio-notice', role: 'alert', hidden: true });

  // A saved draft that could not be read was set aside, not deleted: say so, and offer its text.
  const setAside = loaded.setAside;
  const setAsideNotice = setAside
    ? h(
        'div',
        { class: 'studio-notice studio-set-aside', role: 'alert' },
        h('p', {}, s.draftSetAside(setAside.key !== null, clip(setAside.reason, 120))),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => download(setAside.raw, 'mingle-studio-draft-set-aside.txt'),
          },
          s.draftDownload,
        ),
      )
    : null;

  const say = (text: string | null) => {
    notice.textContent = text ?? '';
    notice.hidden = text === null;
  };

  const showAnswer = ({ response, roundTrip }: CompileAnswer) => {
    const shownAfter = performance.now() - pauseEnded;
    status.dataset.state = response.type === 'compiled' && response.ok ? 'ok' : 'problems';
    status.dataset.latency = String(Math.round(shownAfter));
    status.dataset.workerMs = String(Math.round(response.type === 'compiled' ? response.ms : 0));
    status.dataset.roundTrip = String(Math.round(roundTrip));
    status.dataset.changes = String(changes);
    if (response.type === 'refused') {
      status.textContent = s.refused[response.reason];
      problems.replaceChildren();
      editor?.mark([]);
      return;
    }
    const list = response.diagnostics;
    const errors = list.filter((d) => d.severity === 'error').length;
    status.textContent = list.length === 0 ? s.noProblems : s.counts(errors, list.length - errors);
    editor?.mark(list.filter((d) => d.file === STORY_FILE));
    problems.replaceChildren(...list.slice(0, MAX_LISTED).map(problemItem));
  };

  const problemItem = (d: Diagnostic) => {
    const where =
      d.file === STORY_FILE ? s.lineLabel(d.line) : `${clip(d.file, 80)}: ${s.lineLabel(d.line)}`;
    const body = [
      h('span', { class: 'where' }, where),
      h('span', { class: 'severity' }, s.severity[d.severity]),
      h('span', { class: 'message' }, clip(d.message)),
    ];
    const canJump = d.file === STORY_FILE && d.line > 0;
    return h(
      'li',
      { class: `problem ${d.severity}`, 'data-line': d.line },
      canJump
        ? h(
            'button',
            {
              type: 'button',
              class: 'problem-link',
              title: s.goToLine(d.line),
              onclick: () => editor?.goTo(d.line),
            },
            ...body,
          )
        : h('div', { class: 'problem-link' }, ...body),
    );
  };

  const worker = new StudioWorker(showAnswer);

  const check = () => {
    timer = null;
    if (!editor) return;
    pauseEnded = performance.now();
    status.textContent = s.checking;
    status.dataset.state = 'checking';
    worker.compile([{ name: STORY_FILE, text: editor.text() }]);
  };

  const draftStatus = h('p', { class: 'studio-saved' });
  const saveNow = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (!editor) return;
    const result = deps.drafts.save({ lang: storyLang, texts: { [storyLang]: editor.text() } });
    draftStatus.dataset.state = result.ok ? 'saved' : result.reason;
    draftStatus.textContent = result.ok ? s.draftSaved : s.draftNotSaved[result.reason];
  };
  const saveSoon = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_PAUSE_MS);
  };
  const onPageHide = () => saveNow();

  const schedule = () => {
    changes++;
    saveSoon();
    markStale();
    if (timer !== null) clearTimeout(timer);
    status.dataset.state = 'checking';
    timer = setTimeout(check, PAUSE_MS);
  };

  /** Replaces the story, asking first when the author has written something of their own. */
  const replace = (text: string) => {
    if (!editor) return;
    const current = editor.text();
    const pristine =
      current === loadedText ||
      current === TEMPLATES.en ||
      current === TEMPLATES.nl ||
      current.trim() === '';
    if (!pristine && !window.confirm(s.replaceConfirm)) return;
    say(null);
    editor.setText(text);
    loadedText = text;
    changes = 0;
    saveNow();
    editor.view.scrollDOM.scrollTop = 0;
  };

  // ---- Where to start from ----
  const langSelect = h(
    'select',
    { id: 'studio-lang', class: 'studio-lang' },
    ...LANGS.map((l) =>
      h('option', { value: l, selected: l === storyLang, lang: l }, dictionaries[l].langName),
    ),
  );
  const startSelect = h('select', { id: 'studio-start', class: 'studio-start' });
  const fillStart = () => {
    const bundled = deps.catalogue.filter((i) => i.lang === storyLang);
    startSelect.replaceChildren(
      h('option', { value: '' }, s.startTemplate),
      h(
        'optgroup',
        { label: s.startBundledGroup },
        ...bundled.map((i) => h('option', { value: i.id }, i.meta.title)),
      ),
    );
  };
  fillStart();
  langSelect.addEventListener('change', () => {
    if (isLang(langSelect.value)) storyLang = langSelect.value;
    fillStart();
  });
  const loadButton = h('button', { type: 'button', class: 'secondary studio-load' }, s.load);
  loadButton.addEventListener('click', () => {
    const id = startSelect.value;
    if (id === '') {
      replace(TEMPLATES[storyLang]);
      return;
    }
    loadButton.disabled = true;
    bundledSource(storyLang, id)
      .then((text) => {
        if (text === null) say(s.loadFailed);
        else replace(text);
      })
      .catch(() => say(s.loadFailed))
      .finally(() => {
        loadButton.disabled = false;
      });
  });
  const fileInput = h('input', {
    type: 'file',
    id: 'studio-file',
    class: 'studio-file',
    accept: '.ink,text/plain',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const name = clip(file.name, 80);
    // A file is read only within the cap (bytes first: a 5 MB file is never read whole).
    if (file.size > MAX_FILE_CHARS * 4) {
      say(s.fileTooLarge(name));
      return;
    }
    file.text().then(
      (text) => {
        if (text.length > MAX_FILE_CHARS) say(s.fileTooLarge(name));
        else if (/\0/.test(text)) say(s.fileNotText(name));
        else replace(text.replace(/^\uFEFF/, ''));
      },
      () => say(s.fileNotText(name)),
    );
  });

  // ---- The Check pane: the full analysis in a worker of its own, with progress and a Cancel ----
  const pane = checkPane(ctx, {
    files: () => (editor ? [{ name: STORY_FILE, text: editor.text() }] : null),
    lang: () => storyLang,
    goTo: (line) => editor?.goTo(line),
    onReport: (report) => map.show(report?.map ?? null),
    ...(deps.playTest ? { playTest: (scenario) => deps.playTest?.(scenario) } : {}),
  });
  const map = mapView(ctx, (line) => editor?.goTo(line));
  const markStale = () => {
    pane.changed();
    map.stale();
  };

  const editorHost = h('div', { class: 'studio-editor' });
  const el = h(
    'section',
    { class: 'screen screen-studio', 'aria-labelledby': 'studio-heading' },
    h(
      'header',
      { class: 'studio-bar' },
      heading,
      draftStatus,
      h(
        'button',
        { type: 'button', class: 'ghost studio-back', onclick: () => deps.back() },
        s.back,
      ),
    ),
    h('p', { class: 'intro studio-intro' }, s.intro),
    h('p', { class: 'studio-phone-note' }, s.phoneNote),
    h(
      'div',
      { class: 'studio-start-row', role: 'group', 'aria-label': s.startLabel },
      h('label', { for: 'studio-lang' }, s.storyLangLabel),
      langSelect,
      h('label', { for: 'studio-start' }, s.startLabel),
      startSelect,
      loadButton,
      h('label', { for: 'studio-file', class: 'secondary file-label' }, s.openFile),
      fileInput,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary studio-export',
          onclick: () => {
            if (editor) download(editor.text(), exportName(editor.text(), storyLang));
          },
        },
        s.exportFile,
      ),
    ),
    notice,
    setAsideNotice,
    h(
      'div',
      { class: 'studio-main' },
      editorHost,
      h(
        'aside',
        { class: 'studio-side', 'aria-labelledby': 'studio-problems-h' },
        h('h2', { id: 'studio-problems-h' }, s.problemsTitle),
        status,
        problems,
        pane.el,
      ),
    ),
    map.el,
  );

  return {
    el,
    focus: heading,
    title: `${s.title} · ${ctx.t.appName}`,
    start() {
      editor = createEditor(editorHost, {
        text: initialText,
        label: s.editorLabel,
        onChange: schedule,
      });
      window.addEventListener('pagehide', onPageHide);
      check();
    },
    dispose() {
      saveNow();
      window.removeEventListener('pagehide', onPageHide);
      if (timer !== null) clearTimeout(timer);
      pane.dispose();
      worker.dispose();
      editor?.view.destroy();
      editor = null;
    },
  };
}
