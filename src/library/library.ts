/**
 * Your scenarios as the game sees them: the saved scenarios of this browser, loaded once when the game
 * starts, each language a catalogue entry like a bundled scenario (so select, play, resume, history
 * and debrief treat it the same), and its compiled story at hand for `loadScenario`.
 *
 * Delete waits: the scenario leaves the lists at once, and is removed from storage only when the undo
 * time is over. A page closed in between keeps it (the safe side).
 */
import type { CompiledScenario, ScenarioInfo } from '../story/index.ts';
import { isLang } from '../vocabulary/index.ts';
import { LibraryStore, MemoryLibraryBackend, type LibraryBackend } from './store.ts';
import type { LibraryWrite, SetAsideItem } from './store.ts';
import { langsOf, type SavedScenario } from './record.ts';

export class Library {
  private saved: SavedScenario[] = [];
  private aside: readonly SetAsideItem[] = [];
  private stuck: readonly string[] = [];
  private readonly hidden = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();
  private store: LibraryStore | null = null;
  /** False when the browser refused IndexedDB: saved scenarios then last for this page only. */
  persistent = true;
  /** Settles when the saved scenarios have been read (never rejects). */
  readonly ready: Promise<void>;

  constructor(open: () => Promise<LibraryBackend>) {
    this.ready = this.init(open);
  }

  private async init(open: () => Promise<LibraryBackend>): Promise<void> {
    let backend: LibraryBackend;
    try {
      backend = await open();
    } catch {
      backend = new MemoryLibraryBackend();
      this.persistent = false;
    }
    this.store = new LibraryStore(backend);
    try {
      const loaded = await this.store.load();
      this.saved = [...loaded.scenarios];
      this.aside = loaded.setAside;
      this.stuck = loaded.stuck;
    } catch {
      this.store = new LibraryStore(new MemoryLibraryBackend());
      this.persistent = false;
    }
    this.tell();
  }

  /** Told after every change (a load, a save, a delete or its undo). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tell(): void {
    for (const l of [...this.listeners]) l();
  }

  /** The saved scenarios on show (newest first; one being deleted is not). */
  list(): readonly SavedScenario[] {
    return this.saved.filter((s) => !this.hidden.has(s.id));
  }

  get(id: string): SavedScenario | null {
    return this.list().find((s) => s.id === id) ?? null;
  }

  /** Records that could not be read: kept aside (or, `stuck`, left in place), to download. */
  problems(): { readonly setAside: readonly SetAsideItem[]; readonly stuck: readonly string[] } {
    return { setAside: this.aside, stuck: this.stuck };
  }

  /** Every language of every saved scenario, as catalogue entries. */
  infos(): ScenarioInfo[] {
    return this.list().flatMap((s) =>
      langsOf(s).map((lang) => {
        const { json: _json, ...info } = s.versions[lang]?.scenario as CompiledScenario;
        return info;
      }),
    );
  }

  /** The compiled story of a saved scenario in a language, or null. */
  compiled(lang: string, id: string): CompiledScenario | null {
    const saved = this.get(id);
    return (isLang(lang) ? saved?.versions[lang]?.scenario : undefined) ?? null;
  }

  async save(scenario: SavedScenario): Promise<LibraryWrite> {
    await this.ready;
    const result = (await this.store?.save(scenario)) ?? { ok: false, reason: 'blocked' };
    if (result.ok) {
      this.saved = [scenario, ...this.saved.filter((s) => s.id !== scenario.id)];
      this.tell();
    }
    return result;
  }

  /** Takes a scenario off the lists now, and out of storage after `ms` unless `undo` is called. */
  delete(id: string, ms: number): { undo(): void } {
    const timer = setTimeout(() => {
      this.hidden.delete(id);
      this.saved = this.saved.filter((s) => s.id !== id);
      void this.store?.remove(id);
    }, ms);
    this.hidden.set(id, timer);
    this.tell();
    return {
      undo: () => {
        const pending = this.hidden.get(id);
        if (pending === undefined) return;
        clearTimeout(pending);
        this.hidden.delete(id);
        this.tell();
      },
    };
  }
}
