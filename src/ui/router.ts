/**
 * Every screen's address, and the browser's history kept in step with the screens.
 *
 * Addresses live in the fragment (`#/play/hard-seller?lang=nl`), so any static host serves them and a
 * reload never asks the server for a page it does not have. This module only reads and writes them:
 * `parseAddress`/`formatAddress` are pure (unit-tested on their own), and `HistoryRouter` binds them to
 * `window.history`. Which screen an address opens, and how a play is opened for it, is the App's job
 * (through the application layer, src/game/play.ts); the workshop's own addresses are routes here too.
 *
 *   #/                                 the title screen
 *   #/scenarios                        the scenario list
 *   #/play/<scenario>?lang=nl          a conversation (resumes the saved run of that scenario, if any)
 *   #/debrief/<scenario>?lang=nl       the debrief of the play just finished in this tab
 *   #/progress  #/profiles  #/settings the learner's screens
 *   #/workshop  #/workshop/<code>      the facilitator's set-up; a room this tab projects
 *   #/join  #/join/<code>              a participant's way into a room
 *   #/studio                           the Studio, where trainers write scenarios
 *
 * `?lang=` is allowed on every address and switches the game's language; play and debrief addresses
 * always carry it, because a scenario is played in one language (the link a facilitator shares).
 * Anything else is a `not-found` route that says what was wrong, never a blank page.
 */
import { isLang, type Lang } from '../i18n/index.ts';

/** Why an address leads nowhere, so the page can say so in plain words. */
export type NotFoundReason = 'address' | 'scenario' | 'language' | 'debrief';

export type Route =
  | { readonly screen: 'title' }
  | { readonly screen: 'scenarios' }
  | { readonly screen: 'play'; readonly scenario: string }
  | { readonly screen: 'debrief'; readonly scenario: string }
  | { readonly screen: 'progress' }
  | { readonly screen: 'profiles' }
  | { readonly screen: 'settings' }
  | { readonly screen: 'studio' }
  /** The facilitator's set-up (`code` null) or the room this tab projects. */
  | { readonly screen: 'workshop'; readonly code: string | null }
  | { readonly screen: 'join'; readonly code: string | null }
  | { readonly screen: 'not-found'; readonly reason: NotFoundReason; readonly scenario?: string };

export interface Address {
  readonly route: Route;
  /** The language the address asks for; null when it names none. */
  readonly lang: Lang | null;
}

/** Scenario ids are kebab-case (the story file's name); anything else cannot name one. */
const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Room codes as people type them: letters and digits, maybe a dash (the workshop normalizes them). */
const ROOM_CODE = /^[A-Za-z0-9-]{1,16}$/;
/** Longer than any address the game makes: a pasted essay is not parsed. */
const MAX_ADDRESS = 512;

const SIMPLE = {
  scenarios: { screen: 'scenarios' },
  progress: { screen: 'progress' },
  profiles: { screen: 'profiles' },
  settings: { screen: 'settings' },
  studio: { screen: 'studio' },
} as const satisfies Record<string, Route>;

const nowhere = (reason: NotFoundReason = 'address'): Route => ({ screen: 'not-found', reason });

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The route and language a location's fragment asks for (`location.hash`, with or without `#`). */
export function parseAddress(hash: string): Address {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw === '/') return { route: { screen: 'title' }, lang: null };
  if (raw.length > MAX_ADDRESS || !raw.startsWith('/')) return { route: nowhere(), lang: null };
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const langParam = params.get('lang');
  let lang: Lang | null = null;
  if (langParam !== null) {
    if (!isLang(langParam)) return { route: nowhere('language'), lang: null };
    lang = langParam;
  }
  // `#/?lang=nl`: the title in a language (what formatAddress writes for it).
  if (path === '/') return { route: { screen: 'title' }, lang };
  const parts = path.slice(1).replace(/\/$/, '').split('/').map(decode);
  if (parts.some((p) => p === null || p === '')) return { route: nowhere(), lang };
  const [first, second, ...rest] = parts as string[];
  if (rest.length > 0 || first === undefined) return { route: nowhere(), lang };
  return { route: routeOf(first, second), lang };
}

/**
 * The story a conversation's address names, in the language it names: what can be fetched before the
 * game has even started (src/ui/linked-story.ts). Null for any other address, and for a conversation's
 * address without a language (the game's own language decides that one, once it has started).
 */
export function linkedStory(hash: string): { readonly id: string; readonly lang: Lang } | null {
  const { route, lang } = parseAddress(hash);
  return route.screen === 'play' && lang !== null ? { id: route.scenario, lang } : null;
}

