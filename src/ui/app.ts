/**
 * The DOM layer's conductor: which screen is up, in which language, and what the stage should show.
 * Screens are rebuilt on every visit (they are small), so no screen keeps stale state between plays.
 * Plays themselves are opened, resumed, recorded and finished by the application layer
 * (src/game/play.ts); this class only navigates between the screens that show them. Every screen has
 * an address (src/ui/router.ts): going to a screen writes it, and an address (a deep link, a reload,
 * Back and Forward) opens its screen through the same methods a button would call.
 */
import {
  Plays,
  isDownloadFailure,
  progressRecord,
  reviewPlay,
  type OpenFailure,
  type OpenRequest,
  type Play,
  type PlayFailureKind,
  type PlayObserver,
  type PlayRecord,
  type SavedPlay,
  type StageBridge,
  type StageMode,
} from '../game/index.ts';
import { previousAttempt, type ProgressStore, type Settings } from '../progress/index.ts';
import { dictionaries, initialLang, isLang, type Lang, type Messages } from '../i18n/index.ts';
import type { CompiledScenario, ScenarioInfo, StoryVariables } from '../story/index.ts';
import type { Navigation, PlayResult, Screen, UiContext } from './context.ts';
import { prefersReducedMotion } from './motion.ts';
import { conversationScreen, loadingScreen } from './screens/conversation.ts';
import { bindUiSounds, createGameSound, type GameSound } from './audio.ts';
import { applyRootSettings, effectiveReducedMotion, settingsScreen } from './screens/settings.ts';
import { messageScreen, reviewProblemScreen } from './screens/message.ts';
import { failureScreen } from './screens/failure.ts';
import { unavailableScreen } from './screens/unavailable.ts';
import { retryDownload } from './download-retry.ts';
import { selectScreen } from './screens/select.ts';
import { resumeProblemScreen, titleScreen, type TitleHome } from './screens/title.ts';
import { NoticeBanner } from './notices.ts';
import { notFoundScreen } from './screens/not-found.ts';
import { keepDebrief, keptDebriefOf } from './kept-debrief.ts';
import { PlayTest } from './play-test.ts';
import { measurePanel } from './panel.ts';
import type { Address, NotFoundReason, Route } from './router.ts';
import { ScreenHistory } from './screen-history.ts';
import type * as Workshop from '../workshop/index.ts';
import type * as Studio from '../studio/index.ts';
import { isSavedId, newSavedId, type Library, type SavedScenario } from '../library/index.ts';
import { whenIdle } from '../scenes/boot.ts';

/**
 * Screens the first screen never needs, each in a chunk of its own, loaded on its route (the
 * service worker precaches them with the rest, so they open offline after a first visit). The
 * debrief's is also fetched in idle time while a conversation is played, so its end never waits.
 */
const screens = {
  debrief: () => import('./screens/debrief.ts'),
  progress: () => import('./screens/progress.ts'),
  profiles: () => import('./screens/profiles.ts'),
};

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
  /**
   * This tab's storage (sessionStorage): the debrief just shown, so a reload of its address shows it
   * again. Null (or absent) when there is none: the debrief's address then says it is gone.
   */
  readonly tabStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly languages: readonly string[];
  readonly window: Window;
  /**
   * Where plays are kept instead of the active profile's progress: an entry point's own record
   * (inside an LMS, the LMS itself: resume data in its suspend_data).
   */
  readonly record?: PlayRecord;
  /** Watch every play this app opens (the LMS reports decisions and endings this way). */
  readonly observers?: readonly PlayObserver[];
  /** False inside an LMS: no profiles or local history are offered (the LMS keeps the record). */
  readonly profiles?: boolean;
  /** False inside an LMS: the title screen offers no workshop rooms. */
  readonly workshop?: boolean;
  /**
   * Your scenarios: saved Studio scenarios (src/library), played like bundled ones; absent inside an
   * LMS, whose catalogue is what was packaged.
   */
  readonly library?: Library;
}

/** How long a scenario's start may take before its loading screen is shown (a blink: none). */
const LOADING_SCREEN_AFTER_MS = 150;

