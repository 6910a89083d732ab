/**
 * A participant's phone: join with the code (a nickname only if they want one), then the open choice
 * point's options as big buttons, in the phone's own language when the story exists in it (the phone
 * replays the room's position in its own copy of the story and checks that it lands on the same choice
 * point; otherwise it shows the projector's words and says so). A vote can change until the reveal;
 * the phone never sees anyone else's vote before it. After the story ends, the room's debrief.
 */
import { h } from '../../ui/dom.ts';
import type { Screen, UiContext } from '../../ui/context.ts';
import type { CompiledScenario, ScenarioInfo } from '../../story/index.ts';
import type { RoomView, RoundView } from '../../rooms/index.ts';
import { codeField } from './code-field.ts';
import { RoomRefusal } from '../link.ts';
import type { PhoneLink } from '../server-link.ts';
import { RoomStory } from '../room-story.ts';
import { summarize } from '../summary.ts';
import { roomDebriefView } from './room-debrief.ts';
import { effectList } from '../../ui/index.ts';

export interface PhoneDeps {
  readonly catalogue: readonly ScenarioInfo[];
  loadScenario(lang: string, id: string): Promise<CompiledScenario>;
  /** The code from the join link, if the phone came by QR code. */
  readonly code: string | null;
  join(code: string, nickname: string | null): Promise<PhoneLink>;
}

let ids = 0;

/** The option texts of the open choice point in the phone's own language, when its story agrees. */
class OwnWords {
  private story: RoomStory | null = null;
  private cacheKey = '';
  private cached: readonly string[] | null = null;

  constructor(
    private readonly deps: PhoneDeps,
    private readonly lang: string,
  ) {}

  private loading = false;

  /** Loads the phone's own copy of the story once; resolves true when it has just arrived. */
  async prepare(view: RoomView): Promise<boolean> {
    if (this.story || this.loading || view.scenario.lang === this.lang) return false;
    const info = this.deps.catalogue.find((s) => s.id === view.scenario.id && s.lang === this.lang);
    if (!info) return false;
    this.loading = true;
    try {
      this.story = new RoomStory(await this.deps.loadScenario(this.lang, info.id));
      this.cacheKey = '';
      return true;
    } catch {
      this.story = null;
      return false;
    }
  }

  texts(view: RoomView, round: RoundView): readonly string[] | null {
    if (!this.story) return null;
    const key = `${round.choicePointId}|${view.position.from ?? ''}|${view.position.path.join('.')}`;
    if (key === this.cacheKey) return this.cached;
    this.cacheKey = key;
    this.cached = null;
    try {
      const decisions = view.history.filter((e) => e.kind === 'decision').length;
      this.story.start(view.position, decisions - view.position.path.length);
      const point = this.story.point();
      const sameSpot = point && point.id === round.choicePointId;
      const sameOptions =
        point &&
        point.options.length === round.options.length &&
        point.options.every((o, i) => o.index === round.options[i]?.index);
      if (sameSpot && sameOptions) this.cached = point.options.map((o) => o.text);
    } catch {
      this.cached = null;
    }
    return this.cached;
  }
}

