/**
 * The storage notices banner: damaged data set aside, a full quota, storage refused, another window
 * changing things. It is polite (a status region, never a dialog), dismissible one notice at a time,
 * and never blocks play. Each notice is worded from the player's dictionary (`noticeMessage`, the
 * same composition that gives the store's English `message`), so a Dutch player reads Dutch.
 */
import type { Messages } from '../i18n/index.ts';
import {
  noticeMessage,
  profileIdOf,
  type ExportFile,
  type Notice,
  type ProgressStore,
} from '../progress/index.ts';
import { h } from './dom.ts';
import { downloadFile } from './download.ts';

/** A notice in the player's language (the same composition as the store's English `message`). */
export function noticeText(t: Messages, notice: Notice): string {
  return noticeMessage(t.progress, notice);
}

/** What a curious learner (or a bug report) may want beyond the sentence: the technical detail. */
function noticeDetail(notice: Notice): string | null {
  if (notice.kind === 'damaged-record' || notice.kind === 'write-failed') return notice.detail;
  if (notice.kind === 'storage-unavailable') return notice.detail || null;
  return null;
}

/**
 * The profile a notice offers to export: when progress is held only in memory (a full quota) or a
 * damaged original could not be set aside, a copy in a file is the learner's way to keep it.
 */
function exportOffer(progress: ProgressStore, notice: Notice): string | null {
  const active = progress.activeProfile()?.id ?? null;
  if (notice.kind === 'storage-full') return active;
  if (notice.kind !== 'damaged-record' || notice.quarantineKey !== null) return null;
  const id = notice.record === 'profile' ? profileIdOf(notice.key) : active;
  return id !== null && progress.profile(id) !== null ? id : null;
}

/**
 * The banner over every screen. It redraws when the store's notices change and when the language
 * changes (`render`); `extra` notices come from the UI itself (another window changed progress).
 */
export class NoticeBanner {
  readonly el: HTMLElement;
  private readonly list: HTMLElement;
  /** The UI's own notices, worded anew in each language (`say`). */
  private readonly extra: ((t: Messages) => string)[] = [];
  private readonly off: () => void;

  constructor(
    private readonly progress: ProgressStore,
    private t: Messages,
    /** Where focus goes when the last notice is dismissed (the current screen's heading). */
    private readonly fallbackFocus: () => HTMLElement | null,
    /** How an offered export reaches the player: a download in the browser. */
    private readonly download: (file: ExportFile) => void = (file) => downloadFile(file),
  ) {
    this.list = h('ul', { class: 'notice-list' });
    this.el = h(
      'div',
      {
        class: 'notices',
        role: 'region',
        'aria-label': t.progress.noticesLabel,
      },
      this.list,
    );
    // The live region is the list itself: new notices are read out politely, after what is being said.
    this.list.setAttribute('role', 'status');
    this.list.setAttribute('aria-live', 'polite');
    this.off = progress.subscribe((event) => {
      if (event.type === 'notices') this.render();
    });
    this.render();
  }

  setMessages(t: Messages): void {
    this.t = t;
    this.el.setAttribute('aria-label', t.progress.noticesLabel);
    this.render();
  }

  /**
   * Adds a notice of the UI's own (shown once; not kept in the store). Given as a function of the
   * messages, it follows the player into another language.
   */
  say(text: string | ((t: Messages) => string)): void {
    const words = typeof text === 'string' ? () => text : text;
    if (!this.extra.some((e) => e(this.t) === words(this.t))) this.extra.push(words);
    this.render();
  }

  dispose(): void {
    this.off();
    this.el.remove();
  }

  render(): void {
    const { t } = this;
    const items: HTMLElement[] = [];
    const focusNext = (index: number) => {
      const buttons = this.list.querySelectorAll<HTMLButtonElement>('button.dismiss');
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? this.fallbackFocus())?.focus({ preventScroll: true });
    };
    for (const notice of this.progress.notices()) {
      const text = noticeText(t, notice);
      const detail = noticeDetail(notice);
      const position = items.length;
      items.push(
        this.item(
          text,
          detail,
          () => {
            this.progress.dismissNotice(notice);
            focusNext(position);
          },
          notice.kind,
          exportOffer(this.progress, notice),
        ),
      );
    }
    for (const words of [...this.extra]) {
      const position = items.length;
      items.push(
        this.item(
          words(t),
          null,
          () => {
            this.extra.splice(this.extra.indexOf(words), 1);
            this.render();
            focusNext(position);
          },
          'ui',
        ),
      );
    }
    this.list.replaceChildren(...items);
    this.el.hidden = items.length === 0;
  }

  private item(
    text: string,
    detail: string | null,
    dismiss: () => void,
    kind: string,
    exportId: string | null = null,
  ) {
    const { t } = this;
    const name = exportId === null ? null : this.progress.profile(exportId)?.nickname;
    const offer =
      exportId === null || name === undefined || name === null
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'ghost notice-export',
              onclick: () => {
                const file = this.progress.exportProfile(exportId);
                if (file) this.download(file);
              },
            },
            t.progress.noticeExport(name),
          );
    return h(
      'li',
      { class: 'notice', 'data-kind': kind },
      h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, 'i'),
      h(
        'div',
        { class: 'notice-body' },
        h('p', { class: 'notice-text' }, text),
        offer,
        detail
          ? h(
              'details',
              { class: 'notice-detail' },
              h('summary', {}, t.progress.noticeDetails),
              h('p', { lang: 'en' }, detail),
            )
          : null,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ghost dismiss',
          'aria-label': t.progress.dismissNamed(text.slice(0, 60)),
          onclick: dismiss,
        },
        '✕',
      ),
    );
  }
}