/** What a keyboard can reach on a screen (for finding a focused control's equivalent after a redraw). */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

export class App implements Navigation {
  private lang: Lang;
  private screen: Screen | null = null;
  /** Increases on every navigation, so a scenario that finishes loading late does not take over. */
  private visit = 0;

  /** Opens every play; they are kept in the active profile's progress. */
  private readonly plays: Plays;
  private readonly record: PlayRecord;
  /** The conversation being played; abandoned when the player leaves it on purpose. */
  private current: Play | null = null;
  private readonly banner: NoticeBanner;
  /** A Studio draft being play-tested (src/ui/play-test.ts). */
  private readonly test = new PlayTest();
  /** Sound follows the game; armed by the player's first gesture (browsers allow no sooner). */
  private readonly sound: GameSound;
  /** The browser's history, one entry per screen (src/ui/screen-history.ts). */
  private readonly history: ScreenHistory;

  constructor(private readonly deps: AppDeps) {
    // Language: on a first visit (no profile yet) it follows the browser, or the pre-store
    // `mingle.lang` choice, which is only read now, never written; from then on it is the stored
    // setting. The store's default ('en') is never taken for a choice the player made.
    const firstVisit = deps.progress.profiles().length === 0;
    const stored = deps.progress.settings().language;
    this.lang = !firstVisit && isLang(stored) ? stored : initialLang(deps.storage, deps.languages);
    this.ensureProfile();
    if (firstVisit) deps.progress.updateSettings({ language: this.lang });
    this.banner = new NoticeBanner(
      deps.progress,
      dictionaries[this.lang],
      () => this.screen?.focus ?? null,
    );
    deps.root.before(this.banner.el);
    deps.progress.subscribe((event) => {
      // A 'profile' event means another window changed a profile's record.
      if (event.type === 'profile' && event.profileId === deps.progress.activeProfile()?.id) {
        this.banner.say((t) => t.progress.changedElsewhere);
      }
    });
    this.record = deps.record ?? progressRecord(deps.progress);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the catalogue getter below reads it
    const app = this;
    this.plays = new Plays({
      // Read at every look-up: saved scenarios come and go while the game runs.
      get catalogue() {
        return app.catalogue;
      },
      loadScenario: (lang, id) => this.loadScenario(lang, id),
      record: this.record,
      ...(deps.observers ? { observers: deps.observers } : {}),
      online: () => deps.window.navigator?.onLine ?? true,
    });
    deps.window.addEventListener('resize', () =>
      measurePanel(this.deps.root, this.deps.window, this.deps.stage),
    );
    const motion = deps.window.matchMedia?.('(prefers-reduced-motion: reduce)');
    motion?.addEventListener?.('change', () => this.applySettings());
    this.sound = createGameSound({
      settings: () => deps.progress.settings(),
      stage: deps.stage,
      gestures: deps.window,
    });
    bindUiSounds(deps.root, this.sound);
    this.applySettings();
    this.history = new ScreenHistory({
      window: deps.window,
      open: (address) => this.follow(address),
      // A conversation in play asks before Back or Forward leaves it.
      asker: () => {
        const screen = this.screen;
        return this.current?.state === 'playing' && screen?.askToLeave
          ? (decide) => screen.askToLeave?.(decide)
          : null;
      },
      connected: () => this.deps.root.isConnected,
    });
  }

  /** The bundled scenarios, then every language of every saved one (Your scenarios). */
  private get catalogue(): readonly ScenarioInfo[] {
    const library = this.deps.library;
    return library ? [...this.deps.catalogue, ...library.infos()] : this.deps.catalogue;
  }

  /** A story to play: a saved scenario's from the library, a bundled one's from the build. */
  private loadScenario(lang: string, id: string): Promise<CompiledScenario> {
    if (!isSavedId(id) || !this.deps.library) return this.deps.loadScenario(lang, id);
    const compiled = this.deps.library.compiled(lang, id);
    return compiled
      ? Promise.resolve(compiled)
      : Promise.reject(new Error(`no saved scenario ${id} in ${lang}`));
  }

