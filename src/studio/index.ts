/**
 * The Studio: trainers write their own scenarios in the browser, checked as they type. Loaded lazily
 * (its own chunk, with CodeMirror); the ink compiler lives one step further, in the Studio's Web
 * Worker (./worker.ts), so neither ever reaches the game's initial bundle. The App hands it a host.
 *
 * Address: `#/studio` (a reload comes back here).
 */
import './studio.css';
import type { CompiledScenario, ScenarioInfo, StoryVariables } from '../story/index.ts';
import type { Screen, UiContext } from '../ui/context.ts';
import type { Route } from '../ui/router.ts';
import { memoryBackend, openLocalStorage, type StorageBackend } from '../progress/index.ts';
import { studioScreen } from './screen.ts';
import { DraftStore } from './drafts.ts';
import type { Library, SavedScenario } from '../library/index.ts';

/** Where drafts live when the browser refuses storage: memory, for this page's life. */
let fallback: StorageBackend | null = null;

function draftStore(): DraftStore {
  const local = openLocalStorage();
  if (local.ok) return new DraftStore(local.backend);
  fallback ??= memoryBackend();
  return new DraftStore(fallback);
}

export interface StudioHost {
  readonly ctx: UiContext;
  readonly catalogue: readonly ScenarioInfo[];
  show(screen: Screen): void;
  /** Sets the address bar without a navigation (so a reload comes back here). */
  setAddress(route: Route): void;
  title(): void;
  /** Plays a checked draft in the game's screens, scored like a bundled scenario, recorded nowhere. */
  playTest(scenario: CompiledScenario, memory?: StoryVariables): void;
  /** Your scenarios, where Save puts a checked scenario (null: none, as inside an LMS). */
  readonly library: Library | null;
}

/** Opens the Studio; with `edit`, on a saved scenario (each language in its tab), which Save replaces. */
export function openStudio(host: StudioHost, edit: SavedScenario | null = null): void {
  host.setAddress({ screen: 'studio' });
  host.show(
    studioScreen(host.ctx, {
      catalogue: host.catalogue,
      back: () => host.title(),
      playTest: (scenario, memory) => host.playTest(scenario, memory),
      drafts: draftStore(),
      library: host.library,
      edit,
    }),
  );
}
