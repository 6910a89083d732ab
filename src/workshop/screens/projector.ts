/**
 * The projector: laid out for a room, not a laptop enlarged. The join code, QR code and count along
 * the top; the conversation on the left in large type, newest line first in view; the choice point on
 * the right with every option numbered and legible from the back. Before the reveal the room sees only
 * how many have voted (never the split: no herding). On Reveal: the split, then on demand each option's
 * tip effects and "why", and the story's question for discussion; then the majority continues the
 * story, or the facilitator overrides it (recorded as such). A tools drawer jumps to a scene, lists the
 * people (to remove a stray phone), ends the session or deletes the room.
 *
 * The story itself runs here (RoomStory); the room (a server, or the page itself in hand-count mode)
 * holds the votes and decisions. A projector that reloads replays the room's position to the same line.
 */
import { h } from '../../ui/dom.ts';
import type { Screen, UiContext } from '../../ui/context.ts';
import type { CompiledScenario, ScenarioInfo, StoryLine } from '../../story/index.ts';
import { majorityOf, type ChoicePoint, type RoomView, type RoundView } from '../../rooms/index.ts';
import type { FacilitatorLink } from '../link.ts';
import { RoomRefusal } from '../link.ts';
import { RoomStory } from '../room-story.ts';
import { qrSvg } from '../qr.ts';
import { exportName, summarize, toCsv, toJson } from '../summary.ts';
import { roomDebriefView } from './room-debrief.ts';
import { effectList } from '../../ui/index.ts';

export interface ProjectorDeps {
  readonly info: ScenarioInfo;
  readonly scenario: CompiledScenario;
  readonly link: FacilitatorLink;
  /** Where phones join (null in hand-count mode). */
  readonly joinUrl: string | null;
  /** Back to the title screen (the room lives on until it expires or is deleted). */
  leave(): void;
}

const COUNTDOWNS = [30, 60, 120];

function displayCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

function lineView(line: StoryLine, lang: string, current: boolean): HTMLElement {
  const cls = `room-line${line.speaker ? '' : ' narration'}${current ? ' current' : ''}`;
  return h(
    'p',
    { class: cls, lang },
    line.speaker ? h('span', { class: 'speaker' }, `${line.speaker}: `) : null,
    h('span', { class: 'text' }, line.text),
  );
}