  /**
   * Runs `go` once the saved scenarios have been read, when `id` names one (a reload of its address
   * comes before the library has opened); at once otherwise. Dropped if the player went elsewhere.
   */
  private whenKnown(id: string, go: () => void): void {
    const library = this.deps.library;
    if (!library || !isSavedId(id)) {
      go();
      return;
    }
    const visit = ++this.visit;
    void library.ready.then(() => {
      if (visit === this.visit) go();
    });
  }

  /** Motion: the setting wins; 'system' follows the device. */
  private reducedMotion(): boolean {
    return effectiveReducedMotion(
      this.deps.progress.settings().reducedMotion,
      prefersReducedMotion(this.deps.window),
    );
  }

  /** Puts the settings into effect everywhere: text size, motion (page and stage), sound. */
  private applySettings(): void {
    const settings = this.deps.progress.settings();
    const doc = this.deps.root.ownerDocument;
    applyRootSettings(doc.documentElement, settings, prefersReducedMotion(this.deps.window));
    this.deps.stage.setReducedMotion(this.reducedMotion());
    this.deps.stage.setPictures(settings.pictures);
    this.sound.applySettings(settings);
  }

  settings(): void {
    this.deps.stage.setMode('menu');
    this.address({ screen: 'settings' });
    this.show(settingsScreen(this.ctx));
  }

