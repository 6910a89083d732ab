/**
 * "Your scenarios" on the select screen: the scenarios saved from the Studio in this browser, each a
 * card in the player's language (or the one language it has) with Play, Edit, Export and Delete, and
 * an Import of an exported file. Played through the same App and application layer as a bundled
 * scenario, so progress, history, resume and debrief are the same.
 *
 * Delete takes the card away at once and shows a notice with Undo for a few seconds; only then is the
 * scenario removed from storage. Focus: on Delete to the Undo button, on Undo to the card's Play
 * button, after an import to the new card's Play button; when the notice leaves with focus on it,
 * to the section's heading. Everything from a scenario (its title, its summary) is set as text.
 */
import { h, srOnly } from '../dom.ts';
import { isLang, type Lang } from '../../i18n/index.ts';
import {
  exportFile,
  exportFileName,
  langsOf,
  titleOf,
  type ImportProblem,
  type Library,
  type SavedScenario,
} from '../../library/index.ts';
import type { UiContext } from '../context.ts';

/** How long a deleted scenario can be brought back. */
export const UNDO_MS = 8_000;

/** What an import came to (src/studio/save.ts, importScenario), as far as this screen words it. */
export type ImportOutcome =
  | { readonly ok: true; readonly saved: SavedScenario }
  | {
      readonly ok: false;
      readonly why: 'file';
      readonly problem: ImportProblem;
      readonly at: string | null;
    }
  | {
      readonly ok: false;
      readonly why: 'compile' | 'problems';
      readonly lang: Lang;
      readonly errors: number;
    }
  | { readonly ok: false; readonly why: 'partial' | 'refused' | 'failed'; readonly lang: Lang }
  | {
      readonly ok: false;
      readonly why: 'write';
      readonly write: { readonly ok: false; readonly reason: 'too-large' | 'quota' | 'blocked' };
    };

export interface YoursDeps {
  readonly library: Library;
  /** Opens a saved scenario in the Studio. */
  edit(saved: SavedScenario): void;
  /** Imports an export file's text as a new saved scenario (checked first). */
  importFile(text: string): Promise<ImportOutcome>;
}