function download(doc: Document, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, class: 'sr-only' });
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function projectorScreen(ctx: UiContext, deps: ProjectorDeps): Screen {
  const { t } = ctx;
  const w = t.workshop;
  const { info, link } = deps;
  const story = new RoomStory(deps.scenario);
  const lang = info.lang;
  let showScores = false;
  let busy = false;
  let panelKey = '';
  let viewAt = performance.now();
  let lastView: RoomView | null = null;
  let tick: ReturnType<typeof setInterval> | null = null;
  let disposed = false;

  const heading = h('h1', { class: 'room-title', tabindex: -1 }, info.meta.title);
  const status = h('p', { class: 'room-status', role: 'status' });
  const error = h('p', { class: 'room-error', role: 'alert' });
  const peopleCount = h('p', { class: 'people-count', 'aria-live': 'polite' });
  const join = deps.joinUrl
    ? h(
        'div',
        { class: 'room-join' },
        qrSvg(document, deps.joinUrl, w.qrLabel(deps.joinUrl)),
        h(
          'div',
          { class: 'join-text' },
          h(
            'p',
            { class: 'join-url' },
            h('span', { class: 'label' }, `${w.joinAt} `),
            deps.joinUrl.replace(/^https?:\/\//, ''),
          ),
          h(
            'p',
            { class: 'join-code' },
            h('span', { class: 'label' }, `${w.codeCaption} `),
            h('strong', { class: 'code' }, displayCode(link.view()?.code ?? '')),
          ),
        ),
      )
    : null;
  const transcript = h('div', { class: 'room-transcript', 'aria-label': t.transcriptLabel });
  const panel = h('div', { class: 'room-panel' });
  const people = h('ul', { class: 'people-list' });
  const sceneSelect = h('select', { id: 'room-scene' });
  for (const scene of story.scenes()) {
    sceneSelect.appendChild(h('option', { value: scene }, scene.replace(/[_-]+/g, ' ')));
  }
  const tools = h(
    'details',
    { class: 'room-tools' },
    h('summary', {}, w.toolsTitle),
    h(
      'div',
      { class: 'field inline' },
      h('label', { for: 'room-scene' }, w.jumpLabel),
      sceneSelect,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => void act(() => jump(sceneSelect.value)),
        },
        w.jump,
      ),
    ),
    link.mode === 'live' ? h('h2', {}, w.peopleTitle) : null,
    link.mode === 'live' ? people : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => void act(endNow) },
        w.endNow,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ghost danger',
          onclick: () => {
            if (!window.confirm(w.deleteConfirm)) return;
            void act(async () => {
              await link.destroy();
              deps.leave();
            });
          },
        },
        w.deleteRoom,
      ),
      h('button', { type: 'button', class: 'ghost', onclick: () => deps.leave() }, w.leaveRoom),
    ),
  );
  const main = h('div', { class: 'room-main' }, transcript, panel);
  const el = h(
    'section',
    { class: `screen screen-projector mode-${link.mode}`, 'aria-labelledby': 'room-title' },
    h(
      'header',
      { class: 'room-bar' },
      h(
        'div',
        { class: 'room-heading' },
        heading,
        link.view()?.title ? h('p', { class: 'session-title' }, link.view()?.title ?? '') : null,
        peopleCount,
        status,
      ),
      join,
    ),
    error,
    main,
    tools,
  );
  heading.id = 'room-title';

  /** Runs one facilitator action at a time; a refusal is said in words, never thrown at the screen. */
  async function act(fn: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    error.textContent = '';
    try {
      await fn();
    } catch (e) {
      const code = e instanceof RoomRefusal ? e.code : null;
      error.textContent = (code && w.errors[code]) || w.errorGeneric;
      if (!(e instanceof RoomRefusal)) console.error(e);
    } finally {
      busy = false;
      render();
    }
  }

  async function presentNext(): Promise<void> {
    renderTranscript();
    const point = story.point();
    if (point) await link.present(point);
    else if (story.ended) await link.end(story.ending);
  }

  async function start(): Promise<void> {
    story.start();
    await presentNext();
  }

  async function continueWith(
    round: RoundView,
    how: 'majority' | 'override',
    index?: number,
  ): Promise<void> {
    const tally = round.tally ?? [];
    const point = pointOf(round);
    const chosen = how === 'override' ? index : majorityOf(point, tally)[0];
    if (chosen === undefined) return;
    await link.continueWith(round.choicePointId, how, how === 'override' ? index : undefined);
    showScores = false;
    story.choose(chosen);
    await presentNext();
  }

  async function jump(scene: string): Promise<void> {
    await link.jump(scene);
    story.jump(scene);
    await presentNext();
  }

  async function endNow(): Promise<void> {
    await link.end(story.ending);
  }

  function renderTranscript(): void {
    const lines = story.transcript;
    const beatLines = story.beat?.lines.length ?? 0;
    const from = Math.max(0, lines.length - 12);
    transcript.replaceChildren(
      ...lines
        .slice(from)
        .map((line, i) => lineView(line, lang, from + i >= lines.length - beatLines)),
    );
    transcript.scrollTop = transcript.scrollHeight;
    const last = transcript.lastElementChild;
    if (last instanceof HTMLElement) last.scrollIntoView?.({ block: 'end' });
  }

  function countdownText(round: RoundView): string {
    const c = round.countdown;
    const elapsed = c.status === 'running' ? performance.now() - viewAt : 0;
    const left = Math.max(0, Math.ceil((c.remainingMs - elapsed) / 1000));
    if (c.status === 'running') return left > 0 ? w.countdownLeft(left) : w.votingClosed;
    if (c.status === 'paused') return w.countdownPaused(left);
    if (c.status === 'over' || !round.open) return w.votingClosed;
    return '';
  }

  function votingPanel(view: RoomView, round: RoundView): HTMLElement {
    const handsMode = view.mode === 'hands';
    const counts = round.tally ? [...round.tally] : round.options.map(() => 0);
    const options = h(
      'ol',
      { class: 'room-options' },
      ...round.options.map((o, i) =>
        h(
          'li',
          { class: 'room-option' },
          h('span', { class: 'option-no', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'option-text', lang }, o.text),
          handsMode
            ? h(
                'label',
                { class: 'hands' },
                h('span', { class: 'sr-only' }, w.handsFor(i + 1)),
                h('input', {
                  type: 'number',
                  min: 0,
                  max: 10000,
                  inputmode: 'numeric',
                  value: counts[i] ?? 0,
                  'data-option': i,
                  onchange: (e: Event) => {
                    const input = e.target as HTMLInputElement;
                    const n = Math.max(0, Math.min(10000, Math.floor(Number(input.value) || 0)));
                    input.value = String(n);
                    counts[i] = n;
                    void act(() => link.hands(round.choicePointId, counts));
                  },
                }),
              )
            : null,
        ),
      ),
    );
    const voted = h(
      'p',
      { class: 'voted', 'data-role': 'voted' },
      handsMode ? w.handsVoted(round.voted) : w.voted(round.voted, round.eligible),
    );
    const c = round.countdown;
    const countdown = handsMode
      ? null
      : h(
          'div',
          { class: 'countdown', role: 'group', 'aria-label': w.countdownSkip },
          h(
            'p',
            { class: 'countdown-left', 'data-role': 'countdown', 'aria-live': 'off' },
            countdownText(round),
          ),
          c.status === 'off'
            ? COUNTDOWNS.map((s) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'ghost',
                    onclick: () => void act(() => link.countdown('start', s * 1000)),
                  },
                  w.countdownStart(s),
                ),
              ).reduce<HTMLElement>(
                (box, b) => (box.appendChild(b), box),
                h('span', { class: 'countdown-buttons' }),
              )
            : null,
          c.status === 'running'
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'ghost',
                  onclick: () => void act(() => link.countdown('pause')),
                },
                w.countdownPause,
              )
            : null,
          c.status === 'paused'
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'ghost',
                  onclick: () => void act(() => link.countdown('resume')),
                },
                w.countdownResume,
              )
            : null,
          round.open
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'ghost',
                  onclick: () => void act(() => link.countdown('skip')),
                },
                w.countdownSkip,
              )
            : null,
        );
    return h(
      'div',
      { class: 'room-choice voting' },
      h('h2', { class: 'question', tabindex: -1 }, w.question),
      options,
      voted,
      countdown,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary reveal',
            'data-action': 'reveal',
            onclick: () => void act(() => link.reveal(round.choicePointId)),
          },
          w.reveal,
        ),
      ),
    );
  }

  function revealedPanel(round: RoundView): HTMLElement {
    const tally = round.tally ?? [];
    const total = Math.max(
      1,
      tally.reduce((a, b) => a + b, 0),
    );
    const point = pointOf(round);
    const majority = majorityOf(point, tally);
    const top = majority[0];
    const topAt = round.options.findIndex((o) => o.index === top);
    const options = h(
      'ol',
      { class: 'room-options revealed' },
      ...round.options.map((o, i) => {
        const votes = tally[i] ?? 0;
        const isTop = majority.includes(o.index);
        return h(
          'li',
          { class: isTop ? 'room-option top' : 'room-option' },
          h('span', { class: 'option-no', 'aria-hidden': 'true' }, String(i + 1)),
          h(
            'span',
            { class: 'option-body' },
            h('span', { class: 'option-text', lang }, o.text),
            h(
              'span',
              { class: 'split-bar', 'aria-hidden': 'true' },
              h('span', { class: 'split-fill', style: `width:${(votes / total) * 100}%` }),
            ),
            h(
              'span',
              { class: 'split-count' },
              `${w.votes(votes)} · ${Math.round((votes / total) * 100)}%`,
              isTop ? ` · ${w.majority}` : '',
            ),
            showScores && o.effects ? effectList(t, o.effects) : null,
            showScores && o.why ? h('span', { class: 'why', lang }, o.why) : null,
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'ghost override',
              onclick: () => void act(() => continueWith(round, 'override', o.index)),
            },
            w.overrideWith(i + 1),
          ),
        );
      }),
    );
    const actions = h(
      'div',
      { class: 'actions' },
      top !== undefined
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary continue',
              'data-action': 'continue',
              onclick: () => void act(() => continueWith(round, 'majority')),
            },
            w.continueMajority(topAt + 1),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'aria-pressed': String(showScores),
          onclick: () => {
            showScores = !showScores;
            render();
          },
        },
        showScores ? w.hideScores : w.showScores,
      ),
    );
    return h(
      'div',
      { class: showScores ? 'room-choice revealed with-scores' : 'room-choice revealed' },
      h('h2', { class: 'question', tabindex: -1 }, w.question),
      actions,
      majority.length > 1 ? h('p', { class: 'note' }, w.tie) : null,
      majority.length === 0 ? h('p', { class: 'note' }, w.noVotes) : null,
      round.discuss
        ? h(
            'div',
            { class: 'discuss' },
            h('h3', {}, w.discussTitle),
            h('p', { lang }, round.discuss),
          )
        : null,
      options,
    );
  }

  function debriefPanel(view: RoomView): HTMLElement {
    const summary = summarize(view.history, info.ranges);
    const stamp = new Date();
    const actions = h(
      'div',
      { class: 'actions export no-print' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            download(
              document,
              exportName(info.id, stamp, 'csv'),
              'text/csv;charset=utf-8',
              toCsv(view.history),
            ),
        },
        w.exportCsv,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            download(
              document,
              exportName(info.id, stamp, 'json'),
              'application/json',
              toJson({
                scenario: { id: info.id, lang: info.lang, title: info.meta.title },
                title: view.title,
                exportedAt: stamp.toISOString(),
                participants: view.participants,
                ending: summary.ending,
                tips: summary.debrief.tips,
                history: view.history,
              }),
            ),
        },
        w.exportJson,
      ),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, w.print),
      h('button', { type: 'button', class: 'ghost', onclick: () => deps.leave() }, t.backToMenu),
    );
    return h(
      'div',
      { class: 'room-choice ended' },
      h('h2', { class: 'question', tabindex: -1 }, w.debriefTitle),
      roomDebriefView(t, info, summary, actions),
      h('p', { class: 'print-only' }, w.printedOn(stamp.toLocaleDateString(ctx.lang))),
    );
  }

  function lobbyPanel(): HTMLElement {
    return h(
      'div',
      { class: 'room-choice lobby' },
      h('h2', { class: 'question', tabindex: -1 }, w.title),
      h('p', {}, w.lobbyHint),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary start-story',
            'data-action': 'start',
            onclick: () => void act(start),
          },
          w.startStory,
        ),
      ),
    );
  }

  function renderPeople(view: RoomView): void {
    peopleCount.textContent = view.mode === 'live' ? w.people(view.participants) : '';
    if (view.mode !== 'live') return;
    people.replaceChildren(
      ...(view.people ?? []).map((p) =>
        h(
          'li',
          {},
          h('span', { class: p.nickname ? 'nick' : 'nick anonymous' }, p.nickname ?? w.anonymous),
          h(
            'button',
            {
              type: 'button',
              class: 'ghost small',
              onclick: () => void act(() => link.remove(p.id)),
            },
            w.removePerson(p.nickname ?? w.anonymous),
          ),
        ),
      ),
    );
  }

  function render(): void {
    if (disposed) return;
    const view = link.view();
    if (view !== lastView) {
      lastView = view;
      viewAt = performance.now();
    }
    // Said only when something is wrong: a working connection needs no words.
    status.textContent = link.status() === 'open' ? '' : w.linkStatus[link.status()];
    if (!view) return;
    renderPeople(view);
    const round = view.round;
    const key = [
      view.phase,
      round?.choicePointId ?? '',
      round?.revealed ?? '',
      round?.countdown.status ?? '',
      round?.open ?? '',
      showScores,
      view.history.length,
    ].join('|');
    if (key === panelKey) {
      const voted = panel.querySelector('[data-role="voted"]');
      if (voted && round)
        voted.textContent =
          view.mode === 'hands' ? w.handsVoted(round.voted) : w.voted(round.voted, round.eligible);
      const cd = panel.querySelector('[data-role="countdown"]');
      if (cd && round) cd.textContent = countdownText(round);
      return;
    }
    const hadFocus = el.contains(document.activeElement) && panel.contains(document.activeElement);
    panelKey = key;
    let content: HTMLElement;
    if (view.phase === 'lobby') content = lobbyPanel();
    else if (view.phase === 'ended') content = debriefPanel(view);
    else if (round && round.revealed) content = revealedPanel(round);
    else if (round) content = votingPanel(view, round);
    else content = h('div', { class: 'room-choice' });
    panel.replaceChildren(content);
    el.classList.toggle('is-ended', view.phase === 'ended');
    if (hadFocus || document.activeElement === document.body) {
      const target =
        content.querySelector<HTMLElement>('[data-action]') ??
        content.querySelector<HTMLElement>('.question');
      target?.focus({ preventScroll: true });
    }
  }

  function restore(): void {
    const view = link.view();
    if (!view || view.phase === 'lobby' || view.phase === 'closed') return;
    const decisions = view.history.filter((e) => e.kind === 'decision').length;
    try {
      story.start(view.position, decisions - view.position.path.length);
    } catch (e) {
      console.error('the room’s position does not fit this story', e);
      story.start();
    }
    renderTranscript();
    if (view.phase === 'story') void act(presentNext);
  }

  const unsubscribe = link.subscribe(render);
  return {
    el,
    focus: heading,
    title: `${info.meta.title} · ${w.title} · ${t.appName}`,
    start() {
      restore();
      render();
      tick = setInterval(() => {
        if (link.mode === 'hands') {
          // The local room's countdown is computed from the clock: redraw to let it run out.
          lastView = null;
        }
        render();
      }, 500);
    },
    dispose() {
      disposed = true;
      unsubscribe();
      if (tick) clearInterval(tick);
      link.close();
    },
  };
}

/** The choice point a round shows, as the room machine's majority rule reads it. */
function pointOf(round: RoundView): ChoicePoint {
  return {
    id: round.choicePointId,
    prompt: round.prompt,
    options: round.options.map((o) => ({
      index: o.index,
      text: o.text,
      effects: o.effects ?? {},
      why: o.why ?? null,
    })),
    discuss: round.discuss,
  };
}