export function phoneJoinScreen(ctx: UiContext, deps: PhoneDeps): Screen {
  const w = ctx.t.workshop;
  const id = `ph${++ids}`;
  const heading = h('h1', { id: `${id}-h`, tabindex: -1 }, w.joinTitle);
  const code = codeField(`${id}-code`, deps.code ?? '');
  const nickInput = h('input', {
    id: `${id}-nick`,
    type: 'text',
    autocomplete: 'off',
    maxlength: 24,
    'aria-describedby': `${id}-nick-hint`,
  });
  const submit = h('button', { type: 'submit', class: 'primary join' }, w.join);
  const el = h(
    'section',
    { class: 'screen screen-join card', 'aria-labelledby': `${id}-h` },
    heading,
    h('p', { class: 'intro' }, w.joinIntro),
    h(
      'form',
      {
        class: 'join-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const c = code.read(w.codeInvalid);
          if (c === null) return;
          submit.disabled = true;
          submit.textContent = w.joining;
          const nick = nickInput.value.trim();
          deps.join(c, nick === '' ? null : nick).catch((e: unknown) => {
            submit.disabled = false;
            submit.textContent = w.join;
            const reason = e instanceof RoomRefusal ? e.code : 'offline';
            code.fail(w.errors[reason] ?? w.errorGeneric);
          });
        },
      },
      h('div', { class: 'field' }, h('label', { for: `${id}-code` }, w.codeLabel), code.input),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${id}-nick` }, w.nicknameLabel),
        nickInput,
        h('p', { class: 'hint', id: `${id}-nick-hint` }, w.nicknameHint),
      ),
      code.error,
      submit,
    ),
  );
  return { el, focus: deps.code ? nickInput : heading, title: `${w.joinTitle} · ${ctx.t.appName}` };
}

export function phoneRoomScreen(
  ctx: UiContext,
  deps: PhoneDeps,
  link: PhoneLink,
  leave: () => void,
): Screen {
  const { t } = ctx;
  const w = t.workshop;
  const own = new OwnWords(deps, ctx.lang);
  const heading = h('h1', { class: 'phone-title', tabindex: -1 }, w.title);
  const status = h('p', { class: 'room-status', role: 'status' });
  const error = h('p', { class: 'room-error', role: 'alert' });
  const body = h('div', { class: 'phone-body' });
  let key = '';
  let pendingVote: number | null = null;
  let disposed = false;

  const el = h(
    'section',
    { class: 'screen screen-phone card', 'aria-labelledby': 'phone-title' },
    heading,
    status,
    error,
    body,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'ghost',
          onclick: () => {
            link.leave().catch(() => link.close());
            leave();
          },
        },
        w.leaveRoom,
      ),
    ),
  );
  heading.id = 'phone-title';

  function vote(round: RoundView, index: number): void {
    pendingVote = index;
    error.textContent = '';
    render(true);
    link.vote(round.choicePointId, index).then(
      () => {
        pendingVote = null;
        render(true);
      },
      (e: unknown) => {
        pendingVote = null;
        const code = e instanceof RoomRefusal ? e.code : null;
        error.textContent = (code && w.errors[code]) || w.errorGeneric;
        render(true);
      },
    );
  }

  function votingView(view: RoomView, round: RoundView): HTMLElement {
    const mine = pendingVote ?? round.myVote ?? null;
    const texts = own.texts(view, round);
    const storyLang = texts ? ctx.lang : view.scenario.lang;
    return h(
      'div',
      { class: 'phone-vote' },
      h('h2', { class: 'question', tabindex: -1 }, t.choicesLabel),
      h('p', { class: 'hint' }, round.open ? w.phoneVoteHint : w.phoneClosed),
      !texts && view.scenario.lang !== ctx.lang
        ? h('p', { class: 'note' }, w.phoneOtherLanguage)
        : null,
      h(
        'ol',
        { class: 'phone-options' },
        ...round.options.map((o, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: mine === o.index ? 'phone-option chosen' : 'phone-option',
                'aria-pressed': String(mine === o.index),
                disabled: !round.open,
                'data-option': i,
                onclick: () => vote(round, o.index),
              },
              h('span', { class: 'option-no', 'aria-hidden': 'true' }, String(i + 1)),
              h('span', { class: 'option-text', lang: storyLang }, texts?.[i] ?? o.text),
            ),
          ),
        ),
      ),
      h(
        'p',
        { class: 'my-vote', 'aria-live': 'polite' },
        pendingVote !== null
          ? w.voteSending
          : mine !== null
            ? w.phoneYourVote(round.options.findIndex((o) => o.index === mine) + 1)
            : '',
      ),
    );
  }

  function revealedView(view: RoomView, round: RoundView): HTMLElement {
    const tally = round.tally ?? [];
    const total = Math.max(
      1,
      tally.reduce((a, b) => a + b, 0),
    );
    const texts = own.texts(view, round);
    const storyLang = texts ? ctx.lang : view.scenario.lang;
    return h(
      'div',
      { class: 'phone-revealed' },
      h('h2', { class: 'question', tabindex: -1 }, w.phoneRevealed),
      h(
        'ol',
        { class: 'split' },
        ...round.options.map((o, i) =>
          h(
            'li',
            { class: round.myVote === o.index ? 'split-row mine' : 'split-row' },
            h(
              'span',
              { class: 'split-text', lang: storyLang },
              `${i + 1}. ${texts?.[i] ?? o.text}`,
            ),
            h(
              'span',
              { class: 'split-bar', 'aria-hidden': 'true' },
              h('span', {
                class: 'split-fill',
                style: `width:${((tally[i] ?? 0) / total) * 100}%`,
              }),
            ),
            h('span', { class: 'split-count' }, w.votes(tally[i] ?? 0)),
            o.effects ? effectList(t, o.effects) : null,
          ),
        ),
      ),
    );
  }

  function render(force = false): void {
    if (disposed) return;
    // Said only when something is wrong: a working connection needs no words.
    status.textContent = link.status() === 'open' ? '' : w.linkStatus[link.status()];
    if (link.status() === 'gone') {
      const reason = link.socket.gone ?? 'deleted';
      body.replaceChildren(
        h('p', { class: 'note' }, w.gone[reason] ?? w.errors[reason] ?? w.linkStatus.gone),
      );
      return;
    }
    const view = link.view();
    if (!view) return;
    void own.prepare(view).then((arrived) => {
      if (arrived) render(true);
    });
    const round = view.round;
    const next = [
      view.phase,
      round?.choicePointId ?? '',
      round?.revealed ?? '',
      round?.open ?? '',
      round?.myVote ?? '',
      pendingVote ?? '',
      view.history.length,
    ].join('|');
    if (next === key && !force) return;
    const stepChanged =
      next.split('|').slice(0, 3).join('|') !== key.split('|').slice(0, 3).join('|');
    key = next;
    let content: HTMLElement;
    if (view.phase === 'ended') {
      const info = deps.catalogue.find(
        (s) => s.id === view.scenario.id && s.lang === view.scenario.lang,
      );
      content = info
        ? h(
            'div',
            { class: 'phone-debrief' },
            h('h2', { class: 'question', tabindex: -1 }, w.debriefTitle),
            h('p', {}, w.phoneEnded),
            roomDebriefView(t, info, summarize(view.history, info.ranges), null),
          )
        : h('p', { class: 'note' }, w.phoneEnded);
    } else if (round && round.revealed) content = revealedView(view, round);
    else if (round && view.phase === 'voting') content = votingView(view, round);
    else
      content = h(
        'div',
        { class: 'phone-wait' },
        h('p', { class: 'question', tabindex: -1 }, w.phoneWaiting),
      );
    const focusWasInside = body.contains(document.activeElement);
    const focusedOption = (document.activeElement as HTMLElement | null)?.dataset?.option;
    body.replaceChildren(content);
    if (focusWasInside && focusedOption !== undefined && !stepChanged) {
      content
        .querySelector<HTMLElement>(`[data-option="${focusedOption}"]`)
        ?.focus({ preventScroll: true });
    } else if (stepChanged && (focusWasInside || document.activeElement === document.body)) {
      content.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true });
    }
  }

  const unsubscribe = link.subscribe(() => render());
  return {
    el,
    focus: heading,
    title: `${w.title} · ${t.appName}`,
    start() {
      render(true);
    },
    dispose() {
      disposed = true;
      unsubscribe();
      link.close();
    },
  };
}
