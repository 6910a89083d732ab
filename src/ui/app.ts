/**
 * The DOM layer's conductor: which screen is up, in which language, and what the stage should show.
 * Screens are rebuilt on every visit (they are small), so no screen keeps stale state between plays.
 */
import {
  GameSession,
  type FailureKind,
  type MemoryStore,
  type StageBridge,
} from '../game/index.ts';
import type { ProgressStore, Settings } from '../progress/index.ts';
import { dictionaries, initialLang, rememberLang, type Lang } from '../i18n/index.ts';
import type { CompiledScenario, ScenarioInfo } from '../story/index.ts';
import type { Navigation, PlayResult, Screen, UiContext } from './context.ts';
import { h } from './dom.ts';
import { prefersReducedMotion } from './motion.ts';
import { conversationScreen } from './screens/conversation.ts';
import { debriefScreen } from './screens/debrief.ts';
import { failureScreen } from './screens/failure.ts';
import { selectScreen } from './screens/select.ts';
import { titleScreen } from './screens/title.ts';

export interface AppDeps {
  /** The element the screens live in (a landmark: <main>). */
  readonly root: HTMLElement;
  readonly catalogue: readonly ScenarioInfo[];
  loadScenario(lang: string, id: string): Promise<CompiledScenario>;
  /** Profiles, history, resume, memory and settings; the one place progress is kept. */
  readonly progress: ProgressStore;
  readonly stage: StageBridge;
  /** Where the language choice is remembered; null when storage is unavailable. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly languages: readonly string[];
  readonly window: Window;
}

/** Wide screens put the dialogue beside the picture; narrow ones put it below. */
const SIDE_PANEL_QUERY = '(min-width: 900px) and (min-aspect-ratio: 1/1)';

export class App implements Navigation {
  private lang: Lang;
  private screen: Screen | null = null;
  /** Increases on every navigation, so a scenario that finishes loading late does not take over. */
  private visit = 0;

  /** Cross-scenario memory belongs to the active profile. */
  private readonly memory: MemoryStore;

  constructor(private readonly deps: AppDeps) {
    this.lang = initialLang(deps.storage, deps.languages);
    this.ensureProfile();
    this.memory = {
      load: () => deps.progress.memory(),
      save: (values) => deps.progress.saveMemory(values),
    };
    deps.window.addEventListener('resize', () => this.measurePanel());
    const motion = deps.window.matchMedia?.('(prefers-reduced-motion: reduce)');
    motion?.addEventListener?.('change', () =>
      deps.stage.setReducedMotion(prefersReducedMotion(deps.window)),
    );
    deps.stage.setReducedMotion(prefersReducedMotion(deps.window));
  }

  private get ctx(): UiContext {
    return {
      t: dictionaries[this.lang],
      lang: this.lang,
      nav: this,
      stage: this.deps.stage,
      reducedMotion: () => prefersReducedMotion(this.deps.window),
      settings: () => this.deps.progress.settings(),
      updateSettings: (patch: Partial<Settings>) => {
        this.deps.progress.updateSettings(patch);
      },
    };
  }

  /** A first visit gets a profile at once, so nothing a learner does is ever kept nowhere. */
  private ensureProfile(): void {
    const progress = this.deps.progress;
    if (progress.activeProfile()) return;
    const existing = progress.profiles()[0];
    if (existing) progress.selectProfile(existing.id);
    else progress.createProfile(dictionaries[this.lang].defaultNickname);
  }

  /** Shows the first screen without moving focus (the page has only just loaded). */
  boot(): void {
    this.show(titleScreen(this.ctx), false);
  }

  title(): void {
    this.deps.stage.setMode('menu');
    this.show(titleScreen(this.ctx));
  }

  select(): void {
    this.deps.stage.setMode('menu');
    this.show(selectScreen(this.ctx, this.deps.catalogue));
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    rememberLang(this.deps.storage, lang);
    const screen = titleScreen(this.ctx);
    this.show(screen, false);
    // Keep focus on the picker the player just used, now in the new language.
    screen.el.querySelector<HTMLInputElement>(`input[value="${lang}"]`)?.focus();
  }

  play(info: ScenarioInfo): void {
    const visit = ++this.visit;
    const t = dictionaries[this.lang];
    const loading = h('p', { class: 'loading', role: 'status' }, t.loading);
    const card = h('section', { class: 'screen card' }, loading);
    this.show(
      { el: card, focus: loading, title: `${info.meta.title} · ${t.appName}` },
      false,
      false,
    );
    this.deps.loadScenario(info.lang, info.id).then(
      (scenario) => {
        if (visit !== this.visit) return;
        const session = new GameSession(scenario, this.memory);
        this.show(conversationScreen(this.ctx, scenario, session));
      },
      (e: unknown) => {
        if (visit !== this.visit) return;
        this.failure('load', e instanceof Error ? e.message : String(e));
      },
    );
  }

  debrief(result: PlayResult): void {
    this.deps.stage.setMode('debrief');
    this.show(debriefScreen(this.ctx, result));
  }

  failure(kind: FailureKind, detail: string): void {
    this.deps.stage.setMode('menu');
    this.show(failureScreen(this.ctx, kind, detail));
  }

  private show(screen: Screen, moveFocus = true, countsAsVisit = true): void {
    if (countsAsVisit) this.visit++;
    this.screen?.dispose?.();
    this.screen = screen;
    const doc = this.deps.root.ownerDocument;
    doc.documentElement.lang = this.lang;
    doc.title = screen.title;
    this.deps.root.replaceChildren(screen.el);
    this.deps.root.dataset.screen = screen.el.classList[1] ?? 'screen';
    this.deps.root.scrollTop = 0;
    doc.defaultView?.scrollTo?.(0, 0);
    this.measurePanel();
    if (moveFocus) screen.focus.focus({ preventScroll: true });
    screen.start?.();
  }

  /** Tells the stage where the dialogue panel covers the canvas, so people stand beside it. */
  private measurePanel(): void {
    const panel = this.deps.root.querySelector<HTMLElement>('.screen-conversation .panel');
    const win = this.deps.window;
    if (!panel) {
      this.deps.stage.setPanel('none', 0);
      return;
    }
    const rect = panel.getBoundingClientRect();
    const side = win.matchMedia?.(SIDE_PANEL_QUERY).matches ?? false;
    if (side)
      this.deps.stage.setPanel('side', win.innerWidth > 0 ? rect.width / win.innerWidth : 0);
    else
      this.deps.stage.setPanel('bottom', win.innerHeight > 0 ? rect.height / win.innerHeight : 0);
  }
}
