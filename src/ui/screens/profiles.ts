/**
 * The profiles screen: every learner on this device, with the one playing now marked; create (a
 * nickname, nothing else), rename, delete (after a confirmation that names what will be lost),
 * switch; export a profile as a file and import one; export the set-aside damaged data when there
 * is any. Every action reports in a polite status line, and focus lands where the next step is.
 */
import { h } from '../dom.ts';
import { downloadFile } from '../download.ts';
import type { ExportFile, Profile, ProgressStore } from '../../progress/index.ts';
import type { Screen, UiContext } from '../context.ts';

/** Reads a picked file as text (File.text where it exists, else a FileReader). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

export interface ProfilesDeps {
  readonly progress: ProgressStore;
  /** How exports reach the player; a download in the browser, a capture in tests. */
  readonly download?: (file: ExportFile) => void;
}

export function profilesScreen(ctx: UiContext, deps: ProfilesDeps): Screen {
  const { t } = ctx;
  const p = t.progress;
  const { progress } = deps;
  const download = deps.download ?? ((file: ExportFile) => downloadFile(file));

  const heading = h('h1', { id: 'profiles-heading', tabindex: -1 }, p.profilesTitle);
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'profile-list', 'aria-labelledby': 'profiles-heading' });
  const quarantineHost = h('div', { class: 'quarantine-host' });

  const say = (text: string, problem = false) => {
    status.textContent = text;
    status.classList.toggle('problem', problem);
  };
  const focusIn = (id: string, selector: string) => {
    const item = list.querySelector<HTMLElement>(`li[data-profile-id="${id}"]`);
    item?.querySelector<HTMLElement>(selector)?.focus();
  };

  const profileItem = (profile: Profile, active: boolean): HTMLElement => {
    const nameId = `profile-name-${profile.id}`;
    const attempts = profile.attempts.length;
    const name = h('h2', { id: nameId, class: 'profile-name' }, profile.nickname);
    const actions = h('div', { class: 'profile-actions' });
    const panel = h('div', { class: 'profile-panel' });
    const item = h(
      'li',
      {
        class: active ? 'profile active' : 'profile',
        'data-profile-id': profile.id,
        'aria-labelledby': nameId,
        'aria-current': active ? 'true' : null,
      },
      h(
        'div',
        { class: 'profile-head' },
        name,
        active ? h('span', { class: 'badge' }, p.activeBadge) : null,
        h('p', { class: 'profile-meta' }, p.attemptsCount(attempts)),
      ),
      actions,
      panel,
    );
    const button = (label: string, cls: string, onclick: () => void, extra = {}) =>
      h(
        'button',
        { type: 'button', class: cls, 'aria-describedby': nameId, onclick, ...extra },
        label,
      );

    const closePanel = () => {
      panel.replaceChildren();
      actions.hidden = false;
    };

    const openRename = () => {
      const inputId = `rename-${profile.id}`;
      const input = h('input', {
        id: inputId,
        type: 'text',
        value: profile.nickname,
        maxlength: 40,
        autocomplete: 'off',
        required: true,
      });
      const form = h(
        'form',
        { class: 'rename-form' },
        h('label', { for: inputId }, p.renameLabel(profile.nickname)),
        input,
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'submit', class: 'primary' }, p.save),
          h(
            'button',
            {
              type: 'button',
              class: 'ghost',
              onclick: () => {
                closePanel();
                focusIn(profile.id, '.rename');
              },
            },
            p.cancel,
          ),
        ),
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const result = progress.renameProfile(profile.id, input.value);
        if (!result.ok) {
          say(p.nicknameProblem, true);
          input.focus();
          return;
        }
        render();
        say(p.renamed(result.value.nickname));
        focusIn(profile.id, '.rename');
      });
      actions.hidden = true;
      panel.replaceChildren(form);
      input.focus();
      input.select();
    };

    const openDelete = () => {
      const yes = h(
        'button',
        {
          type: 'button',
          class: 'danger confirm-delete',
          onclick: () => {
            const nickname = profile.nickname;
            progress.deleteProfile(profile.id);
            // Someone must always be playing: the first remaining profile takes over, or a new one.
            if (!progress.activeProfile()) {
              const next = progress.profiles()[0];
              if (next) progress.selectProfile(next.id);
              else progress.createProfile(t.defaultNickname);
            }
            render();
            say(p.deleted(nickname));
            heading.focus();
          },
        },
        p.confirmDeleteYes,
      );
      const no = h(
        'button',
        {
          type: 'button',
          class: 'ghost',
          onclick: () => {
            closePanel();
            focusIn(profile.id, '.delete');
          },
        },
        p.cancel,
      );
      actions.hidden = true;
      panel.replaceChildren(
        h(
          'div',
          { class: 'confirm', role: 'group', 'aria-label': p.deleteProfile },
          h('p', {}, p.confirmDelete(profile.nickname, attempts)),
          h('div', { class: 'row' }, yes, no),
        ),
      );
      // The safe answer gets focus, so an Enter pressed by habit does not delete anything.
      no.focus();
    };

    if (!active) {
      actions.append(
        button(p.useProfile, 'secondary use', () => {
          progress.selectProfile(profile.id);
          render();
          say(p.switched(profile.nickname));
          focusIn(profile.id, '.rename');
        }),
      );
    }
    actions.append(
      button(p.rename, 'ghost rename', openRename),
      button(p.exportProfile, 'ghost export', () => {
        const file = progress.exportProfile(profile.id);
        if (!file) return;
        download(file);
        say(p.exported(file.fileName));
      }),
      button(p.deleteProfile, 'ghost delete', openDelete),
    );
    return item;
  };

  const renderQuarantine = () => {
    const items = progress.quarantined();
    if (items.length === 0) {
      quarantineHost.replaceChildren();
      return;
    }
    quarantineHost.replaceChildren(
      h(
        'section',
        { class: 'quarantine', 'aria-labelledby': 'quarantine-heading' },
        h('h2', { id: 'quarantine-heading' }, p.quarantineHeading),
        h('p', {}, p.quarantineText(items.length)),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary export-quarantine',
            onclick: () => {
              const file = progress.exportQuarantine();
              if (!file) return;
              download(file);
              say(p.exported(file.fileName));
            },
          },
          p.exportQuarantine,
        ),
      ),
    );
  };

  function render(): void {
    const activeId = progress.activeProfile()?.id ?? null;
    list.replaceChildren(...progress.profiles().map((pr) => profileItem(pr, pr.id === activeId)));
    renderQuarantine();
  }

  // Create
  const nickname = h('input', {
    id: 'new-nickname',
    type: 'text',
    maxlength: 40,
    autocomplete: 'off',
    required: true,
  });
  const createForm = h(
    'form',
    { class: 'create-form', 'aria-labelledby': 'create-heading' },
    h('h2', { id: 'create-heading' }, p.createHeading),
    h('label', { for: 'new-nickname' }, p.nicknameLabel),
    h(
      'div',
      { class: 'row' },
      nickname,
      h('button', { type: 'submit', class: 'primary create' }, p.create),
    ),
  );
  createForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const result = progress.createProfile(nickname.value);
    if (!result.ok) {
      say(p.nicknameProblem, true);
      nickname.focus();
      return;
    }
    nickname.value = '';
    render();
    say(p.created(result.value.nickname));
    focusIn(result.value.id, '.rename');
  });

  // Import
  const file = h('input', {
    id: 'import-file',
    type: 'file',
    accept: '.json,application/json',
  });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (!picked) return;
    readText(picked).then(
      (text) => {
        const outcome = progress.importProfile(text);
        file.value = '';
        if (!outcome.ok) {
          say(p.importProblems[outcome.problem], true);
          return;
        }
        render();
        const parts = [
          outcome.how === 'merged'
            ? p.importMerged(outcome.profile.nickname)
            : p.imported(outcome.profile.nickname, outcome.profile.attempts.length),
        ];
        if (outcome.warnings.length > 0) parts.push(p.importWarnings(outcome.warnings.length));
        say(parts.join(' '));
      },
      () => say(p.importUnreadable, true),
    );
  });
  const importSection = h(
    'section',
    { class: 'import', 'aria-labelledby': 'import-heading' },
    h('h2', { id: 'import-heading' }, p.importHeading),
    h('p', { class: 'intro' }, p.importIntro),
    h('label', { for: 'import-file' }, p.importLabel),
    file,
  );

  const el = h(
    'section',
    { class: 'screen screen-profiles card wide', 'aria-labelledby': 'profiles-heading' },
    h(
      'div',
      { class: 'topbar' },
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => ctx.nav.title() },
        `← ${t.back}`,
      ),
    ),
    heading,
    h('p', { class: 'intro' }, p.profilesIntro),
    status,
    list,
    h('div', { class: 'profile-forms' }, createForm, importSection),
    quarantineHost,
  );
  render();

  // Another window may add, rename or delete profiles: keep the list true (an open form is kept).
  const off = progress.subscribe((event) => {
    if (event.type !== 'profiles' && event.type !== 'profile') return;
    if (list.querySelector('form, .confirm')) return;
    if (el.contains(document.activeElement) && list.contains(document.activeElement)) return;
    render();
  });

  return {
    el,
    focus: heading,
    title: `${p.profilesTitle} · ${t.appName}`,
    dispose: off,
  };
}