  private get ctx(): UiContext {
    return {
      t: dictionaries[this.lang],
      lang: this.lang,
      nav: this,
      stage: this.deps.stage,
      reducedMotion: () => this.reducedMotion(),
      settings: () => this.deps.progress.settings(),
      updateSettings: (patch: Partial<Settings>) => {
        this.deps.progress.updateSettings(patch);
        this.applySettings();
      },
      sound: this.sound,
      previousAttempt: (scenario, lang, before) => {
        const profile = this.deps.progress.activeProfile();
        return profile ? previousAttempt(profile, scenario, lang, before) : null;
      },
      playedScenarios: () => {
        const attempts = this.deps.progress.activeProfile()?.attempts ?? [];
        return new Set(attempts.filter((a) => a.status === 'completed').map((a) => a.scenario));
      },
      scenario: (id, lang) => this.catalogue.find((s) => s.id === id && s.lang === lang) ?? null,
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

  /**
   * Shows the screen the page's address names: the title (without moving focus, the page has only
   * just loaded), or a deep link's screen (a shared scenario, a phone that scanned a room's QR code,
   * a reload anywhere).
   */
  boot(): void {
    const here = this.history.current();
    if (here.route.screen === 'title' && !here.lang) {
      this.showTitle(false);
      return;
    }
    this.history.follow(here);
  }

  /** Opens the screen an address names (a deep link, a reload, Back or Forward, a typed address). */
  private follow(address: Address): void {
    if (address.lang && address.lang !== this.lang) this.useLang(address.lang);
    this.route(address.route, address.lang);
  }

  private route(route: Route, lang: Lang | null): void {
    switch (route.screen) {
      case 'title':
        this.title();
        return;
      case 'scenarios':
        this.select();
        return;
      case 'play':
        this.whenKnown(route.scenario, () => this.playAt(route.scenario, lang ?? this.lang));
        return;
      case 'debrief':
        this.whenKnown(route.scenario, () => this.debriefAt(route.scenario, lang ?? this.lang));
        return;
      case 'progress':
        this.progress();
        return;
      case 'profiles':
        this.profiles();
        return;
      case 'settings':
        this.settings();
        return;
      case 'workshop':
        if (route.code) this.reopenRoom(route.code);
        else this.workshop();
        return;
      case 'join':
        this.join(route.code);
        return;
      case 'studio':
        this.studio();
        return;
      case 'not-found':
        this.notFound(route.reason);
        return;
    }
  }

  /** Writes a screen's address (src/ui/screen-history.ts). */
  private address(route: Route, lang: Lang | null = null, replace = false): void {
    this.history.write(route, lang, replace);
  }

  /**
   * The Studio, where trainers write their own scenarios (its code and the compiler load only here);
   * with `edit`, a saved scenario opens in it (every language in its own tab).
   */
  studio(edit: SavedScenario | null = null): void {
    this.test.end();
    this.address({ screen: 'studio' });
    this.lazy(
      () => import('../studio/index.ts'),
      (m: typeof Studio) => m.openStudio(this.host(), edit),
      () => this.studio(edit),
    );
  }

  /** Plays a Studio draft in the game's own screens (src/ui/play-test.ts): scored, kept nowhere. */
  private playTest(scenario: CompiledScenario, memory: StoryVariables = {}): void {
    const { info, plays } = this.test.start(scenario, memory);
    this.open({ scenario: info }, plays);
  }

  /** Workshop rooms: the facilitator's set-up (its code loads only when asked for). */
  workshop(): void {
    this.address({ screen: 'workshop', code: null });
    // The set-up offers saved scenarios too: a direct link waits for the library to be read.
    const read = this.deps.library?.ready.catch(() => undefined);
    this.lazy(
      () => Promise.all([import('../workshop/index.ts'), read]).then(([m]) => m),
      (m: typeof Workshop) => m.openWorkshop(this.host()),
      () => this.workshop(),
    );
  }

  /** A participant's way into a room, with the code when it is known. */
  join(code: string | null = null): void {
    this.address({ screen: 'join', code });
    this.lazy(
      () => import('../workshop/index.ts'),
      (m: typeof Workshop) => m.openJoin(this.host(), code),
      () => this.join(code),
    );
  }

  /** The room this tab projects, reopened from its address (a reload of the projector). */
  private reopenRoom(code: string): void {
    this.lazy(
      () => import('../workshop/index.ts'),
      (m: typeof Workshop) => void m.reopenProjector(this.host(), code),
      () => this.reopenRoom(code),
    );
  }

  /**
   * Loads a screen's code, then shows it, unless the player has gone elsewhere in the meantime. When
   * the code cannot be downloaded (offline before the service worker had it), a page says so and
   * `again` (the same navigation) is offered.
   */
  private lazy<M>(
    load: () => Promise<M>,
    go: (m: M) => void,
    again: () => void,
    mode: StageMode = 'menu',
  ): void {
    this.deps.stage.setMode(mode);
    const visit = ++this.visit;
    load().then(
      (m) => {
        if (visit === this.visit) go(m);
      },
      (e: unknown) => {
        if (visit === this.visit) this.unavailable(again, e);
      },
    );
  }

  /** A screen whose code could not be downloaded (`failed`): why, in plain words, and Try again. */
  private unavailable(again: () => void, failed: unknown): void {
    this.deps.stage.setMode('menu');
    const offline = this.deps.window.navigator?.onLine === false;
    this.show(unavailableScreen(this.ctx, offline, () => this.retry(failed, again)));
  }

  /** Try again after a download failed (src/ui/download-retry.ts: the browser remembers failures). */
  private retry(failed: unknown, again: () => void): void {
    void retryDownload(this.deps.window, failed, again);
  }

  /** What the workshop's and the Studio's screens may ask of the game. */
  private host(): Workshop.WorkshopHost & Studio.StudioHost {
    return {
      ctx: this.ctx,
      catalogue: this.catalogue,
      loadScenario: (lang, id) => this.loadScenario(lang, id),
      library: this.deps.library ?? null,
      show: (screen) => this.show(screen),
      // Their screens take the place of the one that opened them (set-up → room).
      setAddress: (route) => this.address(route, null, true),
      title: () => this.title(),
      playTest: (scenario, memory) => this.playTest(scenario, memory),
    };
  }

  title(): void {
    this.test.end();
    this.deps.stage.setMode('menu');
    this.ensureProfile();
    this.address({ screen: 'title' });
    this.showTitle(true);
  }

  /**
   * The title screen. A run of a saved scenario is named by its title, which only the library knows:
   * a reload draws this screen before the library has been read, so it is drawn again once it has.
   */
  private showTitle(moveFocus: boolean): void {
    this.show(titleScreen(this.ctx, this.home()), moveFocus);
    const run = this.plays.saved();
    const library = this.deps.library;
    if (library && run && isSavedId(run.scenario) && !library.get(run.scenario)) {
      const visit = this.visit;
      void library.ready.then(() => {
        if (visit === this.visit && library.get(run.scenario)) this.redrawKeepingFocus();
      });
    }
  }

  /**
   * Draws the title screen again in place of itself. The element that had the focus is replaced with
   * the screen: its equivalent in the new one gets the focus (the same id, or the same kind of control
   * with the same words at the same place in the Tab order), or else the heading, so a keyboard or
   * screen reader user is never dropped to the top of the page.
   */
  private redrawKeepingFocus(): void {
    const root = this.deps.root;
    const active = root.ownerDocument.activeElement;
    const had = active instanceof HTMLElement && root.contains(active) ? active : null;
    const focusable = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const at = had ? focusable(root).indexOf(had) : -1;
    const screen = titleScreen(this.ctx, this.home());
    this.show(screen, false, false);
    if (!had) return;
    const same = (el: HTMLElement) =>
      el.tagName === had.tagName &&
      el.textContent === had.textContent &&
      el.getAttribute('value') === had.getAttribute('value');
    const candidates = focusable(screen.el);
    const twin =
      (had.id
        ? ([...screen.el.querySelectorAll<HTMLElement>('[id]')].find((e) => e.id === had.id) ??
          null)
        : null) ??
      (candidates[at] && same(candidates[at]) ? candidates[at] : null) ??
      candidates.find(same) ??
      screen.focus;
    twin.focus({ preventScroll: true });
  }

  profiles(): void {
    this.address({ screen: 'profiles' });
    this.lazy(
      screens.profiles,
      (m) => this.show(m.profilesScreen(this.ctx, { progress: this.deps.progress })),
      () => this.profiles(),
    );
  }

  progress(): void {
    this.address({ screen: 'progress' });
    this.lazy(
      screens.progress,
      (m) =>
        this.show(
          m.progressScreen(this.ctx, { progress: this.deps.progress, catalogue: this.catalogue }),
        ),
      () => this.progress(),
    );
  }

  /** Continues the active profile's saved run, or says plainly why it cannot and offers a restart. */
  resume(): void {
    const saved = this.plays.saved();
    if (!saved) {
      this.title();
      return;
    }
    this.open({ scenario: { id: saved.scenario, lang: saved.lang }, resume: saved });
  }

  private resumeProblem(
    saved: SavedPlay,
    info: ScenarioInfo | null,
    kind: 'story-changed' | 'scenario-missing',
  ): void {
    this.deps.stage.setMode('menu');
    this.show(
      resumeProblemScreen(this.ctx, kind, {
        restart: info
          ? () => {
              this.record.discard(saved);
              this.play(info);
            }
          : null,
        discard: () => {
          this.record.discard(saved);
          this.title();
        },
      }),
    );
  }

  /** What the title screen shows about the learner: who is playing, and what can be continued. */
  private home(): TitleHome {
    const progress = this.deps.progress;
    const run = this.plays.saved();
    const info = run
      ? (this.plays.find(run.scenario, run.lang) ??
        this.catalogue.find((s) => s.id === run.scenario))
      : undefined;
    return {
      profileName:
        this.deps.profiles === false ? null : (progress.activeProfile()?.nickname ?? null),
      saved: run ? { title: info?.meta.title ?? run.scenario, choices: run.path.length } : null,
      workshop: this.deps.workshop !== false,
    };
  }

  /**
   * Leaves the conversation in progress. Kept for later, its run stays saved (the title screen offers
   * to continue it, and starting another scenario does not abandon it); otherwise it is abandoned.
   */
  leave(keep: boolean): void {
    if (this.history.holding) {
      // The question came from Back or Forward: kept or ended, the player goes where they were going.
      if (keep) {
        this.current?.setAside();
        this.current = null;
      }
      this.history.release();
      return;
    }
    if (keep) {
      this.current?.setAside();
      this.current = null;
      this.title();
    } else this.select();
  }

  /**
   * A notice of the entry point's own (an LMS that is not recording), shown once in the banner and
   * worded in the language the player reads at the moment.
   */
  notify(text: (t: Messages) => string): void {
    this.banner.say(text);
  }

  /** The current language, for an entry point that words its own notices. */
  get language(): Lang {
    return this.lang;
  }

  select(): void {
    // Leaving a play-test (its conversation or debrief) goes back to the Studio it came from.
    if (this.test.active) {
      this.studio();
      return;
    }
    this.deps.stage.setMode('menu');
    this.address({ screen: 'scenarios' });
    const library = this.deps.library;
    this.show(
      selectScreen(
        this.ctx,
        this.deps.catalogue,
        library
          ? {
              library,
              edit: (saved) => this.studio(saved),
              importFile: (text) =>
                import('../studio/save.ts').then((m) =>
                  m.importScenario(text, newSavedId(), library),
                ),
            }
          : null,
      ),
    );
  }

  /** The game's language from now on (the player's choice, or a link's `?lang=`). */
  private useLang(lang: Lang): void {
    this.lang = lang;
    this.deps.progress.updateSettings({ language: lang });
    this.banner.setMessages(dictionaries[lang]);
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.useLang(lang);
    const screen = titleScreen(this.ctx, this.home());
    this.show(screen, false);
    // Keep focus on the picker the player just used, now in the new language.
    screen.el.querySelector<HTMLInputElement>(`input[value="${lang}"]`)?.focus();
  }

  /** Plays a scenario; with `saved`, continues that saved run on the same line with the same scores. */
  play(info: ScenarioInfo, saved: SavedPlay | null = null): void {
    const draft = this.test.playsOf(info.id, info.lang);
    if (draft) {
      this.open({ scenario: draft.info }, draft.plays);
      return;
    }
    this.open({ scenario: info, resume: saved });
  }

  /**
   * A scenario's address (a shared link, a reload, Back or Forward to it): the saved run of that
   * scenario in that language continues where it was; otherwise the scenario starts afresh.
   */
  private playAt(id: string, lang: string): void {
    const info = this.plays.find(id, lang);
    if (!info) {
      this.notFound('scenario');
      return;
    }
    const saved = this.plays.saved();
    this.open({
      scenario: info,
      resume: saved && saved.scenario === id && saved.lang === lang ? saved : null,
    });
  }

  /** A debrief's address: the one this tab showed last, if it is of this scenario and version. */
  private debriefAt(id: string, lang: string): void {
    const info = this.plays.find(id, lang);
    const kept = info ? keptDebriefOf(this.deps.tabStorage, info) : null;
    if (kept) this.debrief(kept);
    else this.notFound(info ? 'debrief' : 'scenario', info);
  }

  /** An address that leads nowhere: what was wrong, and the ways on. */
  private notFound(reason: NotFoundReason, scenario: ScenarioInfo | null = null): void {
    this.deps.stage.setMode('menu');
    this.show(notFoundScreen(this.ctx, reason, this.deps.window.location.hash, scenario));
  }

  /** Opens a play through the application layer and shows it, or the reason it cannot be played. */
  private open(request: OpenRequest, plays: Plays = this.plays): void {
    // What needs no download is answered at once (a missing scenario, a save from another version).
    const checked = plays.check(request);
    if (!checked.ok) {
      this.cannotOpen(checked, request, plays);
      return;
    }
    // A Studio draft is played at the Studio's address: a reload goes back to the draft, kept there.
    if (plays === this.plays)
      this.address({ screen: 'play', scenario: checked.info.id }, asLang(checked.info.lang));
    const visit = ++this.visit;
    // The loading screen only when the story is not in at once (a slow download): drawn every time,
    // its frame came between the story's arrival and its first choice, and the page was laid out
    // for it and again for the conversation. The stage hears of the scenario at once.
    this.deps.stage.enterScenario(checked.info.id, checked.info.meta.cast);
    const loading = this.deps.window.setTimeout(() => {
      if (visit === this.visit) this.show(loadingScreen(this.ctx, checked.info), false, false);
    }, LOADING_SCREEN_AFTER_MS);
    plays.open(request).then(
      (opened) => {
        this.deps.window.clearTimeout(loading);
        if (visit !== this.visit) {
          // Never started, so nothing was recorded; only let go of the session.
          if (opened.ok) opened.play.detach();
          return;
        }
        if (!opened.ok) {
          this.cannotOpen(opened, request, plays);
          return;
        }
        this.show(conversationScreen(this.ctx, opened.play.info, opened.play.session));
        this.current = opened.play;
        // The debrief's code, while the player talks (never before the first choice is up).
        whenIdle(this.deps.window, () => void screens.debrief().catch(() => undefined));
      },
      (e: unknown) => {
        this.deps.window.clearTimeout(loading);
        if (visit !== this.visit) return;
        this.failure('internal', e instanceof Error ? e.message : String(e));
      },
    );
  }

  private cannotOpen(failure: OpenFailure, request: OpenRequest, plays: Plays = this.plays): void {
    switch (failure.kind) {
      case 'scenario-missing':
        if (request.resume) this.resumeProblem(request.resume, null, 'scenario-missing');
        else this.failure('load', failure.detail);
        return;
      case 'story-changed':
        this.resumeProblem(failure.saved, failure.info, 'story-changed');
        return;
      case 'network':
        this.failure('network', failure.detail, () =>
          this.retry(failure.detail, () => this.open(request, plays)),
        );
        return;
      default:
        this.failure(failure.kind, failure.detail);
    }
  }

  /** The debrief takes the place of its conversation in history (Back goes to where the play began). */
  debrief(result: PlayResult): void {
    const { info } = result;
    const draft = this.test.playsOf(info.id, info.lang) !== null;
    if (!draft) {
      // A Studio draft's debrief has no address of its own: a reload goes back to the Studio.
      this.address({ screen: 'debrief', scenario: info.id }, asLang(info.lang), true);
      keepDebrief(this.deps.tabStorage, result);
    }
    this.lazy(
      screens.debrief,
      (m) =>
        this.show(
          m.debriefScreen(
            this.ctx,
            result,
            draft
              ? { elsewhere: { label: this.ctx.t.studio.backToStudio, go: () => this.studio() } }
              : {},
          ),
        ),
      () => this.debrief(result),
      'debrief',
    );
  }

  /** "Replay from here": a new attempt from a saved place (the choices before it are replayed). */
  playFrom(saved: SavedPlay): void {
    // A Studio draft replays through its own Plays, which keep nothing.
    const draft = this.test.playsOfSaved(saved);
    if (draft) {
      this.open({ scenario: draft.info, resume: saved }, draft.plays);
      return;
    }
    this.open({ scenario: { id: saved.scenario, lang: saved.lang }, resume: saved });
  }

  /**
   * Shows the debrief of a finished attempt of the active profile again, rebuilt by replaying its
   * path (src/game/review.ts): from Progress, after a reload, or from an address (a `#/debrief/<id>`
   * route calls this). Resolves to true when the debrief is shown; otherwise a screen says why.
   */
  async openDebriefOf(attemptId: string): Promise<boolean> {
    const t = dictionaries[this.lang];
    const attempt = this.deps.progress
      .activeProfile()
      ?.attempts.find((a) => a.id === attemptId && a.status === 'completed');
    const back = () => this.progress();
    if (!attempt) {
      this.reviewProblem('not-found');
      return false;
    }
    const visit = ++this.visit;
    // A saved scenario's story is at hand once the library has been read.
    if (isSavedId(attempt.scenario)) await this.deps.library?.ready;
    if (visit !== this.visit) return false;
    this.deps.stage.setMode('menu');
    this.show(messageScreen(this.ctx, t.reviewLoading), false, false);
    let notLoaded: unknown = null;
    const [reviewed, debriefs] = await Promise.all([
      reviewPlay(
        {
          catalogue: this.catalogue,
          loadScenario: (lang, id) => this.loadScenario(lang, id),
          isDownloadFailure: (e) =>
            isDownloadFailure(e, this.deps.window.navigator?.onLine ?? true),
        },
        attempt,
      ),
      screens.debrief().catch((e: unknown) => {
        notLoaded = e;
        return null;
      }),
    ]);
    if (visit !== this.visit) return false;
    if (!debriefs) {
      this.unavailable(() => void this.openDebriefOf(attemptId), notLoaded);
      return false;
    }
    if (!reviewed.ok) {
      this.reviewProblem(reviewed.kind);
      return false;
    }
    this.deps.stage.setMode('debrief');
    this.show(
      debriefs.debriefScreen(this.ctx, reviewed.result, {
        reopened: { endedAt: attempt.endedAt, back },
      }),
    );
    return true;
  }

  private reviewProblem(kind: keyof Messages['reviewProblems']): void {
    this.deps.stage.setMode('menu');
    this.show(reviewProblemScreen(this.ctx, kind, () => this.progress()));
  }

  /** A play that could not go on; `retry` (for a network failure) tries the same thing again. */
  failure(kind: PlayFailureKind, detail: string, retry?: () => void): void {
    this.deps.stage.setMode('menu');
    this.show(failureScreen(this.ctx, kind, detail, retry));
  }

  private show(screen: Screen, moveFocus = true, countsAsVisit = true): void {
    if (countsAsVisit) this.visit++;
    // A question about leaving the previous screen is moot now.
    this.history.forget();
    // Any other screen means the conversation was left on purpose: it goes into the history as
    // abandoned (a finished one is already there). A reload never gets here, so it stays resumable.
    this.current?.leave();
    this.current = null;
    this.screen?.dispose?.();
    this.screen = screen;
    const doc = this.deps.root.ownerDocument;
    doc.documentElement.lang = this.lang;
    doc.title = screen.title;
    this.deps.root.replaceChildren(screen.el);
    this.deps.root.dataset.screen = screen.el.classList[1] ?? 'screen';
    if (screen.draw) {
      // A screen that draws its first content as it appears (a conversation's first lines, and its
      // choices when motion is reduced): every write comes first and focus moves in the frame, the
      // heading first and then where the screen says. Chromium lays the page out for each focus():
      // done at once, the heading's laid out the screen without its lines and the question's laid
      // it out again with them, both before the choices could be clicked; in the frame, the first
      // focus lays out the finished screen once and the second finds nothing left to do.
      const then = screen.draw();
      this.settleLayout(() => {
        if (moveFocus) screen.focus.focus({ preventScroll: true });
        then?.();
      });
      return;
    }
    this.settleLayout();
    if (moveFocus) screen.focus.focus({ preventScroll: true });
    screen.start?.();
  }

  /** Whether the new screen's scroll and panel are waiting for the next frame. */
  private settling = false;
  /** Focus to move in that frame, before the layout is read (the screen on show's; null: none). */
  private focusInFrame: (() => void) | null = null;

  /**
   * The new screen from its top, and the stage told where its panel is: both read or set the
   * layout, so they wait for the frame about to be drawn, where the browser lays the page out
   * anyway. Done at once they laid out the new screen there and then, and a conversation whose
   * choices come up in the same task laid it out a second time before the first choice could be
   * clicked. The frame comes before anything is painted, so nothing shows unscrolled.
   */
  private settleLayout(focus: (() => void) | null = null): void {
    const win = this.deps.window;
    // Only the latest screen's: an earlier one's focus is moot once it is off the page.
    this.focusInFrame = focus;
    const settle = () => {
      this.settling = false;
      const moveFocus = this.focusInFrame;
      this.focusInFrame = null;
      moveFocus?.();
      this.deps.root.scrollTop = 0;
      win.scrollTo?.(0, 0);
      measurePanel(this.deps.root, win, this.deps.stage);
    };
    if (typeof win.requestAnimationFrame !== 'function') {
      settle();
      return;
    }
    if (this.settling) return;
    this.settling = true;
    win.requestAnimationFrame(settle);
  }
}

/** A scenario's language as an address carries it (the catalogue only holds languages we speak). */
function asLang(lang: string): Lang | null {
  return isLang(lang) ? lang : null;
}