/** Offers text as a file download (plain data in a Blob; nothing is ever parsed as markup). */
function download(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function yoursSection(
  ctx: UiContext,
  deps: YoursDeps,
): { readonly el: HTMLElement; dispose(): void } {
  const { t } = ctx;
  const y = t.library;
  const { library } = deps;
  const heading = h('h2', { id: 'yours-heading', tabindex: -1 }, y.heading);
  const list = h('ul', { class: 'scenario-list yours-list' });
  const empty = h('p', { class: 'note yours-empty' }, y.none);
  const problems = h('div', { class: 'yours-problems' });
  const status = h('div', { class: 'yours-status', role: 'status', 'aria-live': 'polite' });
  let undoTimer: ReturnType<typeof setTimeout> | null = null;

  /** The version shown: the player's language when it has one, else its first. */
  const shownLang = (saved: SavedScenario): Lang =>
    isLang(ctx.lang) && saved.versions[ctx.lang] ? ctx.lang : (langsOf(saved)[0] ?? 'en');

  const card = (saved: SavedScenario): HTMLElement => {
    const lang = shownLang(saved);
    const info = saved.versions[lang]?.scenario;
    const title = titleOf(saved, lang);
    const titleId = `yours-${saved.id}`;
    const button = (cls: string, label: string, name: string, go: () => void) =>
      h(
        'button',
        { type: 'button', class: cls, lang: ctx.lang, onclick: go },
        h('span', { 'aria-hidden': 'true' }, label),
        srOnly(name),
      );
    return h(
      'li',
      { class: 'scenario saved-scenario', 'data-saved': saved.id },
      h(
        'article',
        { 'aria-labelledby': titleId, lang },
        h('h3', { id: titleId }, title),
        info?.meta.summary ? h('p', { class: 'summary' }, info.meta.summary) : null,
        h(
          'p',
          { class: 'yours-langs', lang: ctx.lang },
          y.languages(
            langsOf(saved)
              .map((l) => y.langNames[l])
              .join(', '),
          ),
        ),
        h(
          'div',
          { class: 'yours-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              lang: ctx.lang,
              'data-scenario': saved.id,
              onclick: () => {
                const play = library.infos().find((i) => i.id === saved.id && i.lang === lang);
                if (play) ctx.nav.play(play);
              },
            },
            h('span', { 'aria-hidden': 'true' }, t.playShort),
            srOnly(y.play(title)),
          ),
          button('secondary yours-edit', y.edit, y.editName(title), () => deps.edit(saved)),
          button('secondary yours-export', y.exportFile, y.exportName(title), () =>
            download(exportFile(saved), exportFileName(saved, lang)),
          ),
          button('ghost yours-delete', y.delete, y.deleteName(title), () => remove(saved)),
        ),
      ),
    );
  };

  const draw = () => {
    const saved = library.list();
    list.replaceChildren(...saved.map(card));
    list.hidden = saved.length === 0;
    empty.hidden = saved.length > 0;
    const { setAside, stuck } = library.problems();
    problems.replaceChildren(
      ...(library.persistent ? [] : [h('p', { class: 'note yours-volatile' }, y.notPersistent)]),
      ...(setAside.length > 0
        ? [
            h(
              'div',
              { class: 'yours-set-aside', role: 'alert' },
              h('p', {}, y.setAside(setAside.length)),
              h(
                'button',
                {
                  type: 'button',
                  class: 'secondary',
                  onclick: () =>
                    download(
                      JSON.stringify(setAside, null, 2),
                      'mingle-your-scenarios-set-aside.json',
                    ),
                },
                y.downloadSetAside,
              ),
            ),
          ]
        : []),
      ...(stuck.length > 0 ? [h('p', { class: 'yours-set-aside', role: 'alert' }, y.stuck)] : []),
    );
  };

  const focusPlay = (id: string) =>
    list.querySelector<HTMLElement>(`[data-saved="${id}"] button.primary`)?.focus();

  const clearStatus = () => {
    if (undoTimer !== null) clearTimeout(undoTimer);
    undoTimer = null;
    const hadFocus = status.contains(document.activeElement);
    status.replaceChildren();
    if (hadFocus) heading.focus();
  };

  const say = (text: string, cls = 'note') => {
    clearStatus();
    status.append(h('p', { class: cls }, text));
  };

  const remove = (saved: SavedScenario) => {
    const title = titleOf(saved, shownLang(saved));
    const pending = library.delete(saved.id, UNDO_MS);
    clearStatus();
    const undo = h(
      'button',
      {
        type: 'button',
        class: 'secondary yours-undo',
        onclick: () => {
          pending.undo();
          say(y.restored(title));
          focusPlay(saved.id);
        },
      },
      h('span', { 'aria-hidden': 'true' }, y.undo),
      srOnly(y.undoName(title)),
    );
    status.append(h('p', { class: 'yours-deleted' }, y.deleted(title), ' ', undo));
    undo.focus();
    undoTimer = setTimeout(clearStatus, UNDO_MS);
  };

  // ---- Import: an exported file, checked before it is saved ----
  const fileInput = h('input', {
    type: 'file',
    id: 'yours-import',
    class: 'yours-file',
    accept: '.json,application/json',
    'aria-describedby': 'yours-import-hint',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    // Bytes first: a huge file is refused before it is read (the reader caps characters again).
    if (file.size > 4 * 1024 * 1024) {
      say(y.importBad(y.importProblems['too-large'], null), 'note problem');
      return;
    }
    say(y.importing);
    file
      .text()
      .then((text) => deps.importFile(text))
      .then(
        (outcome) => {
          if (outcome.ok) {
            draw();
            say(y.imported(titleOf(outcome.saved, ctx.lang)));
            focusPlay(outcome.saved.id);
            return;
          }
          const name = 'lang' in outcome ? y.langNames[outcome.lang] : '';
          switch (outcome.why) {
            case 'file':
              say(y.importBad(y.importProblems[outcome.problem], outcome.at), 'note problem');
              return;
            case 'write':
              say(y.notWritten[outcome.write.reason], 'note problem');
              return;
            case 'compile':
            case 'problems':
              say(y.notSound[outcome.why](name, outcome.errors), 'note problem');
              return;
            default:
              say(y.notSound[outcome.why](name), 'note problem');
          }
        },
        () => say(y.importUnreadable, 'note problem'),
      );
  });

  const el = h(
    'section',
    { class: 'yours', 'aria-labelledby': 'yours-heading' },
    heading,
    h('p', { class: 'intro' }, y.intro),
    problems,
    status,
    empty,
    list,
    h(
      'div',
      { class: 'yours-import' },
      fileInput,
      h('label', { for: 'yours-import', class: 'button secondary file-label' }, y.importFile),
      h('p', { id: 'yours-import-hint', class: 'yours-hint' }, y.importHint),
    ),
  );
  draw();
  const off = library.subscribe(draw);
  return {
    el,
    dispose: () => {
      off();
      if (undoTimer !== null) clearTimeout(undoTimer);
    },
  };
}