function routeOf(first: string, second: string | undefined): Route {
  if (first in SIMPLE)
    return second === undefined ? SIMPLE[first as keyof typeof SIMPLE] : nowhere();
  switch (first) {
    case 'play':
    case 'debrief':
      if (second === undefined) return nowhere();
      if (!SCENARIO_ID.test(second)) return { screen: 'not-found', reason: 'scenario' };
      return { screen: first, scenario: second };
    case 'workshop':
    case 'join':
      if (second !== undefined && !ROOM_CODE.test(second)) return nowhere();
      return { screen: first, code: second ?? null };
    default:
      return nowhere();
  }
}

/** The fragment for a route (`#/…`); `lang` is added when given. Not-found has no address of its own. */
export function formatAddress(route: Route, lang: Lang | null = null): string {
  const query = lang ? `?lang=${lang}` : '';
  switch (route.screen) {
    case 'title':
      return `#/${query}`;
    case 'play':
    case 'debrief':
      return `#/${route.screen}/${encodeURIComponent(route.scenario)}${query}`;
    case 'workshop':
    case 'join':
      return `#/${route.screen}${route.code ? `/${encodeURIComponent(route.code)}` : ''}${query}`;
    case 'not-found':
      return `#/${query}`;
    default:
      return `#/${route.screen}${query}`;
  }
}

/** One entry of our own in the browser's history: its place, so a jump of several steps is known. */
interface EntryState {
  readonly mingle: number;
}

function entryIndex(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !('mingle' in state)) return null;
  const n = (state as EntryState).mingle;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** What the App hears when the player moves through history (Back, Forward, an edited address). */
export interface HistoryMove {
  readonly address: Address;
  /** Steps taken: -1 for Back, 1 for Forward (an address typed into the bar is a step forward). */
  readonly delta: number;
}

/**
 * The browser's history, one entry per screen. `push` adds an entry (a new screen the player went to),
 * `replace` rewrites the current one (the same screen, or one that takes the place of another: a
 * conversation's debrief). Moves the player makes with Back and Forward are handed to `onMove`; the
 * App may `undo` one (to ask before leaving a conversation) and later `redo` it.
 */
export class HistoryRouter {
  private index = 0;
  private lastHash: string;
  private quiet = 0;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly win: Window,
    private readonly onMove: (move: HistoryMove) => void,
  ) {
    this.lastHash = win.location.hash;
    const here = entryIndex(win.history.state);
    if (here === null) win.history.replaceState({ mingle: 0 }, '');
    else this.index = here;
    const onPop = (): void => this.moved();
    win.addEventListener('popstate', onPop);
    // Some browsers (and jsdom) announce an address typed into the bar only as a hashchange.
    win.addEventListener('hashchange', onPop);
    this.listeners.push(
      () => win.removeEventListener('popstate', onPop),
      () => win.removeEventListener('hashchange', onPop),
    );
  }

  /** The address the page is at now. */
  current(): Address {
    return parseAddress(this.win.location.hash);
  }

  /** A new screen: a new history entry (nothing happens when the address is already this one). */
  push(hash: string): void {
    if (hash === this.here()) return;
    this.index++;
    this.win.history.pushState({ mingle: this.index }, '', this.href(hash));
    this.lastHash = this.win.location.hash;
  }

  /** This entry now stands for `hash`. */
  replace(hash: string): void {
    this.win.history.replaceState({ mingle: this.index }, '', this.href(hash));
    this.lastHash = this.win.location.hash;
  }

  /** Goes back over the move just heard (the player will be asked first); its popstate is not told. */
  undo(move: HistoryMove): void {
    if (move.delta === 0) return;
    this.quiet++;
    this.win.history.go(-move.delta);
  }

  /** Makes a move that was undone, this time for real. */
  redo(move: HistoryMove): void {
    if (move.delta !== 0) this.win.history.go(move.delta);
  }

  dispose(): void {
    for (const off of this.listeners.splice(0)) off();
  }

  private here(): string {
    return this.win.location.hash || '#/';
  }

  private href(hash: string): string {
    const { pathname, search } = this.win.location;
    return `${pathname}${search}${hash === '#/' ? '' : hash}`;
  }

  private moved(): void {
    const hash = this.win.location.hash;
    if (hash === this.lastHash && entryIndex(this.win.history.state) === this.index) return;
    this.lastHash = hash;
    const at = entryIndex(this.win.history.state);
    if (this.quiet > 0) {
      this.quiet--;
      if (at !== null) this.index = at;
      return;
    }
    let delta = 1;
    if (at === null) {
      // A new entry the browser made (an address typed or a link followed): one step forward.
      this.index++;
      this.win.history.replaceState({ mingle: this.index }, '');
    } else {
      delta = at - this.index;
      this.index = at;
    }
    this.onMove({ address: parseAddress(hash), delta });
  }
}
