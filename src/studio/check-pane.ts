/**
 * The Check pane: runs the full story analysis in a worker of its own (./client.ts, runCheck), shows
 * how far it has come while it runs, stops it at once on Cancel (or Escape), and lists what it found:
 * every finding worded for the author and pinned to its line, the endings (with the choices that reach
 * each), each tip's lowest and highest total with the path that reaches it, and the places no path
 * enters. Every line number is a button that moves the editor's cursor there.
 *
 * Everything from the story (choice texts, place names, the compiler's messages quoting it) is set as
 * text, never as markup.
 */
import { authorText } from './author-words.ts';
import { append, h, type Child } from '../ui/dom.ts';
import type { UiContext } from '../ui/context.ts';
import { dictionaries, isLang } from '../i18n/index.ts';
import type { CompiledScenario, StoryVariables } from '../story/index.ts';
import { clip } from './editor.ts';
import { runCheck, type RunningCheck } from './client.ts';
import type {
  CheckProgress,
  CheckReport,
  Finding,
  Pin,
  PlayStart,
  ReachedBy,
  StudioFile,
  StudioPair,
  StudioResponse,
} from './protocol.ts';

/** At most this many findings are listed (the first ones matter; the count says how many there are). */
const MAX_LISTED = 200;
/** The analyzer's name for the start of the story, before any knot. */
const TOP = '(top)';

/** Resolves in a task of its own, after the browser has had its turn (input, a frame). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CheckPaneDeps {
  /** The files to check (the story first), or null when there is no editor yet. */
  files(): readonly StudioFile[] | null;
  lang(): string;
  /** The other language of a language pair open beside the story (null: none). */
  pair?(): StudioPair | null;
  /**
   * Moves the cursor to a line of the story, or of the pair's other language (`lang`); `file` names an
   * included file of that language (absent: the story's own).
   */
  goTo(line: number, lang?: string, file?: string): void;
  /** Plays a checked draft in the game's own screens (absent: no play-test offered). */
  playTest?(scenario: CompiledScenario, memory?: StoryVariables): void;
  /** Told of each finished check's report (the branch map draws it). */
  onReport?(report: CheckReport | null): void;
}

export interface CheckPane {
  readonly el: HTMLElement;
  /** The text changed: a finished check no longer describes it. */
  changed(): void;
  dispose(): void;
}

