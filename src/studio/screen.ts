/**
 * The Studio screen: where to start from (the template, a copy of a bundled scenario, a file), the
 * editor, and the problems the worker found, each a button that jumps to its line. Everything from a
 * story (its text, the messages quoting it) reaches the page as text, never as markup.
 */
import { authorText } from './author-words.ts';
import { includeRenames } from './includes.ts';
import { h } from '../ui/dom.ts';
import type { Screen, UiContext } from '../ui/context.ts';
import { dictionaries, LANGS, isLang, type Lang } from '../i18n/index.ts';
import type { Diagnostic, ScenarioInfo } from '../story/index.ts';
import { createEditor, clip, type InkEditor } from './editor.ts';
import {
  prepareCheckWorker,
  releaseCheckWorker,
  StudioWorker,
  type CompileAnswer,
} from './client.ts';
import { checkPane } from './check-pane.ts';
import { mapView } from './map-view.ts';
import {
  FILE_NAME,
  MAX_FILE_CHARS,
  MAX_FILES,
  PAUSE_MS,
  STORY_FILE,
  type StudioFile,
} from './protocol.ts';
import type { CompiledScenario, StoryVariables } from '../story/index.ts';
import { TEMPLATES } from './template.ts';
import { bundledSource } from './sources.ts';
import type { DraftStore } from './drafts.ts';
import { exportName } from './export-name.ts';
import {
  newSavedId,
  titleOf,
  type InkPart,
  type Library,
  type SavedScenario,
} from '../library/index.ts';
import { checkForSaving, partsOf, textsOf } from './save.ts';

/** The story's file name inside the Studio (its INCLUDEs name their parts beside it). */
export { STORY_FILE };
/** At most this many problems are listed (the first ones matter; the count says how many there are). */
const MAX_LISTED = 200;

/** An included file of a language: its name, and the id of its document in the editor. */
interface Part {
  readonly doc: string;
  name: string;
}

/** A language of the scenario: its story (document `id`), its included files and the one on view. */
interface Tab {
  readonly id: string;
  lang: Lang;
  parts: Part[];
  /** The document on view while this tab is (its story's, `id`, or a part's). */
  file: string;
}

export interface StudioDeps {
  readonly catalogue: readonly ScenarioInfo[];
  back(): void;
  /** Plays a checked draft in the game's own screens (absent: no play-test offered). */
  playTest?(scenario: CompiledScenario, memory?: StoryVariables): void;
  /** Where the draft is kept between visits and reloads. */
  readonly drafts: DraftStore;
  /** Your scenarios, where Save puts the checked scenario (null or absent: no Save offered). */
  readonly library?: Library | null;
  /** A saved scenario to open, every language in its tab (Edit on the select screen). */
  readonly edit?: SavedScenario | null;
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
  /** The saved scenario this draft edits (Save replaces it); null: Save makes a new one. */
  let savedId: string | null = loaded.draft?.savedId ?? null;
  const initialText = loaded.draft?.texts[storyLang] ?? TEMPLATES[storyLang];
  /**
   * The tabs: one per language of the scenario (a language pair is two), each a document of the
   * editor with its own undo history. `storyLang` is the language of the tab on view.
   */
  const tabs: Tab[] = LANGS.filter(
    (lang) => lang === storyLang || typeof loaded.draft?.texts[lang] === 'string',
  ).map((lang, i) => ({ id: `tab-${i}`, lang, parts: [], file: `tab-${i}` }));
  /** Counts the documents made for included files, so each has an id of its own. */
  let partDocs = 0;
  /** A new included file of a tab: its document is created with `text`, not shown. */
  const addPart = (tab: Tab, name: string, text: string): Part => {
    const part = { doc: `${tab.id}-part-${++partDocs}`, name };
    editor?.add(part.doc, text);
    tab.parts.push(part);
    return part;
  };
  /** The name of a tab's document (story.ink, or an included file's). */
  const nameOf = (tab: Tab, doc: string) =>
    doc === tab.id ? STORY_FILE : (tab.parts.find((p) => p.doc === doc)?.name ?? STORY_FILE);
  /** A tab's files as the worker takes them: the story first, then each file it may include. */
  const filesOf = (tab: Tab | undefined): StudioFile[] =>
    tab && editor
      ? [
          { name: STORY_FILE, text: editor.textOf(tab.id) ?? '' },
          ...tab.parts.map((p) => ({ name: p.name, text: editor?.textOf(p.doc) ?? '' })),
        ]
      : [];
  const partsOfTab = (tab: Tab): InkPart[] => filesOf(tab).slice(1);
  /** Every tab's included files, by language (for the draft and for Save). */
  const allParts = () => {
    const parts: Partial<Record<Lang, readonly InkPart[]>> = {};
    for (const tab of tabs) if (tab.parts.length > 0) parts[tab.lang] = partsOfTab(tab);
    return parts;
  };
  /** The name of the file on view. */
  const fileOnView = () => {
    const tab = activeTab();
    return tab ? nameOf(tab, tab.file) : STORY_FILE;
  };
  /** The last diagnostics shown: switching files marks the new one's from them. */
  let shown: readonly Diagnostic[] = [];
  const tabOf = (lang: string) => tabs.find((t) => t.lang === lang) ?? null;
  const activeTab = () => tabOf(storyLang) ?? tabs[0];
  /** The text last put in each tab whole (a template, a copy, a file): replacing it needs no asking. */
  const firstTab = tabOf(storyLang)?.id ?? 'tab-0';
  const loadedTexts = new Map<string, string>(loaded.draft ? [] : [[firstTab, initialText]]);
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let editor: InkEditor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the last edit's pause ended (the check was sent), for the keystroke-to-errors figure. */
  let pauseEnded = 0;
  /** When the last edit was made, for the same figure counted from the key. */
  let lastKey = 0;
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

