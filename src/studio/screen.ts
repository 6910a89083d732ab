/**
 * The Studio screen: where to start from (the template, a copy of a bundled scenario, a file), the
 * editor, and the problems the worker found, each a button that jumps to its line. Everything from a
 * story (its text, the messages quoting it) reaches the page as text, never as markup.
 */
import { append, h } from '../ui/dom.ts';
import type { Screen, UiContext } from '../ui/context.ts';
import { dictionaries, LANGS, isLang, type Lang } from '../i18n/index.ts';
import type { Diagnostic, ScenarioInfo } from '../story/index.ts';
import { createEditor, clip, type InkEditor } from './editor.ts';
import { runCheck, StudioWorker, type CompileAnswer, type RunningCheck } from './client.ts';
import { MAX_FILE_CHARS, type CheckReport } from './protocol.ts';
import type { CompiledScenario } from '../story/index.ts';
import { TEMPLATES } from './template.ts';
import { bundledSource } from './sources.ts';
import type { DraftStore } from './drafts.ts';
import { exportName } from './export-name.ts';

/** The story's file name inside the Studio (its INCLUDEs name their parts beside it). */
export const STORY_FILE = 'story.ink';
/** How long typing must pause before the story is checked again. */
export const PAUSE_MS = 250;
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

  // ---- The Check pane: the full analysis in a worker of its own, with a Cancel ----
  const checkStatus = h('p', { class: 'check-status', role: 'status', 'aria-live': 'polite' });
  const checkResults = h('div', { class: 'check-results' });
  const checkButton = h('button', { type: 'button', class: 'secondary studio-check' }, s.check);
  const cancelButton = h(
    'button',
    { type: 'button', class: 'ghost studio-cancel', hidden: true },
    s.cancel,
  );
  const playButton = h(
    'button',
    { type: 'button', class: 'primary studio-play', disabled: true, title: s.playTestHint },
    s.playTest,
  );
  let running: RunningCheck | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  /** The scenario of the last clean check, while the text is still what was checked. */
  let checked: { text: string; scenario: CompiledScenario } | null = null;

  const stopTicker = () => {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  };
  const markStale = () => {
    if (checked && editor && editor.text() !== checked.text) {
      checked = null;
      playButton.disabled = true;
      if (checkResults.childElementCount > 0) checkStatus.textContent = s.checkStale;
    }
  };
  const jump = (line: number, ...label: (string | Node)[]) =>
    line > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'problem-link',
            title: s.goToLine(line),
            onclick: () => editor?.goTo(line),
          },
          h('span', { class: 'where' }, s.lineLabel(line)),
          ...label,
        )
      : h('div', { class: 'problem-link' }, ...label);

  const showReport = (report: CheckReport, text: string) => {
    checkStatus.dataset.state = report.complete ? 'complete' : 'partial';
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    checkStatus.textContent = [
      report.complete ? s.checkComplete(report.states) : s.checkPartial(report.states),
      report.findings.length === 0
        ? s.checkClean
        : s.counts(errors, report.findings.length - errors),
    ].join(' ');
    const tipNames = ctx.t.tips;
    checkResults.replaceChildren();
    append(checkResults, [
      h(
        'ol',
        { class: 'studio-problems check-findings' },
        ...report.findings
          .slice(0, MAX_LISTED)
          .map((f) =>
            h(
              'li',
              { class: `problem ${f.severity}`, 'data-line': f.line, 'data-kind': f.kind },
              jump(
                f.line,
                h('span', { class: 'severity' }, s.severity[f.severity]),
                h('span', { class: 'message' }, clip(f.message)),
              ),
            ),
          ),
      ),
      h('h3', {}, s.tipsTitle),
      h(
        'ul',
        { class: 'check-tips' },
        ...report.tips.map((r) =>
          h(
            'li',
            { 'data-tip': r.tip },
            r.unbounded
              ? s.tipUnbounded(tipNames[r.tip].name)
              : s.tipRange(tipNames[r.tip].name, r.min, r.max),
          ),
        ),
      ),
      h('h3', {}, s.endingsTitle),
      h(
        'ul',
        { class: 'studio-problems check-endings' },
        ...report.endings.map((e) =>
          h(
            'li',
            { 'data-ending': e.id },
            jump(
              e.line,
              h(
                'span',
                { class: 'message' },
                !e.tagged
                  ? s.untitledEnding(clip(e.id, 80))
                  : e.title
                    ? s.endingTitled(clip(e.id, 80), clip(e.title, 120))
                    : clip(e.id, 80),
              ),
            ),
          ),
        ),
      ),
      report.unreachable.length > 0 ? h('h3', {}, s.unreachableTitle) : null,
      report.unreachable.length > 0
        ? h(
            'ul',
            { class: 'studio-problems check-unreachable' },
            ...report.unreachable.map((u) =>
              h('li', {}, jump(u.line, h('span', { class: 'message' }, clip(u.place, 80)))),
            ),
          )
        : null,
    ]);
    checked = report.scenario ? { text, scenario: report.scenario } : null;
    playButton.disabled = checked === null || !deps.playTest;
  };

  const endCheck = () => {
    stopTicker();
    running = null;
    checkButton.disabled = false;
    cancelButton.hidden = true;
  };

  checkButton.addEventListener('click', () => {
    if (!editor || running) return;
    const text = editor.text();
    checkResults.replaceChildren();
    checked = null;
    playButton.disabled = true;
    checkButton.disabled = true;
    cancelButton.hidden = false;
    const started = performance.now();
    checkStatus.dataset.state = 'running';
    checkStatus.textContent = s.checkRunning(0);
    ticker = setInterval(() => {
      checkStatus.textContent = s.checkRunning(Math.round((performance.now() - started) / 1000));
    }, 1000);
    const run = runCheck([{ name: STORY_FILE, text }], storyLang);
    running = run;
    void run.done.then((response) => {
      if (running !== run) return;
      endCheck();
      checkStatus.dataset.ms = String(Math.round(performance.now() - started));
      if (response === null) {
        checkStatus.dataset.state = 'failed';
        checkStatus.textContent = s.checkFailed;
      } else if (response.type === 'refused') {
        checkStatus.dataset.state = 'failed';
        checkStatus.textContent = s.refused[response.reason];
      } else if (response.type === 'checked' && response.report) {
        showReport(response.report, text);
      } else {
        checkStatus.dataset.state = 'failed';
        checkStatus.textContent = s.checkNeedsCompile;
      }
    });
  });
  cancelButton.addEventListener('click', () => {
    const run = running;
    if (!run) return;
    endCheck();
    run.cancel();
    checkStatus.dataset.state = 'cancelled';
    checkStatus.textContent = s.checkCancelled;
    checkButton.focus();
  });
  playButton.addEventListener('click', () => {
    if (checked && deps.playTest) deps.playTest(checked.scenario);
  });

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
        h(
          'section',
          { class: 'studio-check-pane', 'aria-labelledby': 'studio-check-h' },
          h('h2', { id: 'studio-check-h' }, s.checkTitle),
          h('p', { class: 'check-hint' }, s.checkHint),
          h(
            'div',
            { class: 'check-actions' },
            checkButton,
            cancelButton,
            deps.playTest ? playButton : null,
          ),
          checkStatus,
          checkResults,
        ),
      ),
    ),
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
      running?.cancel();
      stopTicker();
      worker.dispose();
      editor?.view.destroy();
      editor = null;
    },
  };
}