export function checkPane(ctx: UiContext, deps: CheckPaneDeps): CheckPane {
  const s = ctx.t.studio;
  const status = h('p', {
    class: 'check-status',
    role: 'status',
    'aria-live': 'polite',
    tabindex: -1,
  });
  const progressBar = h('progress', {
    class: 'check-progress',
    hidden: true,
    'aria-label': s.checkProgressLabel,
  });
  const results = h('div', { class: 'check-results' });
  const checkButton = h('button', { type: 'button', class: 'secondary studio-check' }, s.check);
  const cancelButton = h(
    'button',
    { type: 'button', class: 'ghost studio-cancel', hidden: true, 'aria-keyshortcuts': 'Escape' },
    s.cancel,
  );
  const playButton = h(
    'button',
    { type: 'button', class: 'primary studio-play', disabled: true, title: s.playTestHint },
    s.playTest,
  );
  // ---- Where a play-test starts: a scene of the story, and the memory earlier scenarios left ----
  const knotSelect = h('select', { id: 'studio-start-knot', class: 'studio-start-knot' });
  const memoryFields = h('div', { class: 'playtest-memory' });
  const startForm = h(
    'fieldset',
    { class: 'playtest-start', hidden: true },
    h('legend', {}, s.playStartTitle),
    // One grid for the scene and every memory: the labels in one column, the fields in the next.
    h(
      'div',
      { class: 'playtest-grid' },
      h(
        'div',
        { class: 'playtest-field' },
        h('label', { for: 'studio-start-knot' }, s.playStartAt),
        knotSelect,
      ),
      memoryFields,
    ),
  );
  /** Each memory input and how to read it back as the story's value. */
  let memoryInputs: { readonly name: string; read(): string | number | boolean }[] = [];
  const fillStart = (scenario: CompiledScenario | null, from: PlayStart | null) => {
    startForm.hidden = scenario === null || from === null || !deps.playTest;
    memoryInputs = [];
    if (!scenario || !from || !deps.playTest) return;
    knotSelect.replaceChildren(
      h('option', { value: '' }, s.playStartTop),
      ...from.scenes.map((name) => h('option', { value: name }, clip(name, 80))),
    );
    const fields = from.memory.map(({ name, value }, i) => {
      const id = `studio-memory-${i}`;
      if (typeof value === 'boolean') {
        const input = h('input', { type: 'checkbox', id, checked: value });
        memoryInputs.push({ name, read: () => input.checked });
        return h('div', { class: 'playtest-field check' }, h('label', { for: id }, name), input);
      }
      const input = h('input', {
        type: typeof value === 'number' ? 'number' : 'text',
        id,
        value: String(value),
        maxlength: 200,
        autocomplete: 'off',
      });
      memoryInputs.push({
        name,
        read: () => (typeof value === 'number' ? Number(input.value) || 0 : input.value),
      });
      return h('div', { class: 'playtest-field' }, h('label', { for: id }, name), input);
    });
    memoryFields.replaceChildren(
      ...(fields.length > 0 ? [h('p', { class: 'check-hint' }, s.playMemoryHint), ...fields] : []),
    );
  };
  let running: RunningCheck | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  /** The text the last check ran on, and the scenario it made when the story was sound. */
  let checked: { files: string; scenario: CompiledScenario | null } | null = null;
  const key = (files: readonly StudioFile[]) => JSON.stringify(files);

  // ---- Words for what the analyzer found ----
  const placeName = (place: string | null | undefined) =>
    place === null || place === undefined || place === TOP ? s.storyStart : clip(place, 80);
  const detail = (f: Finding): string => {
    const w = s.findingText;
    switch (f.kind) {
      case 'dead-end':
        return w.deadEnd(placeName(f.place));
      case 'endless-loop':
        return w.endlessLoop(placeName(f.place));
      case 'unscored-choice':
        return w.unscored(clip(f.choice ?? '', 120));
      case 'untagged-ending':
        return w.untaggedEnding(placeName(f.place));
      case 'unreachable':
        return w.unreachable(placeName(f.place));
      case 'no-ending':
        return w.noEnding;
      case 'randomness':
        return w.randomness;
      case 'ending-unreached':
        return w.endingUnreached(clip(f.choice ?? '', 80));
      case 'partial': {
        // The analyzer's own sentence carries the limit that stopped it (src/analysis, partialMessage).
        const states = /more than (\d+) distinct states/.exec(f.message);
        if (states) return w.partialStates(Number(states[1]));
        const limit = /(time|memory) limit \((\d+) (?:s|MB)\) after (\d+)/.exec(f.message);
        if (limit)
          return limit[1] === 'time'
            ? w.partialTime(Number(limit[2]), Number(limit[3]))
            : w.partialMemory(Number(limit[2]), Number(limit[3]));
        return clip(f.message);
      }
      case 'parity':
        return f.parity ? parityText(f.parity, placeName(f.place)) : clip(f.message);
      case 'unbounded-tip': {
        const m = /(raise|lower) tip(\d)/.exec(f.message);
        const tip = m
          ? (ctx.t.tips as Readonly<Record<string, { name: string }>>)[m[2] ?? '']
          : null;
        return m && tip ? w.unboundedTip(tip.name, m[1] === 'raise') : clip(f.message);
      }
      default:
        // Compile and tag errors, runtime errors, the rubric: the tag checks and the rubric say theirs
        // by code, in the page's language; ink's and the analyzer's own words stay English.
        return clip(authorText(f, ctx.lang));
    }
  };
  /** A parity finding in the page's words (the choice's own text is on its line, a click away). */
  const parityText = (p: NonNullable<Finding['parity']>, place: string): string => {
    const w = s.findingText;
    switch (p.kind) {
      case 'place-missing':
        return w.parityPlaceMissing(place);
      case 'place-extra':
        return w.parityPlaceExtra(place);
      case 'ending-missing':
        return w.parityEndingMissing(clip(p.ending, 80));
      case 'ending-extra':
        return w.parityEndingExtra(clip(p.ending, 80));
      case 'points':
        return w.parityPoints(place, p.translation, p.reference);
      case 'choices':
        return w.parityChoices(place, p.translation, p.reference);
      case 'effects':
        return w.parityEffects(p.choice, place, p.translation, p.reference);
      case 'rubric':
        return w.parityRubric(p.choice, place, clip(p.translation, 120), clip(p.reference, 120));
      case 'discuss':
        return w.parityDiscuss(place, p.inTranslation);
      case 'broken':
        return w.parityBroken(
          isLang(p.lang) ? ctx.t.library.langNames[p.lang] : p.lang,
          p.error === null ? null : clip(p.error),
        );
    }
  };
  const kindName = (kind: string): string =>
    (s.findingKinds as Readonly<Record<string, string>>)[kind] ?? kind;

  const langName = (l: string) => (isLang(l) ? dictionaries[l].langName : l.toUpperCase());
  /**
   * A line's label; in the pair's other language, with that language's name before it; in an
   * included file, with the file's name.
   */
  const where = ({ line, file }: Pin, lang?: string) => {
    const label = lang === undefined ? s.lineLabel(line) : s.lineInLang(langName(lang), line);
    return file === undefined ? label : `${clip(file, 80)}: ${label}`;
  };
  const jump = (at: Pin, ...label: Child[]) => jumpIn(at, undefined, ...label);
  const jumpIn = (at: Pin, lang: string | undefined, ...label: Child[]) =>
    at.line > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'problem-link',
            title: s.goToLine(at.line),
            ...(at.file !== undefined ? { 'data-file': at.file } : {}),
            onclick: () => deps.goTo(at.line, lang, at.file),
          },
          h('span', { class: 'where' }, where(at, lang)),
          ...label,
        )
      : h('div', { class: 'problem-link' }, ...label);
  /** A parity finding's other end: the same place in the other language, its own button. */
  const otherEnd = (f: Finding) => {
    const other = f.other;
    return other && other.line > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'problem-link problem-other',
            onclick: () => deps.goTo(other.line, other.lang, other.file),
          },
          h('span', { class: 'where' }, s.pairOther(where(other, other.lang))),
        )
      : null;
  };

  const memoryNote = (by: ReachedBy): HTMLElement | null => {
    const set = Object.entries(by.memory);
    if (set.length === 0) return null;
    return h(
      'p',
      { class: 'path-memory' },
      s.pathMemory(
        set.map(([k, v]) => `${clip(k, 40)} = ${clip(JSON.stringify(v), 40)}`).join(', '),
      ),
    );
  };

  /**
   * A path as the choices a player makes, each a button to its line, folded under a summary. The steps
   * are built when the path is first opened: a partial story's report can hold thousands of them, and
   * building them all at once would hold up the page.
   */
  const pathDetails = (summary: string, by: ReachedBy | null | undefined, cls: string) => {
    if (!by) return null;
    const details = h('details', { class: `check-path ${cls}` }, h('summary', {}, summary));
    const fill = () => {
      if (!details.open || details.childElementCount > 1) return;
      append(details, [
        memoryNote(by),
        by.steps.length === 0
          ? h('p', { class: 'path-empty' }, s.pathNoChoices)
          : h(
              'ol',
              { class: 'path-steps' },
              ...by.steps.map((step) =>
                h(
                  'li',
                  { 'data-line': step.line },
                  jump(step, h('span', { class: 'message' }, `“${clip(step.text, 160)}”`)),
                ),
              ),
            ),
      ]);
    };
    details.addEventListener('toggle', fill);
    return details;
  };

  /** Counts reports drawn (and checks started): a drawing that was overtaken stops. */
  let drawn = 0;

  /** What the last check said no longer holds once the text differs from what it checked. */
  const markIfStale = () => {
    const files = deps.files();
    const pair = deps.pair?.() ?? null;
    const now = files && pair ? [...files, ...pair.files, { name: pair.lang, text: '' }] : files;
    if (checked && now && key(now) !== checked.files) {
      checked = null;
      playButton.disabled = true;
      startForm.hidden = true;
      if (results.childElementCount > 0) {
        status.dataset.state = 'stale';
        status.textContent = s.checkStale;
      }
    }
  };

  /**
   * Draws a finished check's report a part at a time, each in a task of its own (the findings; the
   * tips, endings and unreached places; the branch map; the play-test's form), so the page answers in
   * between: drawn at once it took one task of 200 ms (npm run bench:studio). The status says the check
   * is complete only when all of it is drawn. False when a newer check or a closed pane overtook it.
   */
  const showReport = async (report: CheckReport, files: string): Promise<boolean> => {
    const drawing = ++drawn;
    const go = async () => {
      await nextTask();
      return drawing === drawn;
    };
    const tipNames = ctx.t.tips;
    results.replaceChildren();
    append(results, [
      h('h3', { id: 'check-findings-h' }, s.findingsTitle),
      report.findings.length === 0
        ? h('p', { class: 'check-none' }, s.checkClean)
        : h(
            'ol',
            { class: 'studio-problems check-findings', 'aria-labelledby': 'check-findings-h' },
            ...report.findings.slice(0, MAX_LISTED).map((f) =>
              h(
                'li',
                {
                  class: `problem ${f.severity}`,
                  'data-line': f.line,
                  'data-kind': f.kind,
                  ...(f.lang ? { 'data-lang': f.lang } : {}),
                },
                jumpIn(
                  f,
                  f.lang,
                  h('span', { class: 'severity' }, s.severity[f.severity]),
                  h('span', { class: 'kind' }, kindName(f.kind)),
                  h('span', { class: 'message' }, detail(f)),
                ),
                otherEnd(f),
                pathDetails(
                  s.reachedBy(f.reachedBy?.steps.length ?? 0),
                  f.reachedBy,
                  'finding-path',
                ),
              ),
            ),
          ),
      report.findings.length > MAX_LISTED
        ? h('p', { class: 'check-more' }, s.moreFindings(report.findings.length - MAX_LISTED))
        : null,
    ]);
    if (!(await go())) return false;
    append(results, [
      h('h3', { id: 'check-tips-h' }, s.tipsTitle),
      h(
        'ul',
        { class: 'check-tips', 'aria-labelledby': 'check-tips-h' },
        ...report.tips.map((r) =>
          h(
            'li',
            { 'data-tip': r.tip },
            h(
              'span',
              { class: 'tip-range' },
              r.unbounded
                ? s.tipUnbounded(tipNames[r.tip].name)
                : s.tipRange(tipNames[r.tip].name, r.min, r.max),
            ),
            pathDetails(s.pathToLowest(r.min), r.minBy, 'tip-min'),
            pathDetails(s.pathToHighest(r.max), r.maxBy, 'tip-max'),
          ),
        ),
      ),
      h('h3', { id: 'check-endings-h' }, s.endingsTitle),
      h(
        'ul',
        { class: 'studio-problems check-endings', 'aria-labelledby': 'check-endings-h' },
        ...report.endings.map((e) =>
          h(
            'li',
            {
              'data-ending': e.id,
              class: e.reached ? 'ending-reached' : 'ending-unreached warning',
            },
            jump(
              e,
              h(
                'span',
                { class: 'message' },
                !e.tagged
                  ? s.untitledEnding(clip(e.id, 80))
                  : e.title
                    ? s.endingTitled(clip(e.id, 80), clip(e.title, 120))
                    : clip(e.id, 80),
              ),
              e.reached ? null : h('span', { class: 'kind' }, s.endingNeverReached),
            ),
            pathDetails(s.reachedBy(e.reachedBy?.steps.length ?? 0), e.reachedBy, 'ending-path'),
          ),
        ),
      ),
      report.unreachable.length > 0 ? h('h3', {}, s.unreachableTitle) : null,
      report.unreachable.length > 0
        ? h(
            'ul',
            { class: 'studio-problems check-unreachable' },
            ...report.unreachable.map((u) =>
              h('li', {}, jump(u, h('span', { class: 'message' }, clip(u.place, 80)))),
            ),
          )
        : null,
    ]);
    if (!(await go())) return false;
    deps.onReport?.(report);
    if (!(await go())) return false;
    fillStart(report.scenario, report.playStart);
    checked = { files, scenario: report.scenario };
    playButton.disabled = report.scenario === null || !deps.playTest;
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    status.dataset.state = report.complete ? 'complete' : 'partial';
    status.textContent = [
      report.complete ? s.checkComplete(report.states) : s.checkPartial(report.states),
      report.findings.length === 0
        ? s.checkClean
        : s.counts(errors, report.findings.length - errors),
    ].join(' ');
    // The author may have typed while it was drawn: then it no longer describes the text.
    markIfStale();
    return true;
  };

  const stopTicker = () => {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  };

  /** Ends the running check's display; focus on the vanishing Cancel moves to the status. */
  const endCheck = () => {
    stopTicker();
    running = null;
    const hadFocus = document.activeElement === cancelButton;
    checkButton.disabled = false;
    cancelButton.hidden = true;
    progressBar.hidden = true;
    return hadFocus;
  };

  let started = 0;
  let progress: CheckProgress | null = null;
  const showProgress = () => {
    const seconds = Math.round((performance.now() - started) / 1000);
    status.textContent = progress
      ? s.checkProgress(
          progress.states,
          progress.maxStates,
          progress.start + 1,
          progress.starts,
          seconds,
        )
      : s.checkRunning(seconds);
    status.dataset.states = String(progress?.states ?? 0);
    if (progress) {
      progressBar.max = progress.maxStates;
      progressBar.value = progress.states;
    }
  };

  const finish = async (run: RunningCheck, files: string, response: StudioResponse | null) => {
    if (running !== run) return;
    const refocus = endCheck();
    // The worker's own time (compile and analysis), for the figures (npm run bench:studio).
    if (response && response.type === 'checked')
      status.dataset.workerMs = String(Math.round(response.ms));
    if (response === null) {
      status.dataset.state = 'failed';
      status.textContent = s.checkFailed;
      deps.onReport?.(null);
    } else if (response.type === 'refused') {
      status.dataset.state = 'failed';
      status.textContent = s.refused[response.reason];
      deps.onReport?.(null);
    } else if (response.type === 'checked' && response.report) {
      status.textContent = s.checkDrawing;
      if (!(await showReport(response.report, files))) return;
    } else {
      status.dataset.state = 'failed';
      status.textContent = s.checkNeedsCompile;
      deps.onReport?.(null);
    }
    // Click on Check → report drawn, for the figures.
    status.dataset.ms = String(Math.round(performance.now() - started));
    if (refocus) status.focus();
  };

  const start = () => {
    const files = deps.files();
    if (!files || running) return;
    // Check is about to be disabled: a keyboard user who pressed it lands on Cancel, not on the page.
    const hadFocus = document.activeElement === checkButton;
    drawn++;
    results.replaceChildren();
    checked = null;
    playButton.disabled = true;
    checkButton.disabled = true;
    cancelButton.hidden = false;
    progressBar.hidden = false;
    progressBar.removeAttribute('value');
    started = performance.now();
    progress = null;
    status.dataset.state = 'running';
    delete status.dataset.cancelMs;
    delete status.dataset.workerMs;
    showProgress();
    status.scrollIntoView({ block: 'nearest' });
    ticker = setInterval(showProgress, 1000);
    if (hadFocus) cancelButton.focus();
    const pair = deps.pair?.() ?? null;
    const filesKey = key(pair ? [...files, ...pair.files, { name: pair.lang, text: '' }] : files);
    const run = runCheck(
      files,
      deps.lang(),
      (p) => {
        if (running !== run) return;
        progress = p;
        showProgress();
      },
      pair,
    );
    running = run;
    void run.done.then((response) => finish(run, filesKey, response));
  };

  const cancel = () => {
    const run = running;
    if (!run) return;
    const clicked = performance.now();
    const refocus = endCheck();
    run.cancel();
    status.dataset.state = 'cancelled';
    status.textContent = s.checkCancelled;
    // How long the page took to stop the check and say so (the worker is ended, not asked).
    status.dataset.cancelMs = String(Math.round(performance.now() - clicked));
    if (refocus) checkButton.focus();
  };

  checkButton.addEventListener('click', start);
  cancelButton.addEventListener('click', cancel);
  playButton.addEventListener('click', () => {
    const scenario = checked?.scenario;
    if (!scenario || !deps.playTest) return;
    const memory: Record<string, string | number | boolean> = {};
    for (const input of memoryInputs) memory[input.name] = input.read();
    const knot = knotSelect.value;
    deps.playTest(knot ? { ...scenario, startAt: knot } : scenario, memory);
  });

  const el = h(
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
    startForm,
    status,
    progressBar,
    results,
  );
  // Escape stops a running check from anywhere in the pane (the editor keeps its own Escape).
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && running) {
      e.preventDefault();
      cancel();
    }
  });

  return {
    el,
    changed: markIfStale,
    dispose() {
      drawn++;
      running?.cancel();
      running = null;
      stopTicker();
    },
  };
}