  /**
   * Each edit is compiled at once (./client.ts keeps the worker to the newest text), but its answer is
   * shown only once typing pauses, so the list and the margin do not flicker with half-typed words: an
   * answer that comes in during the pause is held here, and shown the moment the pause ends.
   */
  let held: CompileAnswer | null = null;
  const answered = (answer: CompileAnswer) => {
    if (timer !== null) held = answer;
    else showAnswer(answer);
  };

  const showAnswer = ({ response, roundTrip }: CompileAnswer) => {
    held = null;
    const shownAfter = performance.now() - pauseEnded;
    status.dataset.fromKey = String(Math.round(performance.now() - lastKey));
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
    shown = list;
    editor?.mark(
      list
        .filter((d) => d.file === fileOnView())
        .map((d) => ({ ...d, message: authorText(d, ctx.lang) })),
    );
    problems.replaceChildren(...list.slice(0, MAX_LISTED).map(problemItem));
    // The story is on screen and its first answer in: the check's worker can load its code now.
    prepareCheckWorker();
  };

  const problemItem = (d: Diagnostic) => {
    const where =
      d.file === STORY_FILE ? s.lineLabel(d.line) : `${clip(d.file, 80)}: ${s.lineLabel(d.line)}`;
    const body = [
      h('span', { class: 'where' }, where),
      h('span', { class: 'severity' }, s.severity[d.severity]),
      h('span', { class: 'message' }, clip(authorText(d, ctx.lang))),
    ];
    const tab = activeTab();
    const canJump = d.line > 0 && filesOf(tab).some((f) => f.name === d.file);
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
              'data-file': d.file,
              onclick: () => goTo(d.line, d.file),
            },
            ...body,
          )
        : h('div', { class: 'problem-link' }, ...body),
    );
  };

  const worker = new StudioWorker(answered);

  /** Compiles the story now; its answer is shown as soon as it comes (no pause to wait for). */
  const check = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    held = null;
    if (!editor) return;
    pauseEnded = performance.now();
    status.textContent = s.checking;
    status.dataset.state = 'checking';
    worker.compile(filesOf(activeTab()));
  };

  /** Typing paused: the answer for the text as it now is, if it is already in, is shown now. */
  const paused = () => {
    timer = null;
    pauseEnded = performance.now();
    status.textContent = s.checking;
    if (held) showAnswer(held);
  };

  const draftStatus = h('p', { class: 'studio-saved' });

  // ---- Save to Your scenarios: every language checked in full, then kept in the library ----
  const library = deps.library ?? null;
  const y = ctx.t.library;
  const saveStatus = h('p', { class: 'studio-save-status', role: 'status', 'aria-live': 'polite' });
  const saveButton = library
    ? h('button', { type: 'button', class: 'primary studio-save' }, y.save)
    : null;
  /** Says which saved scenario this draft edits (Save replaces it), if any. */
  const showEditing = () => {
    const saved = savedId !== null ? library?.get(savedId) : null;
    saveStatus.dataset.state = saved ? 'editing' : '';
    saveStatus.textContent = saved ? y.editing(titleOf(saved, storyLang)) : '';
  };
  const saveToLibrary = async () => {
    if (!library || !editor || !saveButton) return;
    saveNow();
    const texts: Partial<Record<Lang, string>> = {};
    for (const tab of tabs) texts[tab.lang] = editor.textOf(tab.id) ?? '';
    const parts = allParts();
    const id = savedId ?? newSavedId();
    saveButton.disabled = true;
    saveStatus.dataset.state = 'saving';
    saveStatus.textContent = y.saving;
    try {
      const checked = await checkForSaving(texts, id, parts);
      if (!checked.ok) {
        const name = y.langNames[checked.lang];
        saveStatus.dataset.state = 'not-saved';
        saveStatus.textContent =
          checked.why === 'compile' || checked.why === 'problems'
            ? y.notSound[checked.why](name, checked.errors)
            : y.notSound[checked.why](name);
        return;
      }
      const written = await library.save(checked.saved);
      if (!written.ok) {
        saveStatus.dataset.state = 'not-saved';
        saveStatus.textContent = y.notWritten[written.reason];
        return;
      }
      savedId = id;
      saveNow();
      saveStatus.dataset.state = 'saved';
      saveStatus.textContent = y.saved(titleOf(checked.saved, storyLang));
    } finally {
      saveButton.disabled = false;
    }
  };
  saveButton?.addEventListener('click', () => void saveToLibrary());
  const saveNow = () => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (!editor) return;
    const texts: Partial<Record<Lang, string>> = {};
    for (const tab of tabs) texts[tab.lang] = editor.textOf(tab.id) ?? '';
    const parts = allParts();
    const result = deps.drafts.save({
      lang: storyLang,
      texts,
      ...(savedId === null ? {} : { savedId }),
      ...(Object.keys(parts).length > 0 ? { parts } : {}),
    });
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
    lastKey = performance.now();
    saveSoon();
    markStale();
    if (timer !== null) clearTimeout(timer);
    status.dataset.state = 'checking';
    held = null;
    timer = setTimeout(paused, PAUSE_MS);
    if (editor) worker.compile(filesOf(activeTab()));
  };

  /** True when a tab holds only what was put in it whole, a template or nothing (and no files). */
  const pristine = (tab: Tab) => {
    const current = editor?.textOf(tab.id) ?? '';
    return (
      tab.parts.every((p) => (editor?.textOf(p.doc) ?? '').trim() === '') &&
      (current === loadedTexts.get(tab.id) ||
        current === TEMPLATES.en ||
        current === TEMPLATES.nl ||
        current.trim() === '')
    );
  };
  /** Puts a tab's story on view (or, for a tab not on view, makes it the one shown on return). */
  const showStory = (tab: Tab) => {
    if (tab.file === tab.id) return;
    if (tab.lang === storyLang) editor?.show(tab.id);
    tab.file = tab.id;
  };
  /** Forgets a tab's included files (each document with them). */
  const dropParts = (tab: Tab) => {
    showStory(tab);
    for (const p of tab.parts) editor?.drop(p.doc);
    tab.parts = [];
  };

  /**
   * Replaces the story in each language given (the tab on view with one text; both tabs of a
   * language pair with two, opening the second tab), asking first when the author has written
   * something of their own in any of them.
   */
  const replaceAll = (
    texts: Partial<Record<Lang, string>>,
    editing: string | null = null,
    parts: Partial<Record<Lang, readonly InkPart[]>> = {},
  ) => {
    if (!editor) return false;
    const langs = LANGS.filter((l) => texts[l] !== undefined);
    const touched = langs.map((l) => tabOf(l)).filter((t) => t !== null);
    if (touched.some((t) => !pristine(t)) && !window.confirm(s.replaceConfirm)) return false;
    say(null);
    // A template, a copy or a file is a new scenario; Edit reopens a saved one, which Save replaces.
    savedId = editing;
    // A saved scenario is the whole scenario: a tab of a language it does not have is closed.
    if (editing !== null && texts[storyLang] === undefined) {
      const target = langs.map((l) => tabOf(l)).find((t) => t !== null);
      const first = langs[0];
      if (target) {
        editor.show(target.file);
        storyLang = target.lang;
      } else if (first) {
        const tab = activeTab();
        if (tab) tab.lang = first;
        storyLang = first;
      }
      langSelect.value = storyLang;
      fillStart();
    }
    if (editing !== null) {
      for (const tab of tabs.filter((t) => texts[t.lang] === undefined)) {
        dropParts(tab);
        editor.drop(tab.id);
        tabs.splice(tabs.indexOf(tab), 1);
      }
    }
    for (const lang of langs) {
      const text = texts[lang] ?? '';
      let tab = tabOf(lang);
      if (!tab) {
        const id = `tab-${tabs.length}`;
        tab = { id, lang, parts: [], file: id };
        tabs.push(tab);
      }
      dropParts(tab);
      if (tab.lang === storyLang) editor.setText(text);
      else editor.add(tab.id, text);
      for (const p of parts[lang] ?? []) addPart(tab, p.name, p.text);
      loadedTexts.set(tab.id, text);
    }
    changes = 0;
    drawTabs();
    markStale();
    check();
    saveNow();
    editor.view.scrollDOM.scrollTop = 0;
    showEditing();
    return true;
  };
  const replace = (text: string) => void replaceAll({ [storyLang]: text });

  // ---- The tabs: one per language of the scenario ----
  const tabList = h('div', { class: 'studio-tabs', role: 'tablist', 'aria-label': s.tabsLabel });
  const drawTabs = () => {
    tabList.replaceChildren(
      ...tabs.map((tab) => {
        const on = tab.lang === storyLang;
        return h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `studio-${tab.id}`,
            class: 'studio-tab',
            'data-lang': tab.lang,
            'aria-selected': on ? 'true' : 'false',
            'aria-controls': 'studio-editor',
            tabindex: on ? 0 : -1,
            lang: tab.lang,
            onclick: () => switchTo(tab.lang),
          },
          s.tabLabel(dictionaries[tab.lang].langName),
        );
      }),
    );
    drawFiles();
  };
  // Arrow keys move between the tabs (the tab pattern of WAI-ARIA); Tab leaves the list.
  tabList.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const at = tabs.findIndex((t) => t.lang === storyLang);
    const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    e.preventDefault();
    switchTo(next.lang);
    tabList.querySelector<HTMLElement>(`[data-lang="${next.lang}"]`)?.focus();
  });
  /** Shows the tab of a language: the list of problems and the Check then follow it. */
  const switchTo = (lang: Lang) => {
    const tab = tabOf(lang);
    if (!editor || !tab || lang === storyLang) return;
    editor.show(tab.file);
    storyLang = lang;
    langSelect.value = lang;
    fillStart();
    drawTabs();
    markStale();
    saveSoon();
    check();
  };
  /** The other language of a language pair, for the Check's parity comparison (null: no pair). */
  const pairOf = () => {
    const other = tabs.find((t) => t.lang !== storyLang);
    return other && editor ? { lang: other.lang, files: filesOf(other) } : null;
  };

  /** Moves the cursor to a line of a file of the language on view (or of `lang`'s). */
  const goTo = (line: number, file: string = STORY_FILE, lang?: string) => {
    if (lang !== undefined && isLang(lang)) switchTo(lang);
    const tab = activeTab();
    if (!tab || !editor) return;
    const part = tab.parts.find((p) => p.name === file);
    openFile(tab, part ? part.doc : tab.id);
    editor.goTo(line);
  };

  // ---- The files of the language on view: the story, and the files it includes ----
  const fileList = h('div', {
    class: 'studio-file-tabs',
    role: 'tablist',
    'aria-label': s.filesLabel,
  });
  const fileName = h('input', {
    type: 'text',
    id: 'studio-file-name',
    class: 'studio-file-name',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 84,
    placeholder: 'people.ink',
  });
  const addFileButton = h(
    'button',
    { type: 'button', class: 'secondary studio-add-file' },
    s.addFile,
  );
  const renameFileButton = h(
    'button',
    { type: 'button', class: 'secondary studio-rename-file' },
    s.renameFile,
  );
  const removeFileButton = h(
    'button',
    { type: 'button', class: 'secondary studio-remove-file' },
    s.removeFile,
  );
  /** Shows one of a tab's documents (the tab on view). */
  const openFile = (tab: Tab, doc: string) => {
    if (!editor) return;
    if (tab.file !== doc) {
      editor.show(doc);
      tab.file = doc;
    }
    editor.mark(
      shown
        .filter((d) => d.file === nameOf(tab, doc))
        .map((d) => ({ ...d, message: authorText(d, ctx.lang) })),
    );
    drawFiles();
  };
  const drawFiles = () => {
    const tab = activeTab();
    if (!tab) return;
    const docs = [tab.id, ...tab.parts.map((p) => p.doc)];
    fileList.replaceChildren(
      ...docs.map((doc) => {
        const on = doc === tab.file;
        return h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `studio-file-${doc}`,
            class: 'studio-file-tab',
            'data-file': nameOf(tab, doc),
            'aria-selected': on ? 'true' : 'false',
            'aria-controls': 'studio-editor',
            tabindex: on ? 0 : -1,
            onclick: () => openFile(tab, doc),
          },
          nameOf(tab, doc),
        );
      }),
    );
    const onStory = tab.file === tab.id;
    renameFileButton.disabled = onStory;
    removeFileButton.disabled = onStory;
    addFileButton.disabled = tab.parts.length >= MAX_FILES - 1;
    editorHost.setAttribute('aria-labelledby', `studio-${tab.id} studio-file-${tab.file}`);
  };
  fileList.addEventListener('keydown', (e) => {
    const tab = activeTab();
    if (!tab || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    const docs = [tab.id, ...tab.parts.map((p) => p.doc)];
    const at = docs.indexOf(tab.file);
    const next = docs[(at + (e.key === 'ArrowRight' ? 1 : docs.length - 1)) % docs.length];
    if (next === undefined) return;
    e.preventDefault();
    openFile(tab, next);
    document.getElementById(`studio-file-${next}`)?.focus();
  });
  /** The name typed, as a file name (`.ink` added when missing), or null after saying what is wrong. */
  const typedName = (tab: Tab): string | null => {
    const raw = fileName.value.trim();
    const name = raw === '' || /\.ink$/i.test(raw) ? raw : `${raw}.ink`;
    if (!FILE_NAME.test(name) || name === STORY_FILE) {
      say(s.fileNameBad(clip(raw, 80)));
      fileName.focus();
      return null;
    }
    if (tab.parts.some((p) => p.name === name)) {
      say(s.fileNameTaken(name));
      fileName.focus();
      return null;
    }
    return name;
  };
  /** A file was added, renamed or removed: the draft is saved and the story compiled again. */
  const filesChanged = () => {
    drawFiles();
    markStale();
    saveSoon();
    check();
  };
  addFileButton.addEventListener('click', () => {
    const tab = activeTab();
    if (!tab || !editor) return;
    if (tab.parts.length >= MAX_FILES - 1) {
      say(s.tooManyFiles);
      return;
    }
    const name = typedName(tab);
    if (name === null) return;
    say(null);
    const part = addPart(tab, name, '');
    fileName.value = '';
    openFile(tab, part.doc);
    filesChanged();
    filesNote.textContent = s.fileAdded(name);
    document.getElementById(`studio-file-${part.doc}`)?.focus();
  });
  renameFileButton.addEventListener('click', () => {
    const tab = activeTab();
    const part = tab?.parts.find((p) => p.doc === tab.file);
    if (!tab || !part) return;
    const name = typedName(tab);
    if (name === null || !editor) return;
    say(null);
    // The language's files that INCLUDE the file by its old name now name the new one.
    let lines = 0;
    for (const doc of [tab.id, ...tab.parts.map((p) => p.doc)]) {
      const changes = includeRenames(editor.textOf(doc) ?? '', part.name, name);
      editor.edit(doc, changes);
      lines += changes.length;
    }
    part.name = name;
    fileName.value = '';
    filesChanged();
    filesNote.textContent = s.fileRenamed(name, lines);
    document.getElementById(`studio-file-${part.doc}`)?.focus();
  });
  removeFileButton.addEventListener('click', () => {
    const tab = activeTab();
    const part = tab?.parts.find((p) => p.doc === tab.file);
    if (!tab || !part || !editor) return;
    const text = editor.textOf(part.doc) ?? '';
    if (text.trim() !== '' && !window.confirm(s.removeFileConfirm(part.name))) return;
    openFile(tab, tab.id);
    editor.drop(part.doc);
    tab.parts.splice(tab.parts.indexOf(part), 1);
    filesChanged();
    filesNote.textContent = s.fileRemoved(part.name);
    document.getElementById(`studio-file-${tab.id}`)?.focus();
  });
  /** Says what a file action did (a polite live region: the focus stays where it was put). */
  const filesNote = h('p', { class: 'studio-files-note', role: 'status', 'aria-live': 'polite' });
  const filesBar = h(
    'div',
    { class: 'studio-files', role: 'group', 'aria-label': s.filesLabel },
    fileList,
    h(
      'div',
      { class: 'studio-file-actions' },
      h('label', { for: 'studio-file-name' }, s.fileNameLabel),
      fileName,
      addFileButton,
      renameFileButton,
      removeFileButton,
    ),
    h('p', { class: 'studio-files-hint' }, s.filesHint),
    filesNote,
  );

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
    if (!isLang(langSelect.value)) return;
    // A language with a tab of its own shows that tab; with one tab, the story is in the language chosen.
    if (tabOf(langSelect.value)) {
      switchTo(langSelect.value);
      return;
    }
    const tab = activeTab();
    if (tab) tab.lang = langSelect.value;
    storyLang = langSelect.value;
    fillStart();
    drawTabs();
    saveSoon();
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
  const pairButton = h(
    'button',
    { type: 'button', class: 'secondary studio-load-pair' },
    s.loadPair,
  );
  pairButton.addEventListener('click', () => {
    const id = startSelect.value;
    if (id === '') {
      replaceAll({ ...TEMPLATES });
      return;
    }
    pairButton.disabled = true;
    void Promise.all(LANGS.map((l) => bundledSource(l, id)))
      .then((texts) => {
        const found: Partial<Record<Lang, string>> = {};
        LANGS.forEach((l, i) => {
          const text = texts[i];
          if (typeof text === 'string') found[l] = text;
        });
        if (Object.keys(found).length === 0) say(s.loadFailed);
        else replaceAll(found);
      })
      .catch(() => say(s.loadFailed))
      .finally(() => {
        pairButton.disabled = false;
      });
  });
  const fileInput = h('input', {
    type: 'file',
    id: 'studio-file',
    class: 'studio-file',
    accept: '.ink,text/plain',
    multiple: true,
    title: s.openFileHint,
  });
  /** A file from disk as text, within the cap (bytes first: a 5 MB file is never read whole). */
  const readFile = async (file: File): Promise<string | null> => {
    const name = clip(file.name, 80);
    if (file.size > MAX_FILE_CHARS * 4) {
      say(s.fileTooLarge(name));
      return null;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(s.fileNotText(name));
      return null;
    }
    if (text.length > MAX_FILE_CHARS) say(s.fileTooLarge(name));
    else if (/\0/.test(text)) say(s.fileNotText(name));
    else return text.replace(/^\uFEFF/, '');
    return null;
  };
  /** The language a file's name gives (`meeting.nl.ink`, `meeting-en.ink`), or null. */
  const langOfName = (name: string): Lang | null => {
    const m = /[._-]([a-z]{2})\.ink$/i.exec(name);
    const lang = m?.[1]?.toLowerCase() ?? '';
    return isLang(lang) ? lang : null;
  };
  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])].slice(0, LANGS.length);
    fileInput.value = '';
    if (files.length === 0) return;
    void Promise.all(files.map(readFile)).then((texts) => {
      if (texts.some((t) => t === null)) return;
      if (files.length === 1) {
        replace(texts[0] ?? '');
        return;
      }
      // Two files: a language pair. Their names say which is which, or else the first is in the
      // language chosen above and the second in the other.
      const named = files.map((f) => langOfName(f.name));
      const first = named[0] ?? (named[1] && named[1] !== storyLang ? storyLang : null);
      const langs =
        named[0] && named[1] && named[0] !== named[1]
          ? [named[0], named[1]]
          : [first ?? storyLang, LANGS.find((l) => l !== (first ?? storyLang)) ?? storyLang];
      const pair: Partial<Record<Lang, string>> = {};
      langs.forEach((l, i) => {
        pair[l] = texts[i] ?? '';
      });
      replaceAll(pair);
    });
  });

  // ---- The Check pane: the full analysis in a worker of its own, with progress and a Cancel ----
  const pane = checkPane(ctx, {
    files: () => (editor ? filesOf(activeTab()) : null),
    lang: () => storyLang,
    pair: pairOf,
    goTo: (line, lang, file) => goTo(line, file, lang),
    onReport: (report) => map.show(report?.map ?? null),
    ...(deps.playTest ? { playTest: (scenario, memory) => deps.playTest?.(scenario, memory) } : {}),
  });
  const map = mapView(ctx, (line, file) => goTo(line, file));
  const markStale = () => {
    pane.changed();
    map.stale();
  };

  const editorHost = h('div', { class: 'studio-editor', id: 'studio-editor', role: 'tabpanel' });
  const el = h(
    'section',
    { class: 'screen screen-studio', 'aria-labelledby': 'studio-heading' },
    h(
      'header',
      { class: 'studio-bar' },
      heading,
      draftStatus,
      saveButton,
      h(
        'button',
        { type: 'button', class: 'ghost studio-back', onclick: () => deps.back() },
        s.back,
      ),
    ),
    h('p', { class: 'intro studio-intro' }, s.intro),
    library ? saveStatus : null,
    h('p', { class: 'studio-phone-note' }, s.phoneNote),
    h(
      'div',
      { class: 'studio-start-row', role: 'group', 'aria-label': s.startLabel },
      h('label', { for: 'studio-lang' }, s.storyLangLabel),
      langSelect,
      h('label', { for: 'studio-start' }, s.startLabel),
      startSelect,
      loadButton,
      pairButton,
      h('label', { for: 'studio-file', class: 'secondary file-label' }, s.openFile),
      fileInput,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary studio-export',
          onclick: () => {
            if (!editor) return;
            const name = fileOnView();
            const text = editor.text();
            download(text, name === STORY_FILE ? exportName(text, storyLang) : name);
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
      h('div', { class: 'studio-editor-col' }, tabList, filesBar, editorHost),
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
        id: firstTab,
      });
      // The draft's other language opens in its own tab (its text stays as it was saved), and each
      // language's included files as documents of their own.
      for (const tab of tabs.filter((t) => t.id !== firstTab))
        editor.add(tab.id, loaded.draft?.texts[tab.lang] ?? '');
      for (const tab of tabs)
        for (const p of loaded.draft?.parts?.[tab.lang] ?? []) addPart(tab, p.name, p.text);
      drawTabs();
      window.addEventListener('pagehide', onPageHide);
      // Edit on the select screen: the saved scenario replaces the draft (asking first, if need be).
      if (deps.edit) replaceAll(textsOf(deps.edit), deps.edit.id, partsOf(deps.edit));
      else void library?.ready.then(showEditing);
      check();
    },
    dispose() {
      saveNow();
      window.removeEventListener('pagehide', onPageHide);
      if (timer !== null) clearTimeout(timer);
      pane.dispose();
      worker.dispose();
      releaseCheckWorker();
      editor?.view.destroy();
      editor = null;
    },
  };
}
